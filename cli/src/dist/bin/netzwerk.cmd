@echo off
rem netzwerk - the coordinator's command line (distribution launcher; "netzwerk --help").
rem The Windows twin of bin/netzwerk: the same java lookup, the same class-data archive, the same
rem JVM options (DistributionLaunchersTest holds the two together).
rem
rem Java: the runtime shipped next to it (the self-contained download), else %JAVA_HOME%'s java,
rem else the java on the PATH; any Java 17 or newer.
rem
rem Start-up: C1 only and the serial collector (a command lives a fraction of a second). On the first
rem run, and after a change of java or jar, it records a class-data archive (AppCDS) of the classes
rem the everyday commands load into %LOCALAPPDATA%\netzwerk\<install directory>, which later
rem starts use: the install directory may be read-only, and a JVM accepts an archive only from the
rem same java and the same jar at the same path. Without a writable cache it runs the same, only
rem slower.
rem NETZWERK_JAVA_OPTS comes last and may override any option.
rem
rem Single-line IFs only: a parenthesised block would break on a path like "C:\Program Files (x86)".
setlocal
for %%H in ("%~dp0..") do set "NETZWERK_HOME=%%~fH"
set "JAR=%NETZWERK_HOME%\lib\netzwerk-cli.jar"
set "JAVA_EXE="
if exist "%NETZWERK_HOME%\runtime\bin\java.exe" set "JAVA_EXE=%NETZWERK_HOME%\runtime\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do set "JAVA_EXE=%%~$PATH:J"
if not defined JAVA_EXE goto nojava

rem One archive per install, under a folder named like the install directory; its stamp notes the
rem java and the jar (path, size, time) it was recorded for.
rem The stamp is written by "set NETZWERK_ARCHIVE_STAMP" (NETZWERK_ARCHIVE_STAMP=...): unlike echo,
rem it prints a path with & | < > ^ as it is, and every cmd writes it alike ("echo(" is not
rem understood by Wine's).
set "CACHE=%LOCALAPPDATA%\netzwerk\%NETZWERK_HOME::=%"
if not defined LOCALAPPDATA set "CACHE=%TEMP%\netzwerk\%NETZWERK_HOME::=%"
set "JSA=%CACHE%\netzwerk-cli.jsa"
for %%F in ("%JAVA_EXE%") do set "NETZWERK_ARCHIVE_STAMP=%%~fF %%~zF %%~tF"
for %%F in ("%JAR%") do set "NETZWERK_ARCHIVE_STAMP=%NETZWERK_ARCHIVE_STAMP% %%~fF %%~zF %%~tF"
set "RECORDED="
if exist "%JSA%.stamp" set /p RECORDED=<"%JSA%.stamp"
if exist "%JSA%" if "%RECORDED%"=="NETZWERK_ARCHIVE_STAMP=%NETZWERK_ARCHIVE_STAMP%" goto run
if not exist "%CACHE%" mkdir "%CACHE%" 2>nul
if not exist "%CACHE%" goto run
echo netzwerk: einmalige Vorbereitung fuer schnellere Starts (einige Sekunden) / recording a class-data archive once ... 1>&2
del /f /q "%JSA%" "%JSA%.stamp" 2>nul
rem written under a temporary name and renamed: a concurrent launcher never sees half an archive
set "SCRATCH=%CACHE%\training-%RANDOM%"
"%JAVA_EXE%" "-XX:ArchiveClassesAtExit=%SCRATCH%.jsa" -XX:+UseSerialGC -Xlog:disable -cp "%JAR%" de.magdeburg.integration.netzwerk.cli.Training "%SCRATCH%" >nul 2>&1
rmdir /s /q "%SCRATCH%" 2>nul
if not exist "%SCRATCH%.jsa" goto run
move /y "%SCRATCH%.jsa" "%JSA%" >nul
>"%JSA%.stamp" set NETZWERK_ARCHIVE_STAMP

:run
set "CDS="
if exist "%JSA%" set "CDS="-XX:SharedArchiveFile=%JSA%""
rem Serial GC and no perf-data file: less to set up for a process that lives a fraction of a second.
rem JVM warnings go to stderr, never into a command's output on stdout.
"%JAVA_EXE%" %CDS% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xlog:disable -Xlog:all=warning:stderr %NETZWERK_JAVA_OPTS% -cp "%JAR%" de.magdeburg.integration.netzwerk.cli.Main %*
exit /b %ERRORLEVEL%

:nojava
echo netzwerk: kein Java gefunden; Java 17 oder neuer installieren oder JAVA_HOME setzen / no Java found: install Java 17 or newer or set JAVA_HOME 1>&2
exit /b 2
