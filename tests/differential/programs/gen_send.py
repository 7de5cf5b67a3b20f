def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value

acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration:
    print("stopped")

def echo():
    received = yield "ready"
    while True:
        received = yield "got " + str(received)

e = echo()
print(e.send(None), e.send(1), e.send("x"))
