# The pipeline benchmark's program (~200 lines): an inventory and order book with classes,
# closures, dicts, lists, strings, exceptions and big ints - the kind of module a service build
# compiles. BUILD_TAG is rewritten per build so every stage has new work when the cache must miss.
BUILD_TAG = 0


class Item:
    def __init__(self, sku, name, price, qty):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty

    def value(self):
        return self.price * self.qty

    def describe(self):
        return f"{self.sku:>6} {self.name:<12} {self.qty:>4} x {self.price:>7.2f}"


class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        Exception.__init__(self, f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
        self.log.append(("add", item.sku, item.qty))

    def take(self, sku, qty):
        item = self.items.get(sku)
        if item is None:
            raise KeyError(sku)
        if item.qty < qty:
            raise OutOfStock(sku, qty, item.qty)
        item.qty -= qty
        self.log.append(("take", sku, qty))
        return item.price * qty

    def total_value(self):
        total = 0.0
        for item in self.items.values():
            total += item.value()
        return total

    def low_stock(self, limit):
        return sorted(sku for sku, item in self.items.items() if item.qty < limit)

    def report(self):
        lines = []
        for sku in sorted(self.items):
            lines.append(self.items[sku].describe())
        return "\n".join(lines)


class Order:
    def __init__(self, number, lines):
        self.number = number
        self.lines = lines
        self.status = "new"
        self.amount = 0.0

    def fill(self, inventory):
        taken = []
        try:
            for sku, qty in self.lines:
                self.amount += inventory.take(sku, qty)
                taken.append((sku, qty))
        except OutOfStock as e:
            for sku, qty in taken:
                inventory.items[sku].qty += qty
            self.status = "backordered"
            self.amount = 0.0
            return str(e)
        except KeyError as e:
            self.status = "rejected"
            return "unknown sku " + str(e)
        self.status = "filled"
        return None


def make_pricer(discount):
    def price(amount):
        if amount > 1000:
            return round(amount * (1 - discount), 2)
        return round(amount, 2)
    return price


def word_stats(text):
    counts = {}
    for word in text.lower().replace(",", " ").replace(".", " ").split():
        counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return ranked[:5]


def checksum(values):
    h = 17
    for v in values:
        h = (h * 31 + v) % 1000000007
    return h


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def matrix_mul(a, b):
    rows = len(a)
    cols = len(b[0])
    inner = len(b)
    out = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            out[i][j] = s
    return out


def main():
    inv = Inventory()
    names = ["bolt", "nut", "washer", "gear", "spring", "axle", "pulley", "belt"]
    for i, name in enumerate(names):
        inv.add(Item(f"S{i:03d}", name, 1.25 * (i + 1), 10 * (i + 2)))
    inv.add(Item("S002", "washer", 3.75, 5))

    orders = [
        Order(1, [("S000", 5), ("S001", 3)]),
        Order(2, [("S003", 100)]),
        Order(3, [("S004", 2), ("S999", 1)]),
        Order(4, [("S005", 10), ("S006", 10), ("S007", 10)]),
        Order(5, [("S002", 40)]),
    ]
    pricer = make_pricer(0.05)
    revenue = 0.0
    for order in orders:
        problem = order.fill(inv)
        if problem is None:
            revenue += pricer(order.amount)
            print(f"order {order.number}: {order.status} {pricer(order.amount):.2f}")
        else:
            print(f"order {order.number}: {order.status} ({problem})")

    print(inv.report())
    print("value", round(inv.total_value(), 2), "revenue", round(revenue, 2))
    print("low stock", inv.low_stock(25))
    print("log entries", len(inv.log), inv.log[-1])

    text = "The quick brown fox. The lazy dog, the quick cat. A fox and a dog."
    print("words", word_stats(text))

    fibs = [fib(n) for n in range(0, 90, 7)]
    print("fib", fibs[-1], fib(150))
    print("checksum", checksum(fibs))
    print("collatz", max(collatz_steps(n) for n in range(1, 300)))

    m = [[i + j for j in range(4)] for i in range(4)]
    sq = matrix_mul(m, m)
    print("matrix", sq[0], sq[3])

    big = 1
    for i in range(1, 30):
        big *= i
    print("30! / 30 =", big, len(str(big)))

    squares = {n: n * n for n in range(10)}
    evens = [k for k, v in squares.items() if v % 2 == 0]
    print("evens", evens, sum(squares.values()))

    try:
        inv.take("S000", 10 ** 6)
    except OutOfStock as e:
        print("caught", type(e).__name__, e.sku)

    print("tag", BUILD_TAG)


main()
