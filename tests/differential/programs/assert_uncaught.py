def validate(items):
    assert len(items) < 3, "too many items: " + str(len(items))
    return items

print(validate([1, 2]))
validate([1, 2, 3])
