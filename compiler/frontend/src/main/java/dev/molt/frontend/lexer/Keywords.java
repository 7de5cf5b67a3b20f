package dev.molt.frontend.lexer;

import static dev.molt.frontend.lexer.TokenKind.*;

/** Hard keywords; soft keywords (match, case, type, _) stay NAME as in CPython's grammar. */
final class Keywords {
    private Keywords() {}

    /** The keyword kind of an identifier spelled in buf[from, to), or NAME. */
    static TokenKind lookup(char[] buf, int from, int to) {
        int len = to - from;
        if (len < 2 || len > 8) return NAME;
        char c = buf[from];
        // Dispatching on the first char avoids building a String for most identifiers.
        switch (c) {
            case 'F': return is(buf, from, len, "False") ? FALSE : NAME;
            case 'N': return is(buf, from, len, "None") ? NONE : NAME;
            case 'T': return is(buf, from, len, "True") ? TRUE : NAME;
            case 'a':
                if (is(buf, from, len, "and")) return AND;
                if (is(buf, from, len, "as")) return AS;
                if (is(buf, from, len, "assert")) return ASSERT;
                if (is(buf, from, len, "async")) return ASYNC;
                if (is(buf, from, len, "await")) return AWAIT;
                return NAME;
            case 'b': return is(buf, from, len, "break") ? BREAK : NAME;
            case 'c':
                if (is(buf, from, len, "class")) return CLASS;
                if (is(buf, from, len, "continue")) return CONTINUE;
                return NAME;
            case 'd':
                if (is(buf, from, len, "def")) return DEF;
                if (is(buf, from, len, "del")) return DEL;
                return NAME;
            case 'e':
                if (is(buf, from, len, "elif")) return ELIF;
                if (is(buf, from, len, "else")) return ELSE;
                if (is(buf, from, len, "except")) return EXCEPT;
                return NAME;
            case 'f':
                if (is(buf, from, len, "finally")) return FINALLY;
                if (is(buf, from, len, "for")) return FOR;
                if (is(buf, from, len, "from")) return FROM;
                return NAME;
            case 'g': return is(buf, from, len, "global") ? GLOBAL : NAME;
            case 'i':
                if (is(buf, from, len, "if")) return IF;
                if (is(buf, from, len, "import")) return IMPORT;
                if (is(buf, from, len, "in")) return IN;
                if (is(buf, from, len, "is")) return IS;
                return NAME;
            case 'l': return is(buf, from, len, "lambda") ? LAMBDA : NAME;
            case 'n':
                if (is(buf, from, len, "nonlocal")) return NONLOCAL;
                if (is(buf, from, len, "not")) return NOT;
                return NAME;
            case 'o': return is(buf, from, len, "or") ? OR : NAME;
            case 'p': return is(buf, from, len, "pass") ? PASS : NAME;
            case 'r':
                if (is(buf, from, len, "raise")) return RAISE;
                if (is(buf, from, len, "return")) return RETURN;
                return NAME;
            case 't': return is(buf, from, len, "try") ? TRY : NAME;
            case 'w':
                if (is(buf, from, len, "while")) return WHILE;
                if (is(buf, from, len, "with")) return WITH;
                return NAME;
            case 'y': return is(buf, from, len, "yield") ? YIELD : NAME;
            default: return NAME;
        }
    }

    private static boolean is(char[] buf, int from, int len, String kw) {
        if (kw.length() != len) return false;
        for (int i = 1; i < len; i++) if (buf[from + i] != kw.charAt(i)) return false;
        return true;
    }
}
