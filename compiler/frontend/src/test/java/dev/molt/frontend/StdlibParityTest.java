package dev.molt.frontend;

import dev.molt.frontend.ast.AstDump;
import dev.molt.frontend.suite.CPythonAst;
import dev.molt.frontend.suite.Frontend;
import dev.molt.frontend.suite.Stdlib;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every .py file of CPython's Lib/ (test/ and site-packages included): where CPython parses it our
 * dump must be identical to {@code ast.dump(tree, include_attributes=True)}; where CPython rejects it
 * we must reject it too. CPython's side is two interpreter processes (one per core) that stream
 * digests; ours runs on two threads at the same time.
 */
class StdlibParityTest {
    private static final int SHOWN = 15;

    /** Our verdict on one file: a dump digest, REJECTED, or what went wrong. */
    private record Ours(String digest, String dump, String problem) {}

    @Test
    void ourDumpsMatchCPythonsForTheWholeStdlib() throws Exception {
        List<Path> files = Stdlib.files();
        List<CPythonAst.File> even = new ArrayList<>(), odd = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) (i % 2 == 0 ? even : odd).add(new CPythonAst.File(files.get(i)));
        CompletableFuture<List<String>> theirsEven = CompletableFuture.supplyAsync(() -> CPythonAst.digests(even));
        CompletableFuture<List<String>> theirsOdd = CompletableFuture.supplyAsync(() -> CPythonAst.digests(odd));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<CompletableFuture<Ours>> ours = new ArrayList<>();
        try {
            for (Path p : files) ours.add(CompletableFuture.supplyAsync(() -> ours(p), pool));
            CompletableFuture.allOf(ours.toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdown();
        }

        int accepted = 0, identical = 0, rejected = 0, rejectedToo = 0;
        List<String> diffs = new ArrayList<>();
        List<Integer> dumpDiffs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String theirs = (i % 2 == 0 ? theirsEven.join().get(i / 2) : theirsOdd.join().get(i / 2));
            Ours o = ours.get(i).join();
            String rel = Stdlib.relative(files.get(i));
            if (theirs.startsWith("ERROR")) continue; // CPython itself could not dump it (recursion): no reference
            if (theirs.startsWith(CPythonAst.REJECTED)) {
                rejected++;
                if (o.problem == null && o.digest.equals(CPythonAst.REJECTED)) rejectedToo++;
                else diffs.add(rel + ": CPython rejects it, we " + (o.problem != null ? o.problem : "accept it"));
                continue;
            }
            accepted++;
            if (o.problem != null) diffs.add(rel + ": " + o.problem);
            else if (o.digest.equals(CPythonAst.REJECTED)) diffs.add(rel + ": we reject it");
            else if (o.digest.equals(theirs)) identical++;
            else dumpDiffs.add(i);
        }
        List<Integer> shown = dumpDiffs.subList(0, Math.min(SHOWN, dumpDiffs.size()));
        List<CPythonAst.File> toFetch = new ArrayList<>();
        for (int i : shown) toFetch.add(new CPythonAst.File(files.get(i)));
        List<String> theirDumps = CPythonAst.dumps(toFetch);
        for (int k = 0; k < shown.size(); k++) {
            int i = shown.get(k);
            String mine = AstDump.dump(Frontend.parse(Stdlib.read(files.get(i)), files.get(i).toString()).module());
            diffs.add(Stdlib.relative(files.get(i)) + ": dump differs " + CPythonAst.firstDifference(theirDumps.get(k), mine));
        }
        if (dumpDiffs.size() > shown.size()) diffs.add("... and " + (dumpDiffs.size() - shown.size()) + " more dumps differ");

        System.out.println("stdlib parity: " + identical + "/" + accepted + " identical; "
                + rejectedToo + "/" + rejected + " rejected files rejected too");
        diffs.forEach(d -> System.out.println("  " + d));
        assertTrue(identical == accepted && rejectedToo == rejected, "stdlib parity: " + identical + "/" + accepted);
    }

    private static Ours ours(Path file) {
        try {
            Frontend.Parsed parsed = Frontend.parse(Stdlib.read(file), file.toString());
            if (!parsed.ok()) return new Ours(CPythonAst.REJECTED, null, null);
            if (parsed.module() == null) return new Ours(null, null, "no module and no diagnostics");
            return new Ours(CPythonAst.digest(AstDump.dump(parsed.module())), null, null);
        } catch (AssertionError e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Ours(null, null, "parser threw " + e);
        }
    }
}
