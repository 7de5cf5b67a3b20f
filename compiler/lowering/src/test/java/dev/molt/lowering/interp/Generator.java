package dev.molt.lowering.interp;

import dev.molt.ir.IrFunction;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A generator in the test interpreter: an iterator that resumes the body at the saved block until
 * the next yield. Only iteration is modelled (next() sends None), which is what the golden
 * programs use; send/throw/close are tested end to end on the compiled code.
 */
final class Generator implements Iterator<Object> {
    private final IrInterpreter interp;
    private final IrFunction code;
    private final Py.PyFunction self;
    private final Object[] slots;
    private int resume;
    private boolean done;
    private Object buffered;
    private boolean hasBuffered;
    private Iterator<Object> delegate;

    Generator(IrInterpreter interp, IrFunction code, Py.PyFunction self, Object[] slots) {
        this.interp = interp;
        this.code = code;
        this.self = self;
        this.slots = slots;
    }

    public boolean hasNext() {
        while (!hasBuffered && !done) {
            if (delegate != null) {
                if (delegate.hasNext()) {
                    buffered = delegate.next();
                    hasBuffered = true;
                    break;
                }
                delegate = null;
            }
            Object r;
            try {
                r = interp.execute(code, self, slots, resume);
            } catch (RuntimeException e) {
                done = true;
                throw e;
            }
            if (r instanceof IrInterpreter.Suspended s) {
                resume = s.resume();
                if (s.delegate()) delegate = Ops.iter(s.value()).it();
                else {
                    buffered = s.value();
                    hasBuffered = true;
                }
            } else done = true;
        }
        return hasBuffered;
    }

    public Object next() {
        if (!hasNext()) throw new NoSuchElementException();
        hasBuffered = false;
        return buffered;
    }
}
