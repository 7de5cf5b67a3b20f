# Recursion: naive Fibonacci, Ackermann on small arguments, and a recursive Towers of Hanoi count.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def hanoi(n, src, dst, via):
    if n == 0:
        return 0
    return hanoi(n - 1, src, via, dst) + 1 + hanoi(n - 1, via, dst, src)


print("fib", fib(32))
print("ack", ack(2, 300), ack(3, 5))
print("hanoi", hanoi(20, 1, 3, 2))
