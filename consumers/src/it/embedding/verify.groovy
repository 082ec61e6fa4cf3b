// README's embedding example ran against samples/data and printed the register update's finding
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Register: ERROR GO-1.2: „Ukrainischer Kulturverein Dnipro-Elbe e. V.“ ist bereits als Netzwerkpartner*in eingetragen')
assert log.contains('Erklärung abgelehnt')
// the library logs nothing; its one logging API is SLF4J's, through Jollyday (holidays, netzwerk-core).
// An application without an SLF4J provider sees SLF4J's one-time notice (README says so) and nothing else
def slf4j = log.readLines().findAll { it.contains('SLF4J') }
assert slf4j.every { it.startsWith('SLF4J(W): No SLF4J providers were found')
        || it.startsWith('SLF4J(W): Defaulting to no-operation (NOP) logger implementation')
        || it.startsWith('SLF4J(W): See https://www.slf4j.org/codes.html#noProviders') } : "SLF4J said more: ${slf4j}"
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
