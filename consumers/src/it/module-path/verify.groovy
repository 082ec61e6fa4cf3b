// the application module ran on the module path against the published jars
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Formular gelesen: Ukrainischer Kulturverein Dnipro-Elbe e. V.')
assert log.contains('Register: ERROR GO-1.2: „Ukrainischer Kulturverein Dnipro-Elbe e. V.“ ist bereits als Netzwerkpartner*in eingetragen')
assert log.contains('Modul: de.magdeburg.integration.netzwerk')
assert new File(basedir, 'anwesenheit.pdf').length() > 10000
return true
