# Regenerates expected.txt with the reference interpreter: one line per case of cases.txt.
import sys

def cases(path):
    name, lines = None, []
    for line in open(path, encoding="utf-8").read().splitlines(keepends=True):
        if line.startswith("### "):
            if name: yield name, "".join(lines)
            name, lines = line[4:].strip(), []
        else:
            lines.append(line)
    if name: yield name, "".join(lines)

out = []
for name, src in cases(sys.argv[1]):
    try:
        compile(src, "case.py", "exec")
        out.append(f"{name}: OK")
    except SyntaxError as e:
        out.append(f"{name}: {type(e).__name__}: {e.msg} @{e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}")
sys.stdout.write("\n".join(out) + "\n")
