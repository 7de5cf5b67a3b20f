package dev.molt.link;

/**
 * Link settings. WASM memory is in 64 KiB pages, so sizes are rounded up to whole pages.
 *
 * @param wasmStackBytes  size of the wasm shadow stack (C locals, spilled values); wasm-ld's
 *                        default of 64 KiB is too small for deep Python recursion through the runtime
 * @param wasmMaxMemoryBytes upper bound of linear memory recorded in the module
 * @param staticNative    link the native executable as a static PIE (no libc at run time)
 */
public record LinkOptions(long wasmStackBytes, long wasmMaxMemoryBytes, boolean staticNative) {
    public static final long WASM_PAGE = 64 * 1024;

    public LinkOptions {
        if (wasmStackBytes <= 0 || wasmMaxMemoryBytes <= wasmStackBytes || wasmMaxMemoryBytes > (4L << 30)) {
            throw new IllegalArgumentException("bad wasm memory sizes: stack " + wasmStackBytes + ", max " + wasmMaxMemoryBytes);
        }
        wasmStackBytes = roundToPage(wasmStackBytes);
        wasmMaxMemoryBytes = roundToPage(wasmMaxMemoryBytes);
    }

    /** 8 MiB stack (like a Linux main thread), 1 GiB memory, static native binaries. */
    public static LinkOptions defaults() {
        return new LinkOptions(8L << 20, 1L << 30, true);
    }

    private static long roundToPage(long bytes) {
        return (bytes + WASM_PAGE - 1) / WASM_PAGE * WASM_PAGE;
    }
}
