a = 1
b = 2
s = f"""sum:
{a + b}
end"""
print(s)
print(f'{"double" + "quoted"}')
print(f"{'it' + chr(39) + 's'}")
print(f"tab\t{a}\\n")
words = ["x", "y"]
print(f"{', '.join(words)}")
