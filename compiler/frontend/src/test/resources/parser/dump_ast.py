"""Reference dumps for the parser parity tests (run by CPython 3.12).

Reads source file paths, one per line, on stdin and prints one line per file:
    <path> TAB OK TAB <ast.dump(tree, include_attributes=True)>
    <path> TAB ERR TAB <type> TAB <lineno> TAB <offset> TAB <end_lineno> TAB <end_offset> TAB <msg>
ast.dump output never holds a raw tab or newline (strings are repr'd), so lines stay parseable.
With --snippets, stdin is a JSON list of source strings and <path> is the list index.
With --error-examples DIR, the invalid programs that CPython's own tests feed the parser (the
doctests of test_syntax, and every string constant of a few test modules that ast.parse rejects)
are written to DIR as NNNNN.py, then reported as above.
"""
import ast
import json
import sys


def eof_column(src, e):
    """An error placed by the tokenizer's position at end of file.

    ast.parse (a string) reports the last line's length plus one there; running the file, which
    is what Molt matches, reports 0. The tests compare with the file run.
    """
    if getattr(e, "end_offset", None) not in (-1, None) or not isinstance(src, bytes):
        return False
    # only the parser's own "expected ..." errors; the tokenizer's are placed alike both ways
    if not (getattr(e, "msg", "") or "").startswith("expected "):
        return False
    lines = src.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    if not lines or e.lineno != len(lines):
        return False
    last = lines[-1].decode("utf-8", "replace").encode("utf-8")
    return e.offset == len(last) + 1


def one(src, filename):
    try:
        tree = ast.parse(src, filename)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        offset = getattr(e, "offset", None)
        if eof_column(src, e):
            offset = 0
        fields = [type(e).__name__] + [str(v) for v in (getattr(e, "lineno", None), offset,
                                                         getattr(e, "end_lineno", None),
                                                         getattr(e, "end_offset", None))]
        msg = getattr(e, "msg", None) or str(e)
        return "ERR\t" + "\t".join(fields) + "\t" + msg.replace("\n", " ").replace("\t", " ")
    try:
        return "OK\t" + ast.dump(tree, include_attributes=True)
    except RecursionError:
        return "ERR\tRecursionError\tNone\tNone\tNone\tNone\tdump too deep"


ERROR_EXAMPLE_MODULES = [
    "test_fstring", "test_exceptions", "test_grammar", "test_patma", "test_type_params",
    "test_positional_only_arg", "test_unpack_ex", "test_genexps", "test_eof", "test_keywordonlyarg",
    "test_named_expressions", "test_string_literals", "test_type_aliases", "test_compile", "test_ast",
    "test_except_star", "test_with", "test_decorators", "test_global", "test_lambda",
]


def error_examples(folder):
    import doctest
    import os
    import warnings
    warnings.simplefilter("ignore")
    test_dir = os.path.join(os.path.dirname(ast.__file__), "test")
    sources = []
    with open(os.path.join(test_dir, "test_syntax.py"), "rb") as f:
        doc = ast.get_docstring(ast.parse(f.read()))
    sources += [ex.source for ex in doctest.DocTestParser().get_examples(doc)]
    for name in ERROR_EXAMPLE_MODULES:
        path = os.path.join(test_dir, name + ".py")
        if not os.path.exists(path):
            continue
        with open(path, "rb") as f:
            tree = ast.parse(f.read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) < 400:
                sources.append(node.value)
    seen = set()
    for src in sources:
        if src in seen or "\0" in src:
            continue
        seen.add(src)
        try:
            data = src.encode("utf-8")
            ast.parse(data)
            continue
        except SyntaxError:
            pass
        except Exception:
            continue
        path = os.path.join(folder, "%05d.py" % len(seen))
        with open(path, "wb") as f:
            f.write(data)
        with open(path, "rb") as f:
            sys.stdout.write(path + "\t" + one(f.read(), path) + "\n")


def main():
    out = sys.stdout
    if "--error-examples" in sys.argv:
        error_examples(sys.argv[sys.argv.index("--error-examples") + 1])
        return
    if "--snippets" in sys.argv:
        for i, src in enumerate(json.load(sys.stdin)):
            out.write(str(i) + "\t" + one(src.encode("utf-8", "surrogatepass"), "<snippet>") + "\n")
        return
    for line in sys.stdin:
        path = line.rstrip("\n")
        if path:
            with open(path, "rb") as f:
                out.write(path + "\t" + one(f.read(), path) + "\n")


if __name__ == "__main__":
    main()
