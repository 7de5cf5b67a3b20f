class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(4)))
for v in Countdown(2):
    print("tick", v)
print(sum(Countdown(10)), max(Countdown(3)))
it = iter(Countdown(1))
print(next(it), next(it, "end"))
