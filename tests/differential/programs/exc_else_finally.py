def attempt(d):
    out = []
    try:
        r = 10 // d
    except ZeroDivisionError:
        out.append("except")
    else:
        out.append("else " + str(r))
    finally:
        out.append("finally")
    return out

print(attempt(2))
print(attempt(0))
