"""Record what CPython 3.12 says about every program in cases/.

Run with CPython 3.12 from any folder:
    python3.12 compiler/frontend/src/test/resources/syntax-errors/generate.py

For each cases/*.py it stores in expected.json:
  - "compile": the exception raised by compile(bytes, name, 'exec', flags=ast.PyCF_ONLY_AST)
    (type, msg, lineno, offset, end_lineno, end_offset, text), i.e. the parse stage's verdict;
  - "stderr": the last 4 lines python3.12 -X utf8 NAME prints when run with cwd = cases/
    (CPython prints the script's absolute path; the cases/ folder prefix is removed so the
    expectation names just the file, as a Diagnostic with file=NAME renders);
  - "run": the SyntaxError the file run raised, caught by a sys.excepthook installed through a
    sitecustomize module ("located": whether it carries a location, i.e. prints a File line);
  - "same": whether the file run raised the compile() error with the same positions
    (running a file reads it through another tokenizer path, which words a few encoding
    errors differently and places a few end-of-file errors elsewhere).
A case that compile() accepts is an error in the corpus: the script stops.
"""
import ast
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

assert sys.version_info[:2] == (3, 12), "run with CPython 3.12"

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")


def compile_error(name, data):
    try:
        compile(data, name, "exec", flags=ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        return {
            "type": type(e).__name__,
            "msg": e.msg,
            "lineno": e.lineno,
            "offset": e.offset,
            "end_lineno": e.end_lineno,
            "end_offset": e.end_offset,
            "text": e.text,
        }
    except ValueError as e:
        return {"type": type(e).__name__, "msg": str(e), "lineno": None, "offset": None,
                "end_lineno": None, "end_offset": None, "text": None}
    sys.exit("case is accepted by ast.parse, remove it: " + name)


# Installed through PYTHONPATH as sitecustomize: sys.excepthook sees the very exception
# object the interpreter prints, so the file run's own positions are recorded too.
HOOK = """
import json, os, sys
def _molt_hook(t, e, tb):
    if isinstance(e, SyntaxError):
        info = {k: getattr(e, k, None) for k in ("msg", "lineno", "offset", "end_lineno", "end_offset", "text")}
        info["type"] = t.__name__
        info["located"] = e.args[1:] != ()
        with open(os.environ["MOLT_CAPTURE"], "w", encoding="utf-8") as f:
            json.dump(info, f)
    sys.__excepthook__(t, e, tb)
sys.excepthook = _molt_hook
"""


def run_file(name, hook_dir):
    capture = os.path.join(hook_dir, name + ".json")
    env = dict(os.environ)
    env.pop("PYTHONSTARTUP", None)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONPATH"] = hook_dir
    env["MOLT_CAPTURE"] = capture
    proc = subprocess.run([sys.executable, "-X", "utf8", name], cwd=CASES, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    err = proc.stderr.decode("utf-8", "backslashreplace")
    # CPython makes the main script's path absolute; keep expectations independent of the checkout
    err = err.replace(os.path.join(CASES, ""), "")
    run = None
    if os.path.exists(capture):
        with open(capture, encoding="utf-8") as f:
            run = json.load(f)
        run["msg"] = run["msg"].replace(os.path.join(CASES, ""), "")
    return proc.returncode, err.splitlines()[-4:], run


def record(name, hook_dir):
    with open(os.path.join(CASES, name), "rb") as f:
        data = f.read()
    comp = compile_error(name, data)
    code, lines, run = run_file(name, hook_dir)
    same = run is not None and all(run[k] == comp[k] for k in
                                   ("type", "msg", "lineno", "offset", "end_lineno", "end_offset"))
    return {"file": name, "compile": comp, "run": run, "exit": code, "stderr": lines, "same": same}


def main():
    names = sorted(n for n in os.listdir(CASES) if n.endswith(".py"))
    with tempfile.TemporaryDirectory() as hook_dir:
        with open(os.path.join(hook_dir, "sitecustomize.py"), "w", encoding="utf-8") as f:
            f.write(HOOK)
        with ThreadPoolExecutor(max_workers=2) as pool:
            cases = list(pool.map(lambda n: record(n, hook_dir), names))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="ascii", newline="\n") as f:
        json.dump({"python": sys.version.split()[0], "cases": cases}, f, indent=1, ensure_ascii=True)
        f.write("\n")
    differ = [c["file"] for c in cases if not c["same"]]
    print("%d cases, %d where running the file reports differently: %s" % (len(cases), len(differ), differ))


if __name__ == "__main__":
    main()
