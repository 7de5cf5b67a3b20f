log = []
def guarded():
    try:
        yield 1
        yield 2
    finally:
        log.append("cleanup")

for v in guarded():
    log.append(v)
print(log)
g = guarded()
print(next(g))
g.close()
print(log)
