inventory = {"apples": 5}
print(inventory["apples"])
inventory["pears"] += 1
