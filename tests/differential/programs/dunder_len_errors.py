class BadLen:
    def __len__(self):
        return -1

try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)

class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
