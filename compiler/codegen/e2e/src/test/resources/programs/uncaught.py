def inner(x):
    return x["key"] + 1


def outer():
    print("before")
    return inner({"other": 1})


outer()
print("never printed")
