r"""Expected values of string literals, from CPython 3.12.

Regenerate with:  python3.12 string_cases.py > strings.expected
For each literal L, the program `x = L` is run as a file by CPython 3.12.1. A valid literal prints
repr(x); an invalid one prints the SyntaxError (via a sys.excepthook installed by sitecustomize).
Output lines, tab-separated: hex(literal), then either "ok" and hex(utf-8 of repr(value), with
surrogates escaped by repr), or "err", hex(utf-8 msg), lineno, offset, end_lineno, end_offset.
"""
import os
import subprocess
import sys
import tempfile

LITERALS = [
    rb"'abc'", rb'"abc"', rb"'''a'b''c'''", rb'"""a"b""c"""', rb"''", rb'""""""',
    rb"'\\ \' \" \a \b \f \n \r \t \v'", rb"'\0 \7 \17 \177 \377 \400 \777 \08'",
    rb"'\x41\x7e\xff'", rb"'\u0041\u20ac\uffff'", rb"'\U0001F600\U00000041'",
    # Not covered: rb"'\ud83d\ude00'" is two lone surrogates in CPython but one pair in a Java String.
    rb"'\ud800'", rb"'\udc00\ud800'",
    rb"'\N{BULLET}\N{LATIN SMALL LETTER A}\N{latin capital letter b}'", rb"'\N{LINE FEED}\N{NULL}'",
    rb"'\N{EM DASH}\N{HANGUL SYLLABLE GA}\N{CJK UNIFIED IDEOGRAPH-4E00}'",
    rb"'\d \w \s \. \{'", b"'a\\\nb'", b"'''a\nb\\\nc'''",
    b"'\xc3\xa9\\x41\xe2\x82\xac'", b"'\\\xc3\xa9'",
    rb"r'\n\x41\''", rb"R'\N{BULLET}'", rb"r'\\'", rb"u'abc'", rb"U'\x41'",
    rb"b'abc'", rb"b'\x00\xff\x7f'", rb"b'\0\377\400\777'", rb"b'\u0041\N{BULLET}\d'", rb"B'\n\t\\'",
    rb"br'\x00'", rb"Rb'\n'", b"b'a\\\nb'",
    # errors
    rb"'\x4'", rb"'\x4g'", rb"'\x'", rb"'ab\x4g'", b"'\xc3\xa9\\u12'", rb"'\U00110000'", rb"'\U0011'",
    rb"'\N{foo}'", rb"'\N'", rb"'\Nx'", rb"'\N{}'", rb"'\N{LATIN'", rb"'\N{ BULLET}'",
    rb"b'\x1'", rb"b'\xz0'", rb"b'ab\x'", b"b'\xc3\xa9'", b"b'''a\n\xc3\xa9'''",
]

HOOK = '''import sys
def _hook(t, e, tb):
    print(repr((t.__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)))
sys.excepthook = _hook
'''


def main():
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "sitecustomize.py"), "w") as f:
            f.write(HOOK)
        for lit in LITERALS:
            path = os.path.join(d, "case.py")
            with open(path, "wb") as f:
                f.write(b"x = " + lit + b"\nprint(ascii(repr(x)))\n")
            env = dict(os.environ, PYTHONPATH=d)
            p = subprocess.run([sys.executable, "-W", "ignore", path], capture_output=True, env=env)
            out = p.stdout.decode().strip()
            if out.startswith("("):
                t, msg, line, off, eline, eoff = eval(out)
                fields = [lit.hex(), "err", msg.encode().hex(), str(line), str(off), str(eline), str(eoff)]
            else:
                fields = [lit.hex(), "ok", eval(out).encode("utf-8", "surrogatepass").hex()]
            print("\t".join(fields))


if __name__ == "__main__":
    main()
