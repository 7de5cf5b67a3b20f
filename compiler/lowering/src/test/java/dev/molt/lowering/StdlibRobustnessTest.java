package dev.molt.lowering;

import dev.molt.frontend.diag.Diagnostic;
import dev.molt.frontend.parser.ParseResult;
import dev.molt.frontend.parser.Parser;
import dev.molt.ir.IrPrinter;
import dev.molt.ir.IrVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Real code as a fuzzer: every module of CPython's stdlib that our parser accepts must lower
 * without an internal error, report only `unsupported` or SyntaxError diagnostics, and when it
 * lowers completely, pass the verifier. -Dmolt.stdlib.limit=N bounds the number of files (default 1000).
 */
class StdlibRobustnessTest {
    @Test
    void lowersTheStdlibWithoutCrashing() throws IOException {
        Path lib = ReferencePython.executable().getParent().getParent().resolve("lib/python3.12");
        int limit = Integer.getInteger("molt.stdlib.limit", 1000);
        List<Path> files;
        try (Stream<Path> s = Files.list(lib)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().limit(limit).collect(Collectors.toList());
        }
        List<String> failures = new ArrayList<>();
        int lowered = 0;
        for (Path p : files) {
            ParseResult pr = Parser.parse(Files.readAllBytes(p), p.getFileName().toString());
            if (!pr.ok()) continue;
            LowerResult r = Lowerer.lower(pr.module(), LowerOptions.main(p.getFileName().toString(), pr.source().text()));
            for (Diagnostic d : r.diagnostics())
                if (!d.code().equals("unsupported") && !d.code().equals("SyntaxError")) failures.add(p.getFileName() + ": " + d.message());
            if (r.module() != null) {
                lowered++;
                List<String> problems = IrVerifier.verify(r.module());
                if (!problems.isEmpty()) failures.add(p.getFileName() + ": verifier: " + problems.get(0));
                IrPrinter.print(r.module());
            }
        }
        System.out.println("stdlib files: " + files.size() + ", fully lowered: " + lowered);
        assertEquals(List.of(), failures);
    }
}
