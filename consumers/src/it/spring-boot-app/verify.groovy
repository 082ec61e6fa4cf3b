// a Boot 3.5 application with the starter gets its Netzwerk bean, without Boot's Mustache set-up
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Arbeitsgruppen: 3')
assert log.contains('Leere Erklärung: ok')
assert !log.contains('Cannot find template location')
assert !log.contains('SLF4J(W)')

// exactly the versions the starter was built and tested with (Boot's, Jackson included)
def gav = evaluate(new File(versionsScript))
def tested = gav(new File(starterTestedVersions))
def resolved = gav(new File(basedir, 'target/resolved-versions.txt'))
def boot = ['org.springframework.boot:spring-boot-starter', 'org.springframework.boot:spring-boot-starter-logging',
            'ch.qos.logback:', 'org.apache.logging.log4j:', 'org.slf4j:jul-to-slf4j', 'org.slf4j:slf4j-api', 'jakarta.annotation:', 'org.yaml:']
assert !tested.isEmpty()
def notTested = resolved.findAll { r -> !tested.contains(r) && !boot.any { r.startsWith(it) } }
assert notTested.isEmpty() : "resolved, but not what the starter was tested with: ${notTested}"
assert (tested - resolved).isEmpty() : "tested, but not resolved: ${tested - resolved}"
return true
