try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    print("IndexError:", e, "context:", type(e.__context__).__name__)
def cleanup_fails():
    try:
        return "value"
    finally:
        raise RuntimeError("cleanup failed")
try:
    cleanup_fails()
except RuntimeError as e:
    print("RuntimeError:", e)
