package dev.molt.cli;

import dev.molt.frontend.ast.AstDump;
import dev.molt.frontend.diag.Diagnostic;
import dev.molt.frontend.diag.DiagnosticRenderer;
import dev.molt.frontend.parser.ParseResult;
import dev.molt.frontend.parser.Parser;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code molt parse}: the parse stage alone, with errors shown exactly as {@code python3.12 FILE} shows them. */
@Command(name = "parse", description = {
        "Check that Python 3.12 files parse.",
        "A file with a syntax error is reported on stderr exactly as `python3.12 FILE` would report it.",
        "Exit status: 0 if every file parses, 1 if one does not, 2 if one cannot be read."})
public final class ParseCommand implements Callable<Integer> {
    @Option(names = "--dump-ast", description = "For each file that parses, print a line ==> FILE <== and then"
            + " what print(ast.dump(ast.parse(source, FILE), include_attributes=True)) prints.")
    boolean dumpAst;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Python source files.")
    List<String> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int status = ExitCode.OK;
        for (String name : files) {
            byte[] source;
            try {
                source = InputFile.read(name);
            } catch (InputFile.UnreadableException e) {
                out.flush();
                err.println("molt: " + e.getMessage());
                status = Math.max(status, ExitCode.USAGE_OR_IO);
                continue;
            }
            ParseResult result = Parser.parse(source, name);
            Diagnostic error = firstError(result.diagnostics());
            if (error != null) {
                // keep stdout and stderr in file order when both go to one terminal
                out.flush();
                String text = DiagnosticRenderer.render(error);
                err.print(text.endsWith("\n") ? text : text + "\n");
                err.flush();
                status = Math.max(status, ExitCode.INVALID_INPUT);
            } else if (dumpAst) {
                out.println("==> " + name + " <==");
                out.println(AstDump.dump(result.module()));
                // the reader went away (e.g. `| head`): the remaining dumps have nowhere to go
                if (out.checkError()) return status;
            }
        }
        return status;
    }

    /** python3.12 stops at the first error; warnings alone do not make a file invalid. */
    private static Diagnostic firstError(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Diagnostic.Severity.ERROR) return d;
        }
        return null;
    }
}
