print(sorted({x % 5 for x in range(100)}))
print(sorted({c for c in "mississippi"}))
print({n * n for n in [1, -1, 2, -2]} == {1, 4})
print(len({(a, b) for a in range(3) for b in range(3)}))
