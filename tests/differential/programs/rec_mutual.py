def hofstadter_f(n):
    return 1 if n == 0 else n - hofstadter_m(hofstadter_f(n - 1))

def hofstadter_m(n):
    return 0 if n == 0 else n - hofstadter_f(hofstadter_m(n - 1))

print([hofstadter_f(i) for i in range(15)])
print([hofstadter_m(i) for i in range(15)])
