if a => b:
    pass
