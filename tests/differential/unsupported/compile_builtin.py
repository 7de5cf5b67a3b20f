# compile() produces code objects at run time.
src = "1 + 1"
obj = compile(src, "<s>", "eval")  # <- unsupported
print(obj)
