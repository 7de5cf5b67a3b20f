def counted(f):
    def wrapper(*a):
        wrapper.calls += 1
        return f(*a)
    wrapper.calls = 0
    return wrapper

@counted
def square(x):
    return x * x

print(square(3), square(4), square.calls)
def once(f):
    done = []
    def wrapper():
        if not done:
            done.append(f())
        return done[0]
    return wrapper
@once
def expensive():
    print("computing")
    return 42
print(expensive(), expensive())
