def uses_missing():
    return undefined_name + 1

try:
    uses_missing()
except NameError as e:
    print("NameError:", e)

print(missing_at_top)
