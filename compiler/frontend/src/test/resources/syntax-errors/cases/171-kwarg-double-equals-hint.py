f(a.b = c)
