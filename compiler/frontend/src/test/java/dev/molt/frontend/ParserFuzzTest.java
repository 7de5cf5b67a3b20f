package dev.molt.frontend;

import dev.molt.frontend.ast.AstDump;
import dev.molt.frontend.suite.CPythonAst;
import dev.molt.frontend.suite.Frontend;
import dev.molt.frontend.suite.Mutator;
import dev.molt.frontend.suite.Stdlib;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Mutants of real stdlib files (fixed seeds): the parser must always answer, within a time bound,
 * with a module or with diagnostics, never an exception. A sample is checked against CPython: what it
 * accepts we must dump identically, what it rejects we must reject; differing messages are counted.
 */
class ParserFuzzTest {
    private static final long SEED = 0x6d6f6c74L;
    private static final int FILES = 50;
    private static final int MUTANTS_PER_FILE = 60;
    private static final int CROSS_CHECK_EVERY = 5;
    private static final long LIMIT_MS = 2000;
    private static final int MAX_SIZE = 40_000;

    private record Outcome(Frontend.Parsed parsed, Throwable thrown, long millis) {}

    @Test
    void mutantsAlwaysGetAnAnswer() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path p : Stdlib.sample(FILES * 3)) {
            if (files.size() < FILES && Stdlib.read(p).length <= MAX_SIZE) files.add(p);
        }
        ThreadFactory daemons = r -> {
            Thread t = new Thread(null, r, "fuzz-parse", 16L << 20);
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2, daemons);
        List<String> failures = new ArrayList<>();
        List<byte[]> sample = new ArrayList<>();
        List<Frontend.Parsed> sampleOurs = new ArrayList<>();
        List<String> sampleNames = new ArrayList<>();
        int total = 0;
        try {
            for (int f = 0; f < files.size(); f++) {
                byte[] original = Stdlib.read(files.get(f));
                SplittableRandom rnd = new SplittableRandom(SEED + f);
                List<byte[]> mutants = new ArrayList<>();
                List<Future<Outcome>> futures = new ArrayList<>();
                for (int m = 0; m < MUTANTS_PER_FILE; m++) {
                    byte[] mutant = Mutator.mutate(original, rnd);
                    mutants.add(mutant);
                    futures.add(pool.submit(() -> parse(mutant)));
                }
                for (int m = 0; m < futures.size(); m++) {
                    total++;
                    String name = Stdlib.relative(files.get(f)) + " mutant " + m;
                    Outcome o;
                    try {
                        // queueing behind the other mutants is not parse time: generous wait, parse time checked below
                        o = futures.get(m).get(LIMIT_MS * MUTANTS_PER_FILE, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException e) {
                        failures.add(name + ": no answer (hang?)");
                        pool.shutdownNow();
                        pool = Executors.newFixedThreadPool(2, daemons);
                        break;
                    } catch (ExecutionException e) {
                        failures.add(name + ": " + e.getCause());
                        continue;
                    }
                    String problem = check(o);
                    if (problem != null) {
                        failures.add(name + ": " + problem);
                    } else if (m % CROSS_CHECK_EVERY == 0) {
                        sample.add(mutants.get(m));
                        sampleOurs.add(o.parsed());
                        sampleNames.add(name);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> disagreements = new ArrayList<>();
        int messageDiffs = crossCheck(sample, sampleOurs, sampleNames, disagreements);
        System.out.println("parser fuzz: " + (total - failures.size()) + "/" + total + " mutants answered cleanly; "
                + (sample.size() - disagreements.size()) + "/" + sample.size() + " agree with CPython on accept/reject and dump; "
                + messageDiffs + " rejected with a different first error than CPython's");
        failures.stream().limit(30).forEach(s -> System.out.println("  " + s));
        disagreements.stream().limit(30).forEach(s -> System.out.println("  " + s));
        assertEquals(List.of(), failures);
        assertEquals(List.of(), disagreements);
    }

    private static Outcome parse(byte[] src) {
        long t0 = System.nanoTime();
        try {
            Frontend.Parsed p = Frontend.parse(src, "mutant.py");
            return new Outcome(p, null, (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(null, e, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private static String check(Outcome o) {
        if (o.thrown() != null) return "parser threw " + o.thrown();
        if (o.millis() > LIMIT_MS) return "took " + o.millis() + " ms";
        if (o.parsed().module() == null && o.parsed().diagnostics().isEmpty()) return "neither a module nor a diagnostic";
        return null;
    }

    /** Adds accept/reject and dump disagreements; returns how many rejections name a different first error. */
    private static int crossCheck(List<byte[]> sources, List<Frontend.Parsed> ours, List<String> names, List<String> out) {
        List<CPythonAst.Bytes> in = new ArrayList<>();
        for (byte[] s : sources) in.add(new CPythonAst.Bytes(s));
        List<String> theirs = CPythonAst.digests(in);
        int messageDiffs = 0;
        for (int i = 0; i < sources.size(); i++) {
            String t = theirs.get(i);
            Frontend.Parsed p = ours.get(i);
            if (t.startsWith("ERROR")) continue;
            if (t.startsWith(CPythonAst.REJECTED)) {
                String want = t.substring(CPythonAst.REJECTED.length() + 1);
                if (p.ok()) out.add(names.get(i) + ": accepted; CPython: " + want);
                else if (!want.equals(CPythonAst.describe(p.diagnostics().get(0)))) messageDiffs++;
            } else if (!p.ok()) {
                out.add(names.get(i) + ": rejected (" + CPythonAst.describe(p.diagnostics().get(0)) + "); CPython accepts it");
            } else if (!t.equals(CPythonAst.digest(AstDump.dump(p.module())))) {
                out.add(names.get(i) + ": dump differs from CPython's");
            }
        }
        return messageDiffs;
    }
}
