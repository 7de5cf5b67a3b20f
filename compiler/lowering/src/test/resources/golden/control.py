def search(rows, target):
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v == target:
                return i, j
            if v < 0:
                break
        else:
            continue
        print("negative in row", i)
    return None


def flow(n):
    log = []
    i = 0
    while True:
        i += 1
        try:
            if i % 2 == 0:
                continue
            if i > n:
                break
            log.append(i)
        finally:
            log.append(-i)
    return log


def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except LookupError as e:
        print("outer caught", repr(e))
        try:
            raise
        except KeyError:
            print("re-raised", e.args)
    finally:
        print("outer finally")
    return "done"


def finally_overrides():
    try:
        return "try"
    finally:
        print("cleanup runs before return")


def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            if i == 1:
                break
            continue
        finally:
            print("f", i)
    return i


print(search([[1, 2], [3, -1, 9], [4, 5]], 5), search([[1]], 7))
print(flow(5))
print(nested())
print(finally_overrides())
print(swallow())
x = 10
if x > 5 and x < 20 or x == 0:
    print("range ok")
elif x:
    print("elif")
else:
    print("else")
print([y for y in range(20) if y % 3 == 0 if y % 2 == 0], 0 < x < 5, 0 < x < 50)
