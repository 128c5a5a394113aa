@echo off
rem retort: the Retort command. The project is the nearest retort.properties upwards (or --project-dir).
rem JAVA_HOME selects the Java (17 or newer), else java on the PATH. RETORT_OPTS adds JVM options.
setlocal
set "RETORT_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java")
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -Xshare:auto %RETORT_OPTS% -cp "%RETORT_HOME%\lib\*" dev.retort.runner.cli.RetortCli %*
exit /b %ERRORLEVEL%
