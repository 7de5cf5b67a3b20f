def mean(xs):
    total = 0.0
    for x in xs:
        total += x
    return total / len(xs)


print(mean([1.5, 2.5, 3.0]), round(2.675, 2), 10 / 4, 7 // 2.0, float("inf"), -0.0)
