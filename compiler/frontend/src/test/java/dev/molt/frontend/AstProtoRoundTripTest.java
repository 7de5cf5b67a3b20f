package dev.molt.frontend;

import dev.molt.frontend.ast.AstDump;
import dev.molt.frontend.ast.AstProto;
import dev.molt.frontend.ast.ConstValue;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.Mod;
import dev.molt.frontend.ast.Stmt;
import dev.molt.frontend.suite.Frontend;
import dev.molt.frontend.suite.Stdlib;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The protobuf form of the AST loses nothing and is deterministic. */
class AstProtoRoundTripTest {

    @Test
    void stdlibSampleSurvivesTheRoundTrip() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path p : Stdlib.sample(80)) {
            Frontend.Parsed parsed = Frontend.parse(Stdlib.read(p), p.toString());
            if (!parsed.ok()) continue; // a few Lib/test files are invalid on purpose
            checked++;
            String problem = roundTripProblem(parsed.module());
            if (problem != null) problems.add(Stdlib.relative(p) + ": " + problem);
        }
        System.out.println("ast proto round trip: " + (checked - problems.size()) + "/" + checked + " identical");
        assertTrue(checked >= 60, "too few stdlib files parsed: " + checked);
        assertEquals(List.of(), problems);
    }

    @Test
    void constantsThatProtobufStringsCannotHoldSurviveTheRoundTrip() throws Exception {
        List<ConstValue> values = List.of(new ConstValue.Str("\ud800"), new ConstValue.Str("a\udfffb\ud83d\ude00"),
                new ConstValue.Str("\ud83d"), new ConstValue.Str(""), new ConstValue.Str("\0"),
                new ConstValue.Bytes(new byte[] {0, (byte) 0xff, '\''}), new ConstValue.Int(BigInteger.TEN.pow(100).negate()),
                new ConstValue.Float(Double.NaN), new ConstValue.Float(-0.0), new ConstValue.Float(Double.MIN_VALUE),
                new ConstValue.Complex(Double.POSITIVE_INFINITY), ConstValue.NONE, ConstValue.TRUE, ConstValue.ELLIPSIS);
        List<Stmt> body = new ArrayList<>();
        int line = 1;
        for (ConstValue v : values) {
            body.add(new Stmt.Expr(new Expr.Constant(v, v instanceof ConstValue.Str ? "u" : null, line, 0, line, 3),
                    line, 0, line, 3));
            line++;
        }
        Mod.Module m = new Mod.Module(body, List.of());
        assertEquals(null, roundTripProblem(m));
        Mod back = AstProto.fromBytes(AstProto.toBytes(m));
        Expr.Constant first = (Expr.Constant) ((Stmt.Expr) ((Mod.Module) back).body().get(0)).value();
        assertEquals("\ud800", ((ConstValue.Str) first.value()).value());
    }

    /** Null when {@code m} converts to bytes and back to an equal tree with identical bytes both times. */
    private static String roundTripProblem(Mod.Module m) throws Exception {
        byte[] once = AstProto.toBytes(m);
        byte[] twice = AstProto.toBytes(m);
        if (!java.util.Arrays.equals(once, twice)) return "serialization is not deterministic";
        Mod back = AstProto.fromBytes(once);
        if (!m.equals(back)) return "tree differs after the round trip";
        if (!AstDump.dump(m).equals(AstDump.dump(back))) return "dump differs after the round trip";
        assertArrayEquals(once, AstProto.toBytes(back), "bytes differ after the round trip");
        return null;
    }
}
