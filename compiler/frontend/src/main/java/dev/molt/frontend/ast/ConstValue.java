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

    /** A str; may hold lone surrogates (from escapes like {@code "\ud800"}). */
    record Str(String value) implements ConstValue {
        public void repr(StringBuilder sb) { PyRepr.str(sb, value); }
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
            if (hasLoneSurrogate(x.value())) b.setStrUtf16Be(ByteString.copyFrom(utf16be(x.value())));
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
            case STR_UTF16BE: {
                byte[] b = p.getStrUtf16Be().toByteArray();
                char[] cs = new char[b.length / 2];
                for (int i = 0; i < cs.length; i++) cs[i] = (char) (((b[2 * i] & 0xFF) << 8) | (b[2 * i + 1] & 0xFF));
                return new Str(new String(cs));
            }
            case BYTES_VALUE: return new Bytes(p.getBytesValue().toByteArray());
            default: throw new IllegalArgumentException("empty ConstValue");
        }
    }

    /** Code units as big-endian bytes; unlike the JDK encoder this keeps lone surrogates. */
    private static byte[] utf16be(String s) {
        byte[] b = new byte[s.length() * 2];
        for (int i = 0; i < s.length(); i++) {
            b[2 * i] = (byte) (s.charAt(i) >> 8);
            b[2 * i + 1] = (byte) s.charAt(i);
        }
        return b;
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
