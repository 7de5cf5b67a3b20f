# The smallest program: one print.
print("hello")
