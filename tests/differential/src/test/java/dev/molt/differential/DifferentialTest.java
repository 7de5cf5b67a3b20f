package dev.molt.differential;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.molt.codegen.OptLevel;
import dev.molt.codegen.Target;
import dev.molt.driver.BuildOptions;
import dev.molt.driver.BuildResult;
import dev.molt.driver.Diagnostics;
import dev.molt.frontend.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program in programs/ is run by CPython 3.12 and compiled by Molt (-O2) for native and
 * wasm; stdout, the last stderr line and the exit code must agree. Programs in unsupported/ must
 * be rejected at compile time at the line marked {@code # <- unsupported}.
 *
 * <p>Properties: {@code molt.differential.only} (regex over program names),
 * {@code molt.differential.targets} (e.g. {@code native}), {@code molt.differential.writeKnown=true}
 * rewrites known-failures.txt from this run (review the diff).
 */
class DifferentialTest {
    private static final Tally TALLY = new Tally();

    @TestFactory
    List<DynamicNode> programs() throws IOException {
        Harness h = Harness.get();
        List<Target> targets = h.targets();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Program p : h.select(Program.all(h.root().resolve("programs")))) {
            CompletableFuture<Outcome> expected = h.cpython(p);
            List<DynamicNode> perTarget = new ArrayList<>();
            for (Target t : targets) {
                CompletableFuture<Verdict> verdict = expected.thenCombine(h.compileAndRun(p, t), Harness::compare);
                perTarget.add(dynamicTest(t.id(), () -> settle(p.name(), t.id(), verdict.join())));
            }
            nodes.add(dynamicContainer(p.name(), perTarget));
        }
        return nodes;
    }

    @TestFactory
    List<DynamicNode> unsupported() throws IOException {
        Harness h = Harness.get();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Program p : h.select(Program.all(h.root().resolve("unsupported")))) {
            CompletableFuture<Verdict> verdict = CompletableFuture.supplyAsync(() -> rejected(h, p), h.pool());
            nodes.add(dynamicTest(p.name(), () -> settle(p.name(), "compile", verdict.join())));
        }
        return nodes;
    }

    /** The build must fail with `molt: unsupported: ... at NAME.py:LINE` for the marked line. */
    private static Verdict rejected(Harness h, Program p) {
        String source = new String(p.source(), StandardCharsets.UTF_8);
        String[] lines = source.split("\n", -1);
        int marked = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("# <- unsupported")) {
                marked = i + 1;
                break;
            }
        }
        if (marked == 0) {
            return Verdict.fail("program has no `# <- unsupported` marker", "");
        }
        BuildResult r = h.driver().build(p.sources(), p.fileName(), BuildOptions.of(Target.NATIVE, OptLevel.O2));
        String rendered = r.diagnostics().stream().map(Diagnostics::render).collect(Collectors.joining());
        Pattern wanted = Pattern.compile("(?m)^molt: unsupported: .+ at " + Pattern.quote(p.fileName()) + ":" + marked + "$");
        if (r.ok()) {
            return Verdict.fail("compiled although it uses an unsupported construct (line " + marked + ")", rendered);
        }
        if (!wanted.matcher(rendered).find()) {
            return Verdict.fail("no `molt: unsupported: ... at " + p.fileName() + ":" + marked + "`; got: "
                    + Harness.buildProblem(rendered), rendered);
        }
        for (Diagnostic d : r.diagnostics()) {
            if (Diagnostics.INTERNAL.equals(d.code())) {
                return Verdict.fail("internal error besides the unsupported diagnostic", rendered);
            }
        }
        return Verdict.pass();
    }

    private static void settle(String name, String target, Verdict v) {
        String known = Harness.get().known().reason(name, target);
        if (known == null) {
            TALLY.record(name, target, v.passed() ? Tally.Kind.PASSED : Tally.Kind.FAILED, v.summary());
            if (!v.passed()) {
                fail(name + " [" + target + "]: " + v.summary() + "\n" + v.details());
            }
            return;
        }
        TALLY.record(name, target, v.passed() ? Tally.Kind.FAILED : Tally.Kind.KNOWN, v.passed() ? "now passes" : v.summary());
        if (v.passed()) {
            fail(name + " [" + target + "] passes now: remove its line from known-failures.txt (" + known + ")");
        }
    }

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @AfterAll
    static void summary() throws IOException {
        Harness h = Harness.get();
        System.out.print(TALLY.summary());
        System.out.print(h.timings());
        Map<String, String> lines = TALLY.lines();
        String report = System.getProperty("molt.differential.report");
        if (report != null && !lines.isEmpty()) {
            Path file = Path.of(report);
            Files.createDirectories(file.getParent());
            Files.write(file, lines.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.toList()));
        }
        boolean wholeRun = System.getProperty("molt.differential.only", "").isBlank() && h.targets().size() == Target.values().length;
        if (Boolean.getBoolean("molt.differential.writeKnown") && wholeRun && !lines.isEmpty()) {
            h.writeKnown(lines);
        }
    }

}
