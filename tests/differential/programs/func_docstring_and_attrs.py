def documented(a, b):
    """Adds two things."""
    return a + b

def plain():
    return 1

print(documented.__doc__)
print(plain.__doc__)
print(documented.__name__)
print(documented(2, 3))
print(callable(documented), callable(3))
