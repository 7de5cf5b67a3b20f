package dev.molt.frontend.ast;

import com.google.protobuf.ByteString;
import java.math.BigInteger;
import java.util.Arrays;

/** The value of a {@code Constant} or {@code MatchSingleton}: one of the Python constants a literal can denote. */
public sealed interface ConstValue {
    /** Appends the Python {@code repr()} of this value. */
    void repr(StringBuilder sb);

    record None() implements ConstValue {
        public void repr(StringBuilder sb) { sb.append("None"); }
    }

    record Bool(boolean value) implements ConstValue {
        public void repr(StringBuilder sb) { sb.append(value ? "True" : "False"); }
    }

    record Ellipsis() implements ConstValue {
        public void repr(StringBuilder sb) { sb.append("Ellipsis"); }
    }

    record Int(BigInteger value) implements ConstValue {
        public void repr(StringBuilder sb) { sb.append(value); }
    }

    record Float(double value) implements ConstValue {
        public void repr(StringBuilder sb) { PyRepr.floatRepr(sb, value); }
    }

    /** An imaginary literal: {@code complex(0.0, imag)}. */
    record Complex(double imag) implements ConstValue {
        public void repr(StringBuilder sb) {
            PyRepr.floatRepr(sb, imag, false);
            sb.append('j');
        }
    }

    /**
     * A str. {@code value} is exact unless the literal spelled surrogate code points with escapes
     * ({@code "\ud83d\ude00"} is two code points in Python, while a Java String would read the same
     * chars as one emoji): then {@code codePoints} holds the exact content and {@code value} is only
     * the UTF-16 rendering of it.
     */
    record Str(String value, int[] codePoints) implements ConstValue {
        public Str(String value) {
            this(value, null);
        }

        /** The Python code points of this str. */
        public int[] codePointArray() {
            return codePoints != null ? codePoints : value.codePoints().toArray();
        }

        public boolean isEmpty() { return value.isEmpty(); }

        /** Concatenation that keeps escaped surrogates distinct. */
        public static Str concat(java.util.List<Str> parts) {
            StringBuilder sb = new StringBuilder();
            boolean exact = true;
            for (Str p : parts) {
                sb.append(p.value);
                exact &= p.codePoints == null;
            }
            if (exact) return new Str(sb.toString());
            int[][] each = new int[parts.size()][];
            int n = 0;
            for (int i = 0; i < each.length; i++) n += (each[i] = parts.get(i).codePointArray()).length;
            int[] all = new int[n];
            int at = 0;
            for (int[] cps : each) {
                System.arraycopy(cps, 0, all, at, cps.length);
                at += cps.length;
            }
            return new Str(sb.toString(), all);
        }

        public void repr(StringBuilder sb) {
            if (codePoints == null) PyRepr.str(sb, value);
            else PyRepr.str(sb, codePoints);
        }

        @Override public boolean equals(Object o) {
            return o instanceof Str x && value.equals(x.value) && Arrays.equals(codePointArray(), x.codePointArray());
        }

        @Override public int hashCode() { return value.hashCode(); }

        @Override public String toString() { StringBuilder sb = new StringBuilder(); repr(sb); return sb.toString(); }
    }

    record Bytes(byte[] value) implements ConstValue {
        public void repr(StringBuilder sb) { PyRepr.bytes(sb, value); }

        @Override public boolean equals(Object o) { return o instanceof Bytes b && Arrays.equals(value, b.value); }

        @Override public int hashCode() { return Arrays.hashCode(value); }

        @Override public String toString() { StringBuilder sb = new StringBuilder(); repr(sb); return sb.toString(); }
    }

    None NONE = new None();
    Bool TRUE = new Bool(true);
    Bool FALSE = new Bool(false);
    Ellipsis ELLIPSIS = new Ellipsis();

    static dev.molt.proto.ast.v1.ConstValue toProto(ConstValue v) {
        var b = dev.molt.proto.ast.v1.ConstValue.newBuilder();
        if (v instanceof None) b.setNone(true);
        else if (v instanceof Bool x) b.setBoolValue(x.value());
        else if (v instanceof Ellipsis) b.setEllipsis(true);
        else if (v instanceof Int x) b.setIntDecimal(x.value().toString());
        else if (v instanceof Float x) b.setFloatValue(x.value());
        else if (v instanceof Complex x) b.setComplexImag(x.imag());
        else if (v instanceof Str x) {
            if (x.codePoints() != null || hasLoneSurrogate(x.value())) b.setStrUtf32Be(ByteString.copyFrom(utf32be(x.codePointArray())));
            else b.setStrValue(x.value());
        } else if (v instanceof Bytes x) b.setBytesValue(ByteString.copyFrom(x.value()));
        return b.build();
    }

    static ConstValue fromProto(dev.molt.proto.ast.v1.ConstValue p) {
        switch (p.getValueCase()) {
            case NONE: return NONE;
            case BOOL_VALUE: return p.getBoolValue() ? TRUE : FALSE;
            case ELLIPSIS: return ELLIPSIS;
            case INT_DECIMAL: return new Int(new BigInteger(p.getIntDecimal()));
            case FLOAT_VALUE: return new Float(p.getFloatValue());
            case COMPLEX_IMAG: return new Complex(p.getComplexImag());
            case STR_VALUE: return new Str(p.getStrValue());
            case STR_UTF32BE: {
                java.nio.IntBuffer ints = p.getStrUtf32Be().asReadOnlyByteBuffer().asIntBuffer();
                int[] cps = new int[ints.remaining()];
                ints.get(cps);
                StringBuilder sb = new StringBuilder();
                for (int cp : cps) sb.appendCodePoint(cp);
                return new Str(sb.toString(), cps);
            }
            case BYTES_VALUE: return new Bytes(p.getBytesValue().toByteArray());
            default: throw new IllegalArgumentException("empty ConstValue");
        }
    }

    private static byte[] utf32be(int[] cps) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(cps.length * 4);
        b.asIntBuffer().put(cps);
        return b.array();
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return true;
        }
        return false;
    }
}
