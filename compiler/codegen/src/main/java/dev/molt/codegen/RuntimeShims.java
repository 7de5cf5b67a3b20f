package dev.molt.codegen;

import java.util.Map;
import java.util.TreeMap;

/**
 * Stand-ins for runtime functions the Builtins table names but the runtime does not define yet
 * (docs/decisions/0031 lists them as requested). Each is a weak definition built from functions
 * the runtime has: a strong definition in the runtime library wins when its archive member is
 * linked, and these go away once every symbol exists (decision 0023). Only the ones a module calls
 * are emitted.
 */
final class RuntimeShims {
    private static final Map<String, String> BODIES = new TreeMap<>();

    static {
        BODIES.put("molt_module_load_global", """
                define weak i64 @molt_module_load_global(i64 %g, i64 %name) {
                  %r = call i64 @molt_global_lookup(i64 %g, i64 %name)
                  ret i64 %r
                }
                """);
        BODIES.put("molt_module_store_global", """
                define weak i32 @molt_module_store_global(i64 %g, i64 %name, i64 %v) {
                  %r = call i32 @molt_dict_setitem(i64 %g, i64 %name, i64 %v)
                  ret i32 %r
                }
                """);
        BODIES.put("molt_module_delete_global", """
                define weak i32 @molt_module_delete_global(i64 %g, i64 %name) {
                  %r = call i32 @molt_delitem(i64 %g, i64 %name)
                  ret i32 %r
                }
                """);
        BODIES.put("molt_check_local", """
                define weak i64 @molt_check_local(i64 %v, ptr %name) {
                  %unbound = icmp eq i64 %v, 0
                  br i1 %unbound, label %raise, label %ok
                ok:
                  ret i64 %v
                raise:
                  %r = call i64 (ptr, ptr, ...) @molt_err_format(ptr @molt_UnboundLocalError, ptr @molt.shim.unbound, ptr %name)
                  ret i64 0
                }
                """);
        BODIES.put("molt_cell_get_local", """
                define weak i64 @molt_cell_get_local(i64 %cell, ptr %name) {
                  %p = inttoptr i64 %cell to ptr
                  %f = getelementptr inbounds i8, ptr %p, i32 16
                  %v = load i64, ptr %f, align 8
                  %unbound = icmp eq i64 %v, 0
                  br i1 %unbound, label %raise, label %ok
                ok:
                  ret i64 %v
                raise:
                  %r = call i64 (ptr, ptr, ...) @molt_err_format(ptr @molt_UnboundLocalError, ptr @molt.shim.unbound, ptr %name)
                  ret i64 0
                }
                """);
        BODIES.put("molt_err_reraise", """
                define weak i64 @molt_err_reraise() {
                  %h = call i64 @molt_err_handled()
                  %none = icmp eq i64 %h, 0
                  br i1 %none, label %bad, label %ok
                ok:
                  %r = call i64 @molt_err_raise(i64 %h)
                  ret i64 0
                bad:
                  %e = call i64 @molt_err_set_str(ptr @molt_RuntimeError, ptr @molt.shim.noactive)
                  ret i64 0
                }
                """);
        BODIES.put("molt_err_assert_fail", """
                define weak i64 @molt_err_assert_fail(i64 %msg) {
                  %args = alloca i64, align 8
                  store i64 %msg, ptr %args, align 8
                  %none = icmp eq i64 %msg, 0
                  %n = select i1 %none, i64 0, i64 1
                  %e = call i64 @molt_exc_new(ptr @molt_AssertionError, ptr %args, i64 %n)
                  %bad = icmp eq i64 %e, 0
                  br i1 %bad, label %out, label %raise
                raise:
                  %r = call i64 @molt_err_raise(i64 %e)
                  br label %out
                out:
                  ret i64 0
                }
                """);
        BODIES.put("molt_index_as_i64", """
                define weak i64 @molt_index_as_i64(i64 %v) {
                  %out = alloca i64, align 8
                  %s = call i32 @molt_index_i64(i64 %v, ptr %out)
                  %bad = icmp slt i32 %s, 0
                  %r = load i64, ptr %out, align 8
                  %x = select i1 %bad, i64 -1, i64 %r
                  ret i64 %x
                }
                """);
        BODIES.put("molt_range_check_step", """
                define weak i32 @molt_range_check_step(i64 %step) {
                  %zero = icmp eq i64 %step, 0
                  br i1 %zero, label %bad, label %ok
                ok:
                  ret i32 0
                bad:
                  %e = call i64 @molt_err_set_str(ptr @molt_ValueError, ptr @molt.shim.step)
                  ret i32 -1
                }
                """);
        BODIES.put("molt_ascii", """
                define weak i64 @molt_ascii(i64 %v) {
                  %r = call i64 @molt_builtin_ascii(i64 %v)
                  ret i64 %r
                }
                """);
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
        body = placeholder(body, "@molt.shim.unbound", "cannot access local variable '%s' where it is not associated with a value", pool);
        body = placeholder(body, "@molt.shim.noactive", "No active exception to reraise", pool);
        body = placeholder(body, "@molt.shim.step", "range() arg 3 must not be zero", pool);
        sb.append(body);
        switch (symbol) {
            case "molt_module_load_global":
                calls.declare("molt_global_lookup", "i64", "i64", "i64");
                break;
            case "molt_module_store_global":
                calls.declare("molt_dict_setitem", "i32", "i64", "i64", "i64");
                break;
            case "molt_module_delete_global":
                calls.declare("molt_delitem", "i32", "i64", "i64");
                break;
            case "molt_check_local":
            case "molt_cell_get_local":
                calls.declare("molt_err_format", "i64", java.util.List.of("ptr", "ptr"), true);
                calls.external("molt_UnboundLocalError");
                break;
            case "molt_err_reraise":
                calls.declare("molt_err_handled", "i64");
                calls.declare("molt_err_raise", "i64", "i64");
                calls.declare("molt_err_set_str", "i64", "ptr", "ptr");
                calls.external("molt_RuntimeError");
                break;
            case "molt_err_assert_fail":
                calls.declare("molt_exc_new", "i64", "ptr", "ptr", "i64");
                calls.declare("molt_err_raise", "i64", "i64");
                calls.external("molt_AssertionError");
                break;
            case "molt_index_as_i64":
                calls.declare("molt_index_i64", "i32", "i64", "ptr");
                break;
            case "molt_range_check_step":
                calls.declare("molt_err_set_str", "i64", "ptr", "ptr");
                calls.external("molt_ValueError");
                break;
            case "molt_ascii":
                calls.declare("molt_builtin_ascii", "i64", "i64");
                break;
            default:
                calls.declare("molt_root_array_push", "void", "ptr", "ptr", "i64");
                calls.declare("molt_root_array_pop", "void", "ptr");
                calls.declare("molt_unpack", "i32", "i64", "i64", "ptr");
                calls.declare("molt_tuple_from_array", "i64", "ptr", "i64");
                break;
        }
    }

    /** Message strings enter the pool only when a stand-in that uses them is emitted. */
    private static String placeholder(String body, String name, String text, ConstantPool pool) {
        return body.contains(name) ? body.replace(name, pool.cstring(text)) : body;
    }
}
