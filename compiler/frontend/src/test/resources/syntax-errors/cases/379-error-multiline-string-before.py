s = '''a
b
c'''
t = 1 +
