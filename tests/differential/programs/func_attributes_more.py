# Function attributes: docstrings, names, qualified names, module, defaults.
def outer(x=1, *, y=2):
    """Outer docstring.

    Second paragraph, kept verbatim (3.12 does not dedent)."""
    def inner(a, b=(1, 2)):
        'single-quoted doc'
        return a
    return inner


class Shape:
    def area(self):
        """Area of the shape."""
        return 0

    @staticmethod
    def unit():
        return 1


def wrap(f):
    def wrapper(*args):
        return f(*args)
    wrapper.__doc__ = f.__doc__
    wrapper.__name__ = f.__name__
    return wrapper


@wrap
def decorated():
    """Kept by the decorator."""


def no_doc():
    x = "not a docstring"
    return x


inner = outer()
lam = lambda v: v
for f in [outer, inner, Shape.area, Shape.unit, decorated, no_doc, lam]:
    print(f.__name__, f.__qualname__, f.__module__, repr(f.__doc__), f.__defaults__)
print(outer.__kwdefaults__, inner(5))
