def greet(name, greeting="hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("ann"))
print(greet("bob", "hi"))
print(greet("cy", punct="?"))
print(greet(greeting="yo", name="dee"))

def append_to(x, acc=[]):
    # the default list is shared between calls
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
