// README's minimal project: its pom.xml, the Embedding example in src/main/java and a copy of the
// sample data in the project folder, as README tells a newcomer to set it up
def root = new File(basedir, '../../../..').canonicalFile
def java = new File(basedir, 'src/main/java')
java.mkdirs()
new File(java, 'Embedding.java').bytes = new File(root, 'consumers/src/it/embedding/src/main/java/Embedding.java').bytes
def data = new File(basedir, 'samples/data')
data.mkdirs()
new File(root, 'samples/data').eachFileMatch(~/.*\.json/) { f -> new File(data, f.name).bytes = f.bytes }
return true
