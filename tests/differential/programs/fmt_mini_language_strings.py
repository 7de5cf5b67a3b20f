for spec in ["", "10", "<10", ">10", "^10", "*^11", "-<8", ".2", "10.3", "=>6"]:
    try:
        print(repr(spec), "[" + format("hello", spec) + "]")
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
