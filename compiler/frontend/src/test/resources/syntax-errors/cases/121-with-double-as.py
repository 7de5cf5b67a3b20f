with open(x) as f as g:
    pass
