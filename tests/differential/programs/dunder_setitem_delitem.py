class Grid:
    def __init__(self):
        self.cells = {}
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __getitem__(self, key):
        return self.cells.get(key, ".")
    def __delitem__(self, key):
        del self.cells[key]

g = Grid()
g[0, 0] = "x"
g[1, 2] = "o"
print(g[0, 0], g[1, 2], g[2, 2])
del g[0, 0]
print(g[0, 0], sorted(g.cells))
