def f():
    # nothing here
