# yield from: send/throw/close pass through to the delegate; return values; non-generator iterables.
def inner():
    received = []
    try:
        while True:
            v = yield len(received)
            if v == "stop":
                return received
            received.append(v)
    except KeyError:
        yield "inner caught KeyError"
        return "after KeyError"
    finally:
        print("inner finally")

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield "outer done"

o = outer()
print(next(o), o.send("a"), o.send("b"))
print(o.send("stop"))
o2 = outer()
next(o2)
print(o2.throw(KeyError))
print(o2.send(None))
o3 = outer()
next(o3)
o3.close()
print("closed o3")

def delegate_list():
    r = yield from [1, 2, 3]
    yield r

print(list(delegate_list()))

class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
    def send(self, v):
        return "echo " + str(v)

def uses_echo():
    r = yield from Echo()
    yield r

e = uses_echo()
print(next(e), e.send("x"), e.send(None))

def failing():
    yield 1
    raise ValueError("from inner")

def catches():
    try:
        yield from failing()
    except ValueError as err:
        yield "caught " + str(err)

print(list(catches()))
def gen_of_gens():
    for i in range(3):
        x = yield from (j for j in range(i))
        yield x
print(list(gen_of_gens()))
