# Writing through globals() creates names the compiler cannot see.
def make(name):
    globals()[name] = 1  # <- unsupported

make("z")
print("made")
