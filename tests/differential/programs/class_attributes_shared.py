class Registry:
    items = []
    count = 0

    def add(self, v):
        self.items.append(v)
        Registry.count += 1

r1 = Registry()
r2 = Registry()
r1.add("a")
r2.add("b")
print(Registry.items, r1.items is r2.items, Registry.count, r1.count)
r1.count = 99
print(r1.count, r2.count, Registry.count)
