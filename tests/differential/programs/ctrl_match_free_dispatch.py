def dispatch(cmd, *args):
    handlers = {
        "add": lambda a, b: a + b,
        "neg": lambda a: -a,
        "cat": lambda *s: "".join(s),
    }
    h = handlers.get(cmd)
    if h is None:
        return "unknown " + cmd
    return h(*args)

print(dispatch("add", 2, 3))
print(dispatch("neg", 8))
print(dispatch("cat", "a", "b", "c"))
print(dispatch("mul", 1))
