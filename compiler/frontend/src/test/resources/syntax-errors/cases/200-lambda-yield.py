g = lambda: yield
