def risky(x):
    try:
        if x == 0:
            raise ValueError("zero")
        result = 10 // x
    except ValueError as e:
        print("caught", e)
        return -1
    except (TypeError, ZeroDivisionError):
        raise
    else:
        return result
    finally:
        print("finally", x)


print(risky(0), risky(5))
try:
    assert risky(2) == 5, "five"
    del risky
except AssertionError:
    pass
