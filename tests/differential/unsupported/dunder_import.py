# __import__ imports a module chosen at run time.
name = "json"
mod = __import__(name)  # <- unsupported
print(mod)
