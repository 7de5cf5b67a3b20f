def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print("recovered")
def still_works(n):
    return n if n < 1 else still_works(n - 1)
print(still_works(100))
