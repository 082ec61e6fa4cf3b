/*
 * A stand-in for java.exe in WindowsLauncherIT: bin\netzwerk.cmd is run under Wine, where no
 * Windows JDK exists. It appends the program name and every argument, one per line, to the file
 * named by FAKE_JAVA_LOG; for -XX:ArchiveClassesAtExit=F it creates F, as a JVM records a
 * class-data archive; and it exits with FAKE_JAVA_EXIT (default 0).
 * Built with: x86_64-w64-mingw32-gcc -o java.exe fake-java.c
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    const char *log = getenv("FAKE_JAVA_LOG");
    FILE *out = log ? fopen(log, "a") : stdout;
    if (out == NULL) {
        return 101;
    }
    fprintf(out, "EXE %s\n", argv[0]);
    for (int i = 1; i < argc; i++) {
        fprintf(out, "ARG %s\n", argv[i]);
        const char *archive = "-XX:ArchiveClassesAtExit=";
        if (strncmp(argv[i], archive, strlen(archive)) == 0) {
            FILE *jsa = fopen(argv[i] + strlen(archive), "w");
            if (jsa != NULL) {
                fputs("class data", jsa);
                fclose(jsa);
            }
        }
    }
    fprintf(out, "END\n");
    if (out != stdout) {
        fclose(out);
    }
    const char *code = getenv("FAKE_JAVA_EXIT");
    return code ? atoi(code) : 0;
}
