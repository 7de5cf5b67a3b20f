IS_LOCAL = True
maxsize = 0
