package dev.molt.codegen;

import dev.molt.frontend.ast.ConstValue;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Data of one module: NUL-terminated byte strings (names, file, UTF-8 of str constants) and the
 * Python constants that need a heap object (str, bytes, float, complex, big int). Each such
 * constant is built once by the module's init code into a private i64 global that is a registered
 * GC root; code loads it from there. Numbering follows first use, so output is deterministic.
 */
final class ConstantPool {
    private static final BigInteger SMALL_MIN = BigInteger.ONE.shiftLeft(62).negate();
    private static final BigInteger SMALL_MAX = BigInteger.ONE.shiftLeft(62).subtract(BigInteger.ONE);

    // Byte strings keyed by their bytes as ISO-8859-1 text (a lossless, comparable key).
    private final Map<String, String> bytes = new LinkedHashMap<>();
    private final Map<ConstValue, String> objects = new LinkedHashMap<>();

    /** Address of a private NUL-terminated copy of {@code data} ({@code @.cs.N}). */
    String bytes(byte[] data) {
        String key = new String(data, StandardCharsets.ISO_8859_1);
        return bytes.computeIfAbsent(key, k -> "@.cs." + bytes.size());
    }

    String cstring(String text) {
        return bytes(LlvmText.utf8(text));
    }

    /**
     * The operand for a constant: a literal i64 for small ints and static singletons, otherwise null
     * (the caller loads {@link #global} instead).
     */
    static String literal(ConstValue v) {
        if (v instanceof ConstValue.None) {
            return singleton("molt_None_obj");
        }
        if (v instanceof ConstValue.Ellipsis) {
            return singleton("molt_Ellipsis_obj");
        }
        if (v instanceof ConstValue.Bool b) {
            return singleton(b.value() ? "molt_True_obj" : "molt_False_obj");
        }
        if (v instanceof ConstValue.Int i && i.value().compareTo(SMALL_MIN) >= 0 && i.value().compareTo(SMALL_MAX) <= 0) {
            return Long.toString((i.value().longValue() << 1) | 1);
        }
        return null;
    }

    static String singleton(String symbol) {
        return "ptrtoint (ptr @" + symbol + " to i64)";
    }

    /** The cache global of a heap constant ({@code @molt.const.N}). */
    String global(ConstValue v) {
        return objects.computeIfAbsent(v, k -> "@molt.const." + objects.size());
    }

    boolean isEmpty() {
        return objects.isEmpty();
    }

    /** Private globals: cached objects (zero until init) and byte strings. */
    void appendGlobals(StringBuilder sb) {
        for (String g : objects.values()) {
            sb.append(g).append(" = internal global i64 0, align 8\n");
        }
        for (Map.Entry<String, String> e : bytes.entrySet()) {
            byte[] data = e.getKey().getBytes(StandardCharsets.ISO_8859_1);
            byte[] z = java.util.Arrays.copyOf(data, data.length + 1);
            sb.append(e.getValue()).append(" = private unnamed_addr constant [").append(z.length)
                    .append(" x i8] ").append(LlvmText.bytesLiteral(z)).append(", align 1\n");
        }
    }

    /**
     * Init code: registers every cache global as a root, then builds each object, branching to
     * {@code failLabel} when a constructor fails (MemoryError). Appends to {@code code}.
     */
    void appendInit(StringBuilder code, RuntimeCalls calls, String failLabel) {
        calls.declare("molt_gc_add_root", "void", "ptr");
        for (String g : objects.values()) {
            code.append("  call void @molt_gc_add_root(ptr ").append(g).append(")\n");
        }
        int n = 0;
        for (Map.Entry<ConstValue, String> e : objects.entrySet()) {
            String v = "%k" + n;
            construct(code, calls, e.getKey(), v);
            code.append("  %k").append(n).append(".bad = icmp eq i64 ").append(v).append(", 0\n");
            code.append("  br i1 %k").append(n).append(".bad, label %").append(failLabel)
                    .append(", label %k").append(n).append(".ok\n");
            code.append("k").append(n).append(".ok:\n");
            code.append("  store i64 ").append(v).append(", ptr ").append(e.getValue()).append(", align 8\n");
            n++;
        }
    }

    private void construct(StringBuilder code, RuntimeCalls calls, ConstValue value, String v) {
        if (value instanceof ConstValue.Str s) {
            byte[] utf8 = LlvmText.utf8(s.value());
            calls.declare("molt_str_from_utf8_len", "i64", "ptr", "i64", "i64");
            boolean intern = isIdentifier(s.value());
            String raw = intern ? v + ".raw" : v;
            code.append("  ").append(raw).append(" = call i64 @molt_str_from_utf8_len(ptr ").append(bytes(utf8))
                    .append(", i64 ").append(utf8.length).append(", i64 ").append(LlvmText.codePoints(s.value())).append(")\n");
            if (intern) {
                // Like CPython, identifier-like constants are interned: global and attribute names hit one object.
                calls.declare("molt_str_intern", "i64", "i64");
                code.append("  ").append(v).append(" = call i64 @molt_str_intern(i64 ").append(raw).append(")\n");
            }
        } else if (value instanceof ConstValue.Bytes b) {
            calls.declare("molt_bytes_from", "i64", "ptr", "i64");
            code.append("  ").append(v).append(" = call i64 @molt_bytes_from(ptr ").append(bytes(b.value()))
                    .append(", i64 ").append(b.value().length).append(")\n");
        } else if (value instanceof ConstValue.Float f) {
            calls.declare("molt_float_new", "i64", "double");
            code.append("  ").append(v).append(" = call i64 @molt_float_new(double ")
                    .append(LlvmText.doubleLiteral(f.value())).append(")\n");
        } else if (value instanceof ConstValue.Complex c) {
            calls.declare("molt_complex_new", "i64", "double", "double");
            code.append("  ").append(v).append(" = call i64 @molt_complex_new(double 0x0000000000000000, double ")
                    .append(LlvmText.doubleLiteral(c.imag())).append(")\n");
        } else if (value instanceof ConstValue.Int i) {
            // Beyond 63 bits: parse the decimal text at start-up (once), the runtime owns big-int layout.
            String digits = i.value().toString();
            calls.declare("molt_str_from_utf8_len", "i64", "ptr", "i64", "i64");
            calls.declare("molt_int_from_str", "i64", "i64", "i32");
            code.append("  ").append(v).append(".s = call i64 @molt_str_from_utf8_len(ptr ")
                    .append(cstring(digits)).append(", i64 ").append(digits.length()).append(", i64 ")
                    .append(digits.length()).append(")\n");
            code.append("  ").append(v).append(" = call i64 @molt_int_from_str(i64 ").append(v).append(".s, i32 10)\n");
        } else {
            throw new IllegalArgumentException("constant needs no object: " + value);
        }
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }
}
