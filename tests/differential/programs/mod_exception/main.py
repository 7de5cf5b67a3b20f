# Exceptions across modules: caught from an imported function, a module whose body raises (it is
# not kept: the next import runs it again), and an uncaught one whose traceback ends in util.py.
import util

try:
    util.check(-1)
except ValueError as e:
    print("caught:", e)

for attempt in range(2):
    try:
        import flaky
        print("flaky imported on attempt", attempt, flaky.STATE)
    except ZeroDivisionError as e:
        print("flaky failed:", e)

print(util.check(5))
util.check(-2)
print("not reached")
