package dev.molt.ir;

import java.util.List;

/** The IR of one Python module; functions.get(0) is the module body ("&lt;module&gt;"). */
public record IrModule(String name, String file, List<IrFunction> functions) {
    public IrModule { functions = List.copyOf(functions); }

    public IrFunction function(String id) {
        for (IrFunction f : functions) if (f.id().equals(id)) return f;
        return null;
    }
}
