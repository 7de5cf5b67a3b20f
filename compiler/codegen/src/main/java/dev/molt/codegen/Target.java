package dev.molt.codegen;

/**
 * A machine Molt compiles for. The CPU is fixed (never the host's) so that the same module gives
 * the same object bytes on every build machine.
 */
public enum Target {
    /** x86_64 Linux; position-independent code because the linker makes a (static) PIE. */
    NATIVE("x86_64-pc-linux-gnu", "x86-64", "native", true),
    /** WebAssembly with WASI preview 1 (wasi-libc). */
    WASM("wasm32-unknown-wasi", "generic", "wasm", false);

    private final String triple;
    private final String cpu;
    private final String id;
    private final boolean pic;

    Target(String triple, String cpu, String id, boolean pic) {
        this.triple = triple;
        this.cpu = cpu;
        this.id = id;
        this.pic = pic;
    }

    /** LLVM target triple of generated code. */
    public String triple() {
        return triple;
    }

    String cpu() {
        return cpu;
    }

    boolean pic() {
        return pic;
    }

    /** Short stable name for file names and cache keys ("native", "wasm"). */
    public String id() {
        return id;
    }

    /** Pointer width in bits; the runtime's MoltValue stays 64-bit on both targets. */
    public int pointerBits() {
        return this == WASM ? 32 : 64;
    }

    /**
     * Symbol of a C-style {@code int main(int argc, char **argv)}: wasi-libc's start code calls
     * {@code __main_argc_argv}, the name clang gives such a main on wasm32.
     */
    public String mainSymbol() {
        return this == WASM ? "__main_argc_argv" : "main";
    }
}
