def tag(s):
    return "<" + s + ">"
