package dev.molt.codegen;

import java.util.Map;
import java.util.TreeMap;

/**
 * Stand-ins for runtime functions the Builtins table names but the runtime does not define yet
 * (docs/decisions/0031 lists them as requested). Each is a weak definition built from functions
 * the runtime has: a strong definition in the runtime library wins when its archive member is
 * linked, and these go away once every symbol exists (decision 0023). Only the ones a module calls
 * are emitted. Only molt_unpack_sequence is left, until the runtime defines it (unpack.c).
 */
final class RuntimeShims {
    private static final Map<String, String> BODIES = new TreeMap<>();

    static {
        BODIES.put("molt_unpack_sequence", """
                define weak i64 @molt_unpack_sequence(i64 %v, i64 %n) {
                  %items = alloca i64, i64 %n, align 8
                  %bytes = mul i64 %n, 8
                  call void @llvm.memset.p0.i64(ptr align 8 %items, i8 0, i64 %bytes, i1 false)
                  %root = alloca { ptr, ptr, i64 }, align 8
                  call void @molt_root_array_push(ptr %root, ptr %items, i64 %n)
                  %s = call i32 @molt_unpack(i64 %v, i64 %n, ptr %items)
                  %bad = icmp slt i32 %s, 0
                  br i1 %bad, label %fail, label %ok
                ok:
                  %t = call i64 @molt_tuple_from_array(ptr %items, i64 %n)
                  call void @molt_root_array_pop(ptr %root)
                  ret i64 %t
                fail:
                  call void @molt_root_array_pop(ptr %root)
                  ret i64 0
                }
                """);
    }

    private RuntimeShims() {}

    static boolean has(String symbol) {
        return BODIES.containsKey(symbol);
    }

    /** Appends the definition of {@code symbol} and declares what it calls. */
    static void define(String symbol, StringBuilder sb, RuntimeCalls calls, ConstantPool pool) {
        String body = BODIES.get(symbol);
        sb.append(body);
        calls.declare("molt_root_array_push", "void", "ptr", "ptr", "i64");
        calls.declare("molt_root_array_pop", "void", "ptr");
        calls.declare("molt_unpack", "i32", "i64", "i64", "ptr");
        calls.declare("molt_tuple_from_array", "i64", "ptr", "i64");
    }

}
