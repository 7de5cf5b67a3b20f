def shout(s):
    return s.upper() + "!"


def joined(parts, sep="-"):
    return sep.join(parts)
