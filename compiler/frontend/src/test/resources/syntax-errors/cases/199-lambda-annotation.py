g = lambda x: int: x
