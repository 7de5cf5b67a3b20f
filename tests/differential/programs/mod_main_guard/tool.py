print("tool body, __name__ =", __name__)


def describe():
    return "tool is " + __name__


if __name__ == "__main__":
    print("never printed: tool is not the entry")
