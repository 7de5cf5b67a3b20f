# throw() and close(): exceptions raised at the yield, caught or not, GeneratorExit handling.
def worker(log):
    try:
        while True:
            try:
                item = yield len(log)
                log.append(item)
            except ValueError as e:
                log.append("caught " + str(e))
    finally:
        log.append("closed")

log = []
w = worker(log)
print(next(w))
print(w.send("a"))
print(w.throw(ValueError("bad")))
print(w.send("b"))
print(w.close(), log)
print(w.close())
try:
    w.send("c")
except StopIteration as e:
    print("StopIteration after close", e.args)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def fresh():
    yield 1

f = fresh()
try:
    f.throw(KeyError("k"))
except KeyError as e:
    print("thrown into a fresh generator:", repr(e))
print(list(f))
f2 = fresh()
print(f2.close(), list(f2))

try:
    fresh().send(5)
except TypeError as e:
    print("TypeError:", e)

def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "handled"

r = returns_on_throw()
next(r)
try:
    r.throw(ValueError)
except StopIteration as e:
    print("StopIteration value", e.value)

def reentrant():
    yield next(me)

me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def leaks_stop():
    yield 1
    raise StopIteration("inner")

try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def handled_across_yield():
    try:
        raise KeyError("x")
    except KeyError:
        yield "in except"
        raise

h = handled_across_yield()
print(next(h))
try:
    next(h)
except KeyError as e:
    print("re-raised", repr(e))
g = worker([])
next(g)
g.throw(IndexError("not caught"))
