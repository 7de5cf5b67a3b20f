# exec runs code only known at run time.
code = "y = 5"
exec(code)  # <- unsupported
print("done")
