# `if __name__ == "__main__":` runs only in the entry module; importing the entry by its own
# file name runs it again as a separate module, as CPython does.
import tool
import __main__

print("main body, __name__ =", __name__)
print(__main__.__name__, __main__.RUNS if hasattr(__main__, "RUNS") else "RUNS not bound yet")
RUNS = 1


def main():
    print("main() called from", __name__)
    print(tool.describe())
    import main as again
    print(again.__name__, again.RUNS, again is __main__)


if __name__ == "__main__":
    main()
else:
    print("imported as", __name__)
