db = {"users": [{"name": "a", "tags": ["x", "y"]}, {"name": "b", "tags": []}]}
db["users"].append({"name": "c", "tags": ["z"]})
for u in db["users"]:
    print(u["name"], len(u["tags"]), ",".join(u["tags"]) or "-")
index = {t: u["name"] for u in db["users"] for t in u["tags"]}
print(index)
print(sum(len(u["tags"]) for u in db["users"]), sorted(u["name"] for u in db["users"] if u["tags"]))
