def show(*args, **kwargs):
    return f"{args} {sorted(kwargs.items())}"


def pair(a, b, c=3):
    return a, b, c


nums = [1, 2, 3]
opts = {"x": 1}
print(show(*nums, 4, *range(2), y=2, **opts))
print(pair(*[10, 20]), pair(1, *(2,), c=9), pair(**{"a": 5, "b": 6}))
first, *middle, last = range(6)
head, *tail = "abc"
*init, end = [1]
print(first, middle, last, head, tail, init, end)
merged = {**opts, "z": 3, **{"x": 7}}
print([*nums, *"hi"], (*nums, 0), {*nums, 5}, merged)
try:
    show(**opts, **{"x": 2})
except TypeError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
