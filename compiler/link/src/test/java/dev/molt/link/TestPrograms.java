package dev.molt.link;

import dev.molt.codegen.CodeGenerator;
import dev.molt.codegen.CodegenException;
import dev.molt.codegen.LlvmBuilder;
import dev.molt.codegen.LlvmFunction;
import dev.molt.codegen.LlvmModule;
import dev.molt.codegen.ObjectCode;
import dev.molt.codegen.OptLevel;
import dev.molt.codegen.Target;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The hand-built program the toolchain tests compile, and helpers to run native binaries. */
final class TestPrograms {
    static final List<String> ARGS = List.of("a", "b c");
    static final String STDIN = "xyz\n";
    /** What the program prints for ARGS and STDIN (from the C code in resources/minirt). */
    static final String EXPECTED_STDOUT =
            "hello 42\narg 1: a\narg 2: b c\nxyz\nread 4 bytes\noverflow 1\n";
    static final int EXPECTED_EXIT = 3;

    private TestPrograms() {}

    static RuntimeSources minirt() throws ToolchainException {
        try {
            Path root = Path.of(Objects.requireNonNull(TestPrograms.class.getResource("/minirt")).toURI());
            return RuntimeSources.fromDirectory(root);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** main: hello(42); print_args(argc, argv); echo_stdin(); mul_overflows(2^40, 2^40); return 3. */
    static ObjectCode program(Target target) throws CodegenException {
        try (LlvmModule m = LlvmModule.create("prog.py", target)) {
            LlvmFunction hello = m.function("minirt_hello", m.functionType(m.voidType(), m.i64()));
            LlvmFunction printArgs = m.function("minirt_print_args", m.functionType(m.voidType(), m.i32(), m.ptr()));
            LlvmFunction echo = m.function("minirt_echo_stdin", m.functionType(m.i64()));
            LlvmFunction mul = m.function("minirt_mul_overflows", m.functionType(m.i32(), m.i64(), m.i64()));
            LlvmFunction main = m.mainFunction();
            LlvmBuilder b = m.builder().positionAtEnd(main.appendBlock("entry"));
            b.call(hello, m.constInt(m.i64(), 42));
            b.call(printArgs, main.param(0), main.param(1));
            b.call(echo);
            b.call(mul, m.constInt(m.i64(), 1L << 40), m.constInt(m.i64(), 1L << 40));
            b.ret(m.constInt(m.i32(), EXPECTED_EXIT));
            return CodeGenerator.compile(m, OptLevel.O2);
        }
    }

    record Run(int exit, String stdout, String stderr) {}

    static Run runNative(Path exe, List<String> args, String stdin) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(exe.toString());
        command.addAll(args);
        Process p = new ProcessBuilder(command).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(exe + " did not finish");
        }
        return new Run(p.exitValue(), out.join(), err.join());
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            return buffer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
