# Errors from *args / **kwargs in calls, with CPython's messages.
def show(a, b=2, *rest, **kw):
    return (a, b, rest, kw)


class Box:
    def method(self, **kw):
        return kw


class Keys:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, key):
        return key.upper()


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "!!", e)


attempt("star int", lambda: show(*5))
attempt("star None", lambda: show(*None))
attempt("star after positional", lambda: show(1, *7))
attempt("star in list display", lambda: [*3])
attempt("builtin star int", lambda: len(*4))
attempt("double star list", lambda: show(**[1, 2]))
attempt("double star None", lambda: show(1, **None))
attempt("double star second", lambda: show(**{"a": 1}, **[3]))
attempt("repeated keyword", lambda: show(**{"x": 1}, **{"x": 2}))
attempt("keyword then double star", lambda: show(0, x=1, **{"x": 2}))
attempt("double star then keyword", lambda: show(0, **{"y": 1}, y=3))
attempt("method repeated", lambda: Box().method(**{"k": 1}, **{"k": 2}))
attempt("class repeated", lambda: Box(**{"k": 1}, **{"k": 2}))
attempt("builtin repeated", lambda: print(**{"sep": "-"}, **{"sep": "+"}))
attempt("lambda repeated", lambda: (lambda **k: k)(**{"q": 1}, **{"q": 1}))
attempt("non-str key", lambda: show(**{1: 2}))
attempt("positional given twice", lambda: show(1, **{"a": 2}))
attempt("mapping protocol", lambda: show(0, **Keys()))
attempt("mapping repeated", lambda: show(0, **{"b": 1}, **Keys()))
attempt("iterator star", lambda: show(*iter([0, 1, 4, 9])))
attempt("range star", lambda: show(*range(3), **{}))
attempt("string star", lambda: show(*"xyz", **{"end": "!"}))
attempt("ok mixed", lambda: show(1, *[2, 3], *(4,), k=5, **{"m": 6}))
