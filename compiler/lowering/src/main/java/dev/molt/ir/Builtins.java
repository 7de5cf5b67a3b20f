package dev.molt.ir;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.molt.ir.CParam.ARRAY;
import static dev.molt.ir.CParam.BOOL;
import static dev.molt.ir.CParam.CSTR;
import static dev.molt.ir.CParam.I64;
import static dev.molt.ir.CParam.IMM;
import static dev.molt.ir.CParam.VALUE;

/**
 * The runtime operation table (STYLE.md habit 7): every runtime call the IR can make, keyed by a
 * stable name. A new fast path is a row here plus a C function. Symbols marked "new" in
 * docs/decisions/0031-runtime-calls.md are requested from the runtime owners.
 */
public final class Builtins {
    private Builtins() {}

    /** CPython's ast.operator order, which is also MOLT_OP_* order (object.h). */
    public static final List<String> BINOPS = List.of("add", "sub", "mul", "matmul", "truediv", "mod", "pow",
            "lshift", "rshift", "or", "xor", "and", "floordiv");
    /** ast.cmpop order for the six rich comparisons, mapped to MOLT_LT..MOLT_GE. */
    public static final List<String> RICH_COMPARES = List.of("lt", "le", "eq", "ne", "gt", "ge");

    private static final Map<String, Builtin> ROWS = new LinkedHashMap<>();

    private static void row(String key, String symbol, List<CParam> params, List<Integer> imms, CType ret,
                            IrType result, ErrorKind error) {
        if (ROWS.put(key, new Builtin(key, symbol, params, imms, ret, result, error)) != null)
            throw new IllegalStateException("duplicate builtin " + key);
    }

    private static void obj(String key, String symbol, CParam... params) {
        row(key, symbol, List.of(params), List.of(), CType.VALUE, IrType.OBJ, ErrorKind.NULL);
    }

    private static void status(String key, String symbol, CParam... params) {
        row(key, symbol, List.of(params), List.of(), CType.INT, IrType.VOID, ErrorKind.NEG);
    }

    private static void predicate(String key, String symbol, CParam... params) {
        row(key, symbol, List.of(params), List.of(), CType.INT, IrType.BOOL, ErrorKind.NEG);
    }

