package dev.molt.cli;

import dev.molt.driver.BuildResult;
import dev.molt.driver.Driver;
import dev.molt.driver.SourceSet;
import dev.molt.driver.RunResult;
import dev.molt.driver.Runner;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code molt run}: build, then run the program (a native process, or WASM in-process under Chicory). */
@Command(name = "run", description = {
        "Compile a Python 3.12 program and run it: its stdout, stderr and exit status are the program's.",
        "Arguments after -- are passed to the program (sys.argv[1:])."})
public final class RunCommand implements Callable<Integer> {
    @Mixin
    CompileOptions compile;

    @Parameters(index = "0", paramLabel = "FILE", description = "The program's main module; modules it imports are compiled from its folder.")
    String file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program.")
    List<String> args = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        // the entry module must be readable: said in the command line's words
        if (InputFile.readOrReport(file, err) == null) return ExitCode.USAGE_OR_IO;
        // The modules it imports are read from the file's folder, as python3.12 FILE finds them.
        BuildResult result = Driver.standard().build(SourceSet.fileSystem(), file, compile.buildOptions(spec));
        if (CompileOptions.report(result, err)) return ExitCode.INVALID_INPUT;
        // A terminal has no end: only piped or redirected input is handed to the program.
        byte[] stdin = System.console() == null ? System.in.readAllBytes() : new byte[0];
        RunResult run = Runner.defaults().run(result.executable(), file, args, stdin);
        PrintStream out = System.out;
        out.write(run.stdout());
        out.flush();
        System.err.write(run.stderr());
        if (run.trap() != null) System.err.println("molt: the program trapped: " + run.trap());
        System.err.flush();
        return run.exitCode();
    }
}
