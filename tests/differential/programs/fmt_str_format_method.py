print("{} and {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name}={value:>5}".format(name="k", value=42))
print("{0[1]} {1[key]}".format([9, 8], {"key": "v"}))
print("{:*^9}|{:08.3f}|{!r}".format("mid", 3.14159, "q"))
class O:
    attr = "attribute"
print("{0.attr}".format(O()))
print("{{}} {}".format(1))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
