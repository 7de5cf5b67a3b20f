class Account:
    def __init__(self):
        self.entries = []
        self.reads = 0

    @property
    def balance(self):
        self.reads += 1
        return sum(self.entries)

a = Account()
a.entries += [10, -3, 5]
print(a.balance, a.balance, a.reads)
print(type(Account.balance).__name__)
