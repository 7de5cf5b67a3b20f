package dev.molt.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One CPython process holding the corpus in memory and timing {@code ast.parse} over it, one round
 * per request, so its rounds can alternate with Molt's.
 */
final class CPythonParser implements AutoCloseable {
    private final Process process;
    private final BufferedReader from;
    private final Writer to;
    private final Path script;
    private final List<String> files = new ArrayList<>();
    private int rejected;

    /** Starts CPython on LIB and waits until it has read and checked every file. */
    CPythonParser(Path python, Path lib) throws IOException {
        script = Files.createTempFile("molt-bench", ".py");
        try (InputStream in = CPythonParser.class.getResourceAsStream("cpython_parse.py")) {
            Files.write(script, in.readAllBytes());
        }
        process = new ProcessBuilder(python.toString(), script.toString(), lib.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        from = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        to = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        for (String line; !"ready".equals(line = readLine()); ) {
            String value = line.substring(line.indexOf('\t') + 1);
            if (line.startsWith("file\t")) files.add(value);
            else if (line.startsWith("rejected\t")) rejected = Integer.parseInt(value);
            else throw new IllegalStateException("unexpected line from CPython: " + line);
        }
    }

    /** The corpus: paths relative to LIB of the files CPython parses, in a fixed order. */
    List<String> files() {
        return files;
    }

    int rejected() {
        return rejected;
    }

    /** Seconds CPython took for one ast.parse pass over the corpus. */
    double round() throws IOException {
        to.write("round\n");
        to.flush();
        String line = readLine();
        if (!line.startsWith("round\t")) throw new IllegalStateException("unexpected line from CPython: " + line);
        return Double.parseDouble(line.substring("round\t".length()));
    }

    private String readLine() throws IOException {
        String line = from.readLine();
        if (line == null) throw new IllegalStateException("the CPython benchmark process ended early");
        return line;
    }

    @Override
    public void close() throws IOException {
        try {
            to.write("quit\n");
            to.close();
            process.waitFor();
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
