// the set of groupId:artifactId:version of a `dependency:list` file, without the Netzwerk artifacts
return { File f ->
    f.readLines('UTF-8').collect { it.trim() }.findAll { it ==~ /[^: ]+:[^: ]+:jar:.*/ }
            .collect { def p = it.split(':'); "${p[0]}:${p[1]}:${p[3]}".toString() }
            .findAll { !it.startsWith('de.magdeburg.integration:') } as Set
}
