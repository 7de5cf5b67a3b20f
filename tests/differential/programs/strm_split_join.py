print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("  one  two   three ".split(), "".split(), "".split(","))
print("line1\nline2\r\nline3\n".splitlines(), "x\ny\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(map(str, range(4))))
print("key=value=more".partition("="), "no sep".partition("="), "a.b.c".rpartition("."))
try:
    "".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
