package dev.molt.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.codegen.LlvmBuilder.Cast;
import dev.molt.codegen.LlvmBuilder.CheckedOp;
import dev.molt.codegen.LlvmBuilder.Compare;
import dev.molt.codegen.LlvmBuilder.FloatCompare;
import dev.molt.codegen.LlvmBuilder.FloatOp;
import dev.molt.codegen.LlvmBuilder.IntOp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every builder operation produces IR that verifies and compiles for both targets. */
class LlvmBuilderTest {

    /** i64 fact(i64 n): n! with overflow-checked multiply, -1 on overflow. */
    static LlvmFunction factorial(LlvmModule m) {
        LlvmFunction f = m.function("fact", m.functionType(m.i64(), m.i64()));
        LlvmBlock entry = f.appendBlock("entry");
        LlvmBlock loop = f.appendBlock("loop");
        LlvmBlock body = f.appendBlock("body");
        LlvmBlock next = f.appendBlock("next");
        LlvmBlock done = f.appendBlock("done");
        LlvmBlock overflow = f.appendBlock("overflow");
        LlvmBuilder b = m.builder();
        LlvmValue one = m.constInt(m.i64(), 1);
        b.positionAtEnd(entry).br(loop);
        b.positionAtEnd(loop);
        LlvmPhi i = b.phi(m.i64()).addIncoming(one, entry);
        LlvmPhi acc = b.phi(m.i64()).addIncoming(one, entry);
        b.condBr(b.compare(Compare.SGT, i, f.param(0)), done, body);
        b.positionAtEnd(body);
        LlvmBuilder.Checked product = b.checked(CheckedOp.MUL, acc, i);
        b.condBr(product.overflow(), overflow, next);
        b.positionAtEnd(next);
        i.addIncoming(b.add(i, one), next);
        acc.addIncoming(product.value(), next);
        b.br(loop);
        b.positionAtEnd(done).ret(acc);
        b.positionAtEnd(overflow).ret(m.constInt(m.i64(), -1));
        return f;
    }

    /** Memory, casts, floats, globals, select: a function touching every remaining operation. */
    static void everythingElse(LlvmModule m) {
        LlvmType pair = m.structType(m.i64(), m.f64());
        LlvmValue counter = m.global("counter", m.i64(), null, false);
        m.global("limit", m.i64(), m.constInt(m.i64(), 7), true);
        LlvmFunction g = m.function("mix", m.functionType(m.f64(), m.i32(), m.f64())).makeInternal();
        LlvmBuilder b = m.builder().positionAtEnd(g.appendBlock("entry"));
        LlvmValue slot = b.alloca(pair);
        LlvmValue array = b.alloca(m.arrayType(m.i64(), 4));
        LlvmValue wide = b.cast(Cast.SEXT, g.param(0), m.i64());
        b.store(wide, b.fieldPtr(pair, slot, 0));
        b.store(g.param(1), b.fieldPtr(pair, slot, 1));
        LlvmValue third = b.elementPtr(m.i64(), array, m.constInt(m.i64(), 2));
        b.store(b.binary(IntOp.SREM, wide, m.constInt(m.i64(), 3)), third);
        LlvmValue mixed = b.binary(IntOp.XOR, b.load(m.i64(), third), b.load(m.i64(), counter));
        b.store(b.binary(IntOp.SHL, mixed, m.constInt(m.i64(), 1)), counter);
        LlvmValue asFloat = b.cast(Cast.SITOFP, b.load(m.i64(), b.fieldPtr(pair, slot, 0)), m.f64());
        LlvmValue sum = b.floatBinary(FloatOp.FADD, asFloat, b.load(m.f64(), b.fieldPtr(pair, slot, 1)));
        LlvmValue isNan = b.compareFloat(FloatCompare.UNE, sum, sum);
        LlvmValue narrow = b.cast(Cast.TRUNC, b.cast(Cast.ZEXT, isNan, m.i64()), m.i8());
        LlvmValue result = b.select(b.compare(Compare.NE, narrow, m.constZero(m.i8())), m.constDouble(0.0), sum);
        b.ret(b.floatBinary(FloatOp.FDIV, result, m.constDouble(2.0)));
        // Keep mix alive: an internal function nobody calls would be dropped at O2.
        LlvmFunction user = m.function("use_mix", m.functionType(m.f64()));
        LlvmBuilder u = m.builder().positionAtEnd(user.appendBlock("entry"));
        u.ret(u.call(g, m.constInt(m.i32(), 5), m.constDouble(1.5)));
        LlvmFunction trap = m.function("never", m.functionType(m.voidType()));
        m.builder().positionAtEnd(trap.appendBlock("entry")).unreachable();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void allOperationsVerifyAndCompile(Target target) throws CodegenException {
        try (LlvmModule m = LlvmModule.create("ops.py", target)) {
            factorial(m);
            everythingElse(m);
            CodeGenerator.verify(m);
            String before = m.toText();
            assertTrue(before.contains("call { i64, i1 } @llvm.smul.with.overflow.i64(i64"), before);
            assertTrue(before.contains("phi i64 [ 1, %entry ]"), before);
            assertTrue(before.contains("@counter = internal global i64 0"), before);
            assertTrue(before.contains("@limit = global i64 7"), before);
            ObjectCode object = CodeGenerator.compile(m, OptLevel.O2);
            assertTrue(object.size() > 0);
            String after = m.toText();
            // mix is internal and called once: O2 inlines it away.
            assertTrue(!after.contains("define internal double @mix"), after);
        }
    }
}
