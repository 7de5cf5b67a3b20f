package dev.molt.frontend;

import dev.molt.frontend.ast.PyRepr;
import dev.molt.frontend.testing.CPython;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PyRepr against the reference interpreter's own repr(), computed by one CPython process per test. */
class PyReprTest {

    /** Reads hex bit patterns on stdin and prints repr(float) of each, one per line. */
    private static final String FLOAT_REPRS = String.join("\n",
            "import struct, sys",
            "out = []",
            "for line in sys.stdin:",
            "    out.append(repr(struct.unpack('<d', struct.pack('<Q', int(line, 16)))[0]))",
            "sys.stdout.write('\\n'.join(out) + '\\n')");

    @Test
    void floatReprMatchesCPython() {
        List<Double> values = floatSample();
        StringBuilder in = new StringBuilder();
        for (double d : values) in.append(Long.toHexString(Double.doubleToRawLongBits(d))).append('\n');
        String[] want = CPython.runScript(FLOAT_REPRS, List.of(), in.toString().getBytes(StandardCharsets.US_ASCII)).split("\n");
        assertEquals(values.size(), want.length);
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            StringBuilder sb = new StringBuilder();
            PyRepr.floatRepr(sb, values.get(i));
            if (!sb.toString().equals(want[i])) {
                diffs.add(Long.toHexString(Double.doubleToRawLongBits(values.get(i))) + ": want " + want[i] + " got " + sb);
            }
        }
        System.out.println("float repr: " + (values.size() - diffs.size()) + "/" + values.size() + " identical");
        assertTrue(diffs.isEmpty(), diffs.size() + " differ, first: " + diffs.subList(0, Math.min(20, diffs.size())));
    }

    /** Random bit patterns, powers of ten and their neighbours, subnormals and range boundaries. */
    private static List<Double> floatSample() {
        List<Double> v = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(20261123);
        for (int i = 0; i < 12000; i++) v.add(Double.longBitsToDouble(rnd.nextLong()));
        for (int i = 0; i < 3000; i++) v.add(rnd.nextDouble() * Math.pow(10, rnd.nextInt(-30, 30)));
        for (int i = 0; i < 1000; i++) v.add((double) rnd.nextLong(-(1L << 54), 1L << 54));
        for (int e = -325; e <= 309; e++) {
            double p = Double.parseDouble("1e" + e);
            v.add(p);
            v.add(Math.nextUp(p));
            v.add(Math.nextDown(p));
        }
        for (int i = 0; i < 1000; i++) v.add(Double.longBitsToDouble(rnd.nextLong(1, 1L << 52)));
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
                Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NaN, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e16, 1e17, 9007199254740992.0,
                9007199254740993.0, 1e-4, 1e-5, 0.0001, 0.00001, 123456789012345678.0, 1e15, 1e16 - 2, 5e-324,
                1.7976931348623157e308, 2.2250738585072014e-308, 100.0, 1e22, 1e23, 0.5, 1.5, 2.5};
        for (double d : special) v.add(d);
        for (int i = 1; i <= 17; i++) v.add(Math.pow(2, 53 + i) + 1);
        for (int i = 0; i < 1500; i++) {
            long digits = rnd.nextLong(1, 100000000000000000L);
            v.add(Double.parseDouble(digits + "e" + rnd.nextInt(-340, 300)));
        }
        return v;
    }

    /** Reads strings as JSON lines on stdin (so surrogates survive) and prints their repr as JSON lines. */
    private static final String STR_REPRS = String.join("\n",
            "import json, sys",
            "for line in sys.stdin.buffer:",
            "    s = json.loads(line)",
            "    print(json.dumps(repr(s)))");

    @Test
    void strReprMatchesCPython() {
        List<String> values = strSample();
        StringBuilder in = new StringBuilder();
        for (String s : values) in.append(jsonString(s)).append('\n');
        String[] want = CPython.runScript(STR_REPRS, List.of(), in.toString().getBytes(StandardCharsets.US_ASCII)).split("\n");
        assertEquals(values.size(), want.length);
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String got = jsonString(PyRepr.str(values.get(i)));
            if (!got.equals(want[i])) diffs.add("want " + want[i] + " got " + got);
        }
        System.out.println("str repr: " + (values.size() - diffs.size()) + "/" + values.size() + " identical");
        assertTrue(diffs.isEmpty(), diffs.size() + " differ, first: " + diffs.subList(0, Math.min(20, diffs.size())));
    }

    private static List<String> strSample() {
        List<String> v = new ArrayList<>(List.of("", "a", "'", "\"", "'\"", "it's", "say \"hi\"", "both ' and \"",
                "\\", "\\'", "\t\n\r", "\0\1\u001f\u007f", "\u0080\u009f\u00a0\u00ad\u00ff", "caf\u00e9",
                "\u2028\u2029", "\u200b\u200e\ufeff", "\ud800", "\udfff", "a\ud83dz", "\ud83d\ude00",
                "\uDB40\uDC01", "\uDBFF\uDFFF", "\u0378", "\ue000", "\ufffd\ufffe\uffff", "\u3000\u3042",
                "\u0301e\u0301", "\uD834\uDD1E", "\uD800\uDC00", "\u1680\u180e", "\u00a0x", "x\u061c"));
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(1, 8);
            for (int k = 0; k < n; k++) {
                int kind = rnd.nextInt(5);
                int cp = switch (kind) {
                    case 0 -> rnd.nextInt(0, 0x100);
                    case 1 -> rnd.nextInt(0x100, 0x3000);
                    case 2 -> rnd.nextInt(0, 0x10000);
                    case 3 -> rnd.nextInt(0x10000, 0x110000);
                    default -> rnd.nextInt(0xd800, 0xe000);
                };
                if (cp >= 0x10000) sb.appendCodePoint(cp); else sb.append((char) cp);
            }
            v.add(sb.toString());
        }
        return v;
    }

    /** Every non-ASCII UTF-16 unit escaped, as Python's json.dumps does by default. */
    private static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c == '\b') sb.append("\\b");
            else if (c == '\f') sb.append("\\f");
            else if (c < 0x20 || c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }
}
