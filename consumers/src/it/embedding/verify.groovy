// README's embedding example ran against samples/data and printed the register update's finding
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Register: ERROR GO-1.2: „Ukrainischer Kulturverein Dnipro-Elbe e. V.“ ist bereits als Netzwerkpartner*in eingetragen')
assert log.contains('Erklärung abgelehnt')
// the library logs nothing and brings no logging API: no "SLF4J(W): No SLF4J providers were found"
assert !log.contains('SLF4J') : 'the embedding example printed SLF4J warnings'
assert log.contains('Sprachschule Wortbrücke GmbH;Kowalczyk;Agnieszka')
assert new File(basedir, 'anwesenheit.pdf').length() > 10000
assert new File(basedir, 'register.json').length() > 10000

// exactly the versions the Netzwerk build tested, nothing more, nothing less
def gav = evaluate(new File(versionsScript))
def tested = gav(new File(testedVersions))
def resolved = gav(new File(basedir, 'target/resolved-versions.txt'))
assert !tested.isEmpty()
assert resolved == tested : "not tested: ${resolved - tested}; missing: ${tested - resolved}"
return true
