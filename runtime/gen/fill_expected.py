"""Fills the expected texts of CASE(...) lines in runtime/tests/test_*.c from CPython 3.12.

Usage: python3.12 runtime/gen/fill_expected.py runtime/tests/test_str.c [...]
A case is one line:  CASE("python expression", c_expression, "expected");
The python expression is evaluated by this interpreter; the third argument becomes repr(result),
or "ExcType: message" if it raised (just "ExcType" for an empty message).
"""
import re
import sys

assert sys.version_info[:2] == (3, 12), "run with CPython 3.12"

CASE = re.compile(r'^(\s*CASE\()("(?:[^"\\]|\\.)*")(, .*, )("(?:[^"\\]|\\.)*")(\);.*)$')


def c_unescape(lit):
    # C string literal -> Python source text.
    body = lit[1:-1]
    return bytes(body, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")


def c_escape(text):
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\x%02x" % ord(ch))
        else:
            out.append(ch)
    # A hex escape followed by a hex digit would merge in C: split the literal there.
    s = "".join(out)
    return '"' + re.sub(r'(\\x[0-9a-f]{2})(?=[0-9a-fA-F])', r'\1""', s) + '"'


def evaluate(src):
    try:
        return repr(eval(src, {}))
    except Exception as e:  # noqa: BLE001 - every exception is an expected outcome
        msg = str(e)
        return f"{type(e).__name__}: {msg}" if msg else type(e).__name__


for path in sys.argv[1:]:
    lines = open(path, encoding="utf-8").read().split("\n")
    for i, line in enumerate(lines):
        m = CASE.match(line)
        if m:
            expected = evaluate(c_unescape(m.group(2)))
            lines[i] = m.group(1) + m.group(2) + m.group(3) + c_escape(expected) + m.group(5)
    open(path, "w", encoding="utf-8").write("\n".join(lines))
