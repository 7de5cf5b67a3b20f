def f():
    """Docstring
    never closed
