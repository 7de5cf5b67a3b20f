def validate(n):
    assert n > 0, "n must be positive"
    return n


print(validate(3))
validate(-2)
