for spec in ["d", "5d", "<5d", "^5d", ">5d", "05d", "+d", " d", ",d", "_d", "x", "X", "#x", "o", "#o", "b", "#b", "c"]:
    print(spec, "[" + format(65, spec) + "]", "[" + format(-1234567, spec if spec != "c" else "d") + "]")
