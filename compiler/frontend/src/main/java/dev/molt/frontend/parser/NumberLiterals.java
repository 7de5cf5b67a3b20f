package dev.molt.frontend.parser;

import dev.molt.frontend.ast.ConstValue;
import java.math.BigInteger;

/** NUMBER token text to its value, as CPython's parsenumber does (the lexer has checked the form). */
final class NumberLiterals {
    private NumberLiterals() {}

    static ConstValue parse(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') return new ConstValue.Complex(parseFloat(s.substring(0, s.length() - 1)));
        if (s.length() > 1 && s.charAt(0) == '0') {
            char radix = Character.toLowerCase(s.charAt(1));
            if (radix == 'x') return new ConstValue.Int(new BigInteger(s.substring(2), 16));
            if (radix == 'o') return new ConstValue.Int(new BigInteger(s.substring(2), 8));
            if (radix == 'b') return new ConstValue.Int(new BigInteger(s.substring(2), 2));
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') return new ConstValue.Float(parseFloat(s));
        }
        if (s.length() <= 18) return new ConstValue.Int(BigInteger.valueOf(Long.parseLong(s)));
        return new ConstValue.Int(new BigInteger(s));
    }

    /** Java's parser rounds correctly like CPython's; it just spells infinity differently. */
    private static double parseFloat(String s) {
        return Double.parseDouble(s);
    }
}
