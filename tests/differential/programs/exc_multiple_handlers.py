def trigger(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][0]
    if kind == 2:
        return int("z")
    if kind == 3:
        raise KeyError(kind)
    return "ok"

for k in range(5):
    try:
        print(trigger(k))
    except (IndexError, KeyError) as e:
        print("lookup", type(e).__name__)
    except ZeroDivisionError:
        print("zero")
    except Exception as e:
        print("other", type(e).__name__)
