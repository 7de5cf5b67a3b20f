def check(v):
    if v < 0:
        raise ValueError("negative: " + str(v))
    return v * 2


for v in (3, -1, 5):
    try:
        print("ok", check(v))
    except ValueError as e:
        print("caught", e)
    finally:
        print("finally", v)

try:
    {}["missing"]
except KeyError as e:
    print("key error", repr(e))

try:
    1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
