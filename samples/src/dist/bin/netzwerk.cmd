@echo off
rem netzwerk - the coordinator's command line (distribution launcher; "netzwerk --help").
rem Runs with the runtime shipped next to it, else with %JAVA_HOME%'s java, else with the java on
rem the PATH; any Java 17 or newer. NETZWERK_JAVA_OPTS comes last and may override the options.
setlocal
set "NETZWERK_HOME=%~dp0.."
if exist "%NETZWERK_HOME%\runtime\bin\java.exe" (
  set "JAVA_EXE=%NETZWERK_HOME%\runtime\bin\java.exe"
) else if defined JAVA_HOME (
  set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_EXE=java.exe"
)
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xlog:disable -Xlog:all=warning:stderr %NETZWERK_JAVA_OPTS% -jar "%NETZWERK_HOME%\lib\netzwerk-cli.jar" %*
exit /b %ERRORLEVEL%
