def parse(text):
    if not text.isdigit():
        raise ValueError(f"invalid literal: {text!r}")
    return int(text)


total = 0
for item in ["1", "22", "x3"]:
    total += parse(item)
    print("total", total)
