"""Dump CPython 3.12's token stream for the lexer parity test.

Usage: python3.12 tokens.py FILE...   (or file names on stdin, one per line, when none are given)
Prints, per file, one line "FILE <path>" and then one JSON array per token:
[type, string, start_line, start_col, end_line, end_col] with character columns, as tokenize
reports them. COMMENT, NL and ENCODING tokens are left out; OP tokens carry their exact type name.
A file that tokenize rejects prints "ERROR <message>" instead of its tokens.
"""
import json
import sys
import token
import tokenize

SKIP = {tokenize.COMMENT, tokenize.NL, tokenize.ENCODING}


def dump(path, out):
    out.write("FILE " + path + "\n")
    try:
        with open(path, "rb") as f:
            toks = list(tokenize.tokenize(f.readline))
    except (SyntaxError, tokenize.TokenError, UnicodeDecodeError) as e:
        out.write("ERROR " + str(e).replace("\n", " ") + "\n")
        return
    for t in toks:
        if t.type in SKIP:
            continue
        name = token.tok_name[t.exact_type if t.type == tokenize.OP else t.type]
        out.write(json.dumps([name, t.string, t.start[0], t.start[1], t.end[0], t.end[1]]) + "\n")


def main():
    paths = sys.argv[1:] or [line.rstrip("\n") for line in sys.stdin if line.strip()]
    out = sys.stdout
    for p in paths:
        dump(p, out)


if __name__ == "__main__":
    main()
