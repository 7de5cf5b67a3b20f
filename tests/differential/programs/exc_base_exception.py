import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("base", type(e).__name__)
print(issubclass(KeyboardInterrupt, Exception), issubclass(ValueError, BaseException))
