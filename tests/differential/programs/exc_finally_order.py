log = []
def f():
    try:
        log.append("try")
        raise ValueError("x")
    except ValueError:
        log.append("except")
        return "from except"
    finally:
        log.append("finally")

print(f(), log)
def g():
    for i in range(3):
        try:
            if i == 0:
                continue
            return i
        finally:
            log.append("g" + str(i))
print(g(), log)
