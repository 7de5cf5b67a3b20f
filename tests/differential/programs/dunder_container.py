class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, c):
        return c in self.cards
    def __iter__(self):
        return iter(self.cards)
    def __bool__(self):
        return len(self.cards) > 0

d = Deck("AKQJ")
print(len(d), d[0], d[-1], d[1:3], "Q" in d, "2" in d)
print(list(d), [c.lower() for c in d])
print(bool(d), bool(Deck([])))
if not Deck([]):
    print("empty deck is falsy")
