// the third-party notice refuses a licence it does not know instead of listing it silently
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('There are some forbidden licenses used')
assert log =~ /License: '[^']*Affero[^']*' used by/
return true
