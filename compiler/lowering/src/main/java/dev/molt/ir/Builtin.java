package dev.molt.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of the runtime operation table: the C function a Python operation calls, its C signature
 * and how it fails. Codegen needs nothing else to emit the call and its error check.
 *
 * @param key    stable name used by the IR text and protobuf ({@code binop.add}, {@code getattr})
 * @param symbol the C function in runtime/include/molt/*.h
 * @param params C parameters in order
 * @param imms   values of the IMM parameters, in order
 * @param ret    the C return type
 * @param result the IR type of the op's result (VOID: none); a C int status maps to BOOL as "!= 0"
 * @param error  how failure is reported
 */
public record Builtin(String key, String symbol, List<CParam> params, List<Integer> imms, CType ret,
                      IrType result, ErrorKind error) {
    public Builtin {
        params = List.copyOf(params);
        imms = List.copyOf(imms);
        long arrays = params.stream().filter(p -> p == CParam.ARRAY).count();
        long immCount = params.stream().filter(p -> p == CParam.IMM).count();
        if (arrays > 1 || immCount != imms.size()) throw new IllegalArgumentException("bad builtin row " + key);
    }

    /** Register types of the fixed arguments, in order (the ARRAY items come after them). */
    public List<IrType> fixedArgTypes() {
        List<IrType> out = new ArrayList<>();
        for (CParam p : params) if (p.regType() != null && p != CParam.ARRAY) out.add(p.regType());
        return out;
    }

    public boolean hasArray() { return params.contains(CParam.ARRAY); }

    public boolean takesText() { return params.contains(CParam.CSTR); }

    /** Checks an argument list against this row; returns a problem description or null. */
    public String checkArgs(List<Reg> args, String text) {
        List<IrType> fixed = fixedArgTypes();
        if (args.size() < fixed.size() || (!hasArray() && args.size() != fixed.size()))
            return key + " takes " + fixed.size() + (hasArray() ? "+" : "") + " arguments, got " + args.size();
        for (int i = 0; i < args.size(); i++) {
            IrType want = i < fixed.size() ? fixed.get(i) : IrType.OBJ;
            if (args.get(i).type() != want) return key + " argument " + i + " must be " + want.text() + ", is " + args.get(i).type().text();
        }
        if (takesText() != (text != null)) return key + (takesText() ? " needs" : " takes no") + " text";
        return null;
    }
}
