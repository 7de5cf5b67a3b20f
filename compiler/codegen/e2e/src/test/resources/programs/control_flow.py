def classify(n):
    try:
        if n == 0:
            return "zero"
        elif n < 0:
            raise ArithmeticError("neg")
        return "pos"
    except ArithmeticError as e:
        return "error " + str(e)
    finally:
        print("checked", n)


for n in (0, -4, 9):
    print(classify(n))

i = 0
while i < 3:
    i += 1
else:
    print("while done", i)

acc = []
for a in range(3):
    for b in range(3):
        if b > a:
            break
        acc.append((a, b))
print(acc)
print(1 if acc else 2, [x for x in acc if x[0] == x[1]])
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", e)
