x = "global"

def f():
    x = "local"
    def g():
        return x
    return g()

def h():
    return x

print(f(), h(), x)
len_ = len
def len_shadow():
    len = lambda s: -1
    return len("abc")
print(len_shadow(), len("abc"))