    static {
        for (int i = 0; i < BINOPS.size(); i++) {
            row("binop." + BINOPS.get(i), "molt_binop", List.of(IMM, VALUE, VALUE), List.of(i), CType.VALUE, IrType.OBJ, ErrorKind.NULL);
            row("inplace." + BINOPS.get(i), "molt_inplace_binop", List.of(IMM, VALUE, VALUE), List.of(i), CType.VALUE, IrType.OBJ, ErrorKind.NULL);
        }
        for (int i = 0; i < RICH_COMPARES.size(); i++) {
            row("compare." + RICH_COMPARES.get(i), "molt_compare", List.of(IMM, VALUE, VALUE), List.of(i), CType.VALUE, IrType.OBJ, ErrorKind.NULL);
            row("compare_bool." + RICH_COMPARES.get(i), "molt_compare_bool", List.of(IMM, VALUE, VALUE), List.of(i), CType.INT, IrType.BOOL, ErrorKind.NEG);
        }
        predicate("contains", "molt_contains", VALUE, VALUE);
        predicate("truthy", "molt_truthy", VALUE);
        obj("neg", "molt_neg", VALUE);
        obj("pos", "molt_pos", VALUE);
        obj("invert", "molt_invert", VALUE);
        row("box.bool", "molt_bool", List.of(BOOL), List.of(), CType.VALUE, IrType.OBJ, ErrorKind.NEVER);
        obj("box.i64", "molt_int_from_i64", I64);
        obj("box.f64", "molt_float_new", CParam.F64);
        // Unboxed float paths (decision 0042): static inline in float.h, expanded by codegen.
        row("float.is", "molt_is_float", List.of(VALUE), List.of(), CType.BOOL, IrType.BOOL, ErrorKind.NEVER);
        row("float.value", "molt_float_value", List.of(VALUE), List.of(), CType.DOUBLE, IrType.F64, ErrorKind.NEVER);
        for (String op : List.of("mod", "pow", "floordiv"))   // float op float with CPython's errors and sign rules
            row("float.binop." + op, "molt_float_binop", List.of(IMM, CParam.F64, CParam.F64), List.of(BINOPS.indexOf(op)),
                CType.VALUE, IrType.OBJ, ErrorKind.NULL);
        row("index.i64", "molt_index_as_i64", List.of(VALUE), List.of(), CType.I64, IrType.I64, ErrorKind.NEG1_PENDING); // x.__index__() as int64
        status("range.check_step", "molt_range_check_step", I64);   // ValueError "range() arg 3 must not be zero"

        obj("repr", "molt_repr", VALUE);
        obj("str", "molt_str", VALUE);
        obj("ascii", "molt_builtin_ascii", VALUE);
        obj("format", "molt_format", VALUE, VALUE);              // format(v, spec), spec a str
        obj("str.join_array", "molt_str_join_array", VALUE, ARRAY);

        obj("getattr", "molt_getattr", VALUE, VALUE);
        status("setattr", "molt_setattr", VALUE, VALUE, VALUE);  // value MOLT_ERR deletes
        obj("getitem", "molt_getitem", VALUE, VALUE);
        status("setitem", "molt_setitem", VALUE, VALUE, VALUE);
        status("delitem", "molt_delitem", VALUE, VALUE);
        obj("slice", "molt_slice_new", VALUE, VALUE, VALUE);

        obj("iter", "molt_iter", VALUE);
        row("next", "molt_next", List.of(VALUE), List.of(), CType.VALUE, IrType.OBJ, ErrorKind.NULL_PENDING);
        obj("unpack", "molt_unpack_sequence", VALUE, I64);        // new: tuple of exactly n items, CPython's messages
        obj("tuple.item", "molt_tuple_index_i64", VALUE, I64);
        obj("call", "molt_call", VALUE, ARRAY, VALUE);           // callee, args..., kwnames (tuple or MOLT_ERR)

        obj("call.ex", "molt_call_ex", VALUE, VALUE, VALUE);       // callee(*args, **kwargs): args a tuple or any iterable, kwargs a dict or MOLT_ERR
        status("call.merge_kwargs", "molt_call_merge_kwargs", VALUE, VALUE, VALUE); // dict, mapping, callee; "got multiple values for keyword argument"
        obj("unpack_ex", "molt_unpack_ex", VALUE, I64, I64);      // new: a, *b, c = v -> tuple(before..., list, after...)
        obj("tuple.from_array", "molt_tuple_from_array", ARRAY);
        obj("tuple.from_iterable", "molt_tuple_from_iterable", VALUE);
        status("list.extend", "molt_list_extend", VALUE, VALUE);
        status("list.extend_starred", "molt_list_extend_starred", VALUE, VALUE); // *x in calls and displays: "Value after * must be an iterable"
        status("set.update", "molt_set_update", VALUE, VALUE);
        status("dict.update", "molt_dict_update", VALUE, VALUE);
        obj("list.from_array", "molt_list_from_array", ARRAY);
        status("list.append", "molt_list_append", VALUE, VALUE);
        obj("dict.new", "molt_dict_new");
        status("dict.setitem", "molt_dict_setitem", VALUE, VALUE, VALUE);
        obj("set.new", "molt_set_new");
        status("set.add", "molt_set_add", VALUE, VALUE);

        obj("global.load", "molt_global_lookup", VALUE, VALUE);          // globals, then builtins; NameError
        status("global.store", "molt_dict_setitem", VALUE, VALUE, VALUE); // module globals are a dict
        status("global.delete", "molt_global_delete", VALUE, VALUE);      // NameError if unbound
        obj("local.check", "molt_check_local", VALUE, CSTR);     // value, or UnboundLocalError if MOLT_ERR

        obj("class.load_name", "molt_class_load_name", VALUE, VALUE, VALUE); // class namespace, then globals, then builtins; NameError
        status("class.delete_name", "molt_class_delete_name", VALUE, VALUE);  // NameError if unbound
        obj("class.new", "molt_type_new_full", VALUE, VALUE, VALUE, VALUE, VALUE); // name, qualname, module, bases, namespace
        obj("with.exit", "molt_with_exit_method", VALUE);   // new: bound __exit__ of a context manager; TypeError "'X' object does not support the context manager protocol"
        obj("with.enter", "molt_with_enter", VALUE);        // new: calls type(mgr).__enter__(mgr)
        obj("import", "molt_import_module", VALUE);              // new: module by dotted name (bundle or runtime-native); ModuleNotFoundError
        obj("import.from", "molt_import_from", VALUE, VALUE);    // new: `from m import x`; ImportError "cannot import name 'x' from 'm' (unknown location)"
        obj("cell.new", "molt_cell_new", VALUE);
        obj("cell.get", "molt_cell_get", VALUE, CSTR);
        obj("cell.get_local", "molt_cell_get_local", VALUE, CSTR); // UnboundLocalError wording for own cells
        row("cell.set", "molt_cell_set", List.of(VALUE, VALUE), List.of(), CType.VOID, IrType.VOID, ErrorKind.NEVER);
        row("function.cell", "molt_function_cell", List.of(VALUE, I64), List.of(), CType.VALUE, IrType.OBJ, ErrorKind.NEVER);

        row("err.fetch", "molt_err_fetch", List.of(), List.of(), CType.VALUE, IrType.OBJ, ErrorKind.NEVER);
        row("err.restore", "molt_err_restore", List.of(VALUE), List.of(), CType.VOID, IrType.VOID, ErrorKind.NEVER);
        row("err.handled", "molt_err_handled", List.of(), List.of(), CType.VALUE, IrType.OBJ, ErrorKind.NEVER);
        row("err.set_handled", "molt_err_set_handled", List.of(VALUE), List.of(), CType.VOID, IrType.VOID, ErrorKind.NEVER);
        predicate("exc.matches", "molt_exc_matches", VALUE, VALUE);
        row("raise", "molt_err_raise", List.of(VALUE), List.of(), CType.VALUE, IrType.VOID, ErrorKind.ALWAYS);
        row("raise_from", "molt_err_raise_from", List.of(VALUE, VALUE), List.of(), CType.VALUE, IrType.VOID, ErrorKind.ALWAYS);
        row("reraise", "molt_err_reraise", List.of(), List.of(), CType.VALUE, IrType.VOID, ErrorKind.ALWAYS);
        row("assert_fail", "molt_err_assert_fail", List.of(VALUE), List.of(), CType.VALUE, IrType.VOID, ErrorKind.ALWAYS); // msg or MOLT_ERR
    }

    public static Builtin get(String key) {
        Builtin b = ROWS.get(key);
        if (b == null) throw new IllegalArgumentException("unknown builtin " + key);
        return b;
    }

    public static boolean exists(String key) { return ROWS.containsKey(key); }

    /** Every row, in table order. */
    public static Map<String, Builtin> all() { return Collections.unmodifiableMap(ROWS); }
}
