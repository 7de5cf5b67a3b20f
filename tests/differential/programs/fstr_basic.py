name = "Ada"
age = 36
print(f"{name} is {age}")
print(f"{name!r} {name!s} {name!a}")
print(f"{'nested'} {age + 1} {age * 2:5d}|")
print(f"{{literal braces}} {age}")
print(f"{[1, 2][0]} {dict(a=1)['a']}")
print(f"{3.14159:.2f} {255:x} {255:#X} {255:08b}")
print(f"{'café'!a}")
