"""CPython's side of the parse benchmark: time ast.parse over every .py file under LIB that it accepts.

Usage: python3.12 cpython_parse.py LIB
Reads every file first and prints `file<TAB>path relative to LIB` for each one CPython parses (the
corpus both sides measure), `rejected<TAB>N`, then `ready`. After that each `round` line on stdin
runs one timed pass of ast.parse over the corpus and answers `round<TAB>seconds`; `quit` ends.
Rounds are driven from outside so that they can alternate with Molt's: both then see the same load.
"""
import ast
import os
import sys
import time
import warnings


def main():
    lib = sys.argv[1]
    # Invalid escape sequences in old files warn; printing warnings is not parsing.
    warnings.simplefilter("ignore")
    paths = []
    for folder, dirs, files in os.walk(lib):
        dirs.sort()
        paths.extend(os.path.join(folder, f) for f in sorted(files) if f.endswith(".py"))
    sources, rejected = [], 0
    for path in paths:
        with open(path, "rb") as f:
            source = f.read()
        try:
            ast.parse(source, path)
        except (SyntaxError, ValueError):  # ValueError: source with a NUL byte
            rejected += 1
            continue
        sources.append((path, source))
    out = sys.stdout
    for path, _ in sources:
        out.write("file\t" + os.path.relpath(path, lib) + "\n")
    out.write("rejected\t%d\nready\n" % rejected)
    out.flush()

    for command in sys.stdin:
        if command.strip() != "round":
            break
        start = time.perf_counter()
        for path, source in sources:
            ast.parse(source, path)
        out.write("round\t%r\n" % (time.perf_counter() - start))
        out.flush()


main()
