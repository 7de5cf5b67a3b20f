import sys
def fail(n):
    if n > 2:
        sys.exit(n * 10)
    return fail(n + 1)
print("start")
fail(0)
