package dev.molt.codegen;

import dev.molt.ir.Builtin;
import dev.molt.ir.CParam;
import dev.molt.ir.CType;
import dev.molt.ir.IrType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The C types generated code uses for runtime functions, and the declarations a module needs.
 * MoltValue and int64_t are i64 on both targets, C int is i32, C bool is a zero-extended i1,
 * pointers are LLVM's {@code ptr} (32-bit on wasm32 through the target's data layout).
 */
final class RuntimeCalls {
    /** Runtime functions that are {@code static inline} in the headers: no symbol to call, codegen expands them. */
    static final String INLINE_BOOL = "molt_bool";
    static final String INLINE_CELL_SET = "molt_cell_set";
    static final String INLINE_IS_FLOAT = "molt_is_float";
    static final String INLINE_FLOAT_VALUE = "molt_float_value";
    /** Offset of MoltFloat.value: after the 16-byte header on both targets. */
    static final int FLOAT_VALUE_OFFSET = 16;
    /** Offset of MoltCell.ref: the MoltObject header is 16 bytes on both targets (8-aligned type pointer, two u32). */
    static final int CELL_REF_OFFSET = 16;

    private final Map<String, String> declarations = new TreeMap<>();
    private final java.util.Set<String> externals = new java.util.TreeSet<>();

    static String irType(IrType t) {
        switch (t) {
            case OBJ:
            case I64:
                return "i64";
            case F64:
                return "double";
            case BOOL:
                return "i1";
            default:
                throw new IllegalArgumentException("no LLVM type for " + t);
        }
    }

    /** Return type as written in a call or declaration (attributes included). */
    static String returnType(CType t) {
        switch (t) {
            case VALUE:
            case I64:
                return "i64";
            case INT:
                return "i32";
            case BOOL:
                return "zeroext i1";
            case DOUBLE:
                return "double";
            default:
                return "void";
        }
    }

    /** C parameter types of a table row in order; ARRAY expands to (ptr, i64), IMM to i32. */
    static List<String> paramTypes(Builtin row) {
        List<String> out = new ArrayList<>();
        for (CParam p : row.params()) {
            switch (p) {
                case VALUE:
                case I64:
                    out.add("i64");
                    break;
                case F64:
                    out.add("double");
                    break;
                case BOOL:
                    out.add("i1 zeroext");
                    break;
                case IMM:
                    out.add("i32");
                    break;
                case CSTR:
                    out.add("ptr");
                    break;
                default:
                    out.add("ptr");
                    out.add("i64");
                    break;
            }
        }
        return out;
    }

    /** Records {@code declare ret @symbol(params)}; a second, different signature is a table bug. */
    void declare(String symbol, String ret, List<String> params, boolean varargs) {
        String line = "declare " + ret + " @" + symbol + "(" + String.join(", ", params)
                + (varargs ? (params.isEmpty() ? "..." : ", ...") : "") + ")";
        String old = declarations.putIfAbsent(symbol, line);
        if (old != null && !old.equals(line)) {
            throw new IllegalStateException("runtime function " + symbol + " used with two signatures: " + old + " / " + line);
        }
    }

    void declare(String symbol, String ret, String... params) {
        declare(symbol, ret, List.of(params), false);
    }

    void declare(Builtin row) {
        declare(row.symbol(), returnType(row.ret()), paramTypes(row), false);
    }

    /** An external runtime data symbol (a static object or type) whose address code uses. */
    void external(String symbol) {
        externals.add(symbol);
    }

    /** Every external global, then every declaration, sorted by symbol so the text does not depend on translation order. */
    void appendTo(StringBuilder sb) {
        for (String symbol : externals) {
            // The size is irrelevant: code only takes these addresses.
            sb.append('@').append(symbol).append(" = external global [16 x i8], align 8\n");
        }
        for (String line : declarations.values()) {
            sb.append(line).append('\n');
        }
    }
}
