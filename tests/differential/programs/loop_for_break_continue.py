for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
for word in ["apple", "banana", "cherry"]:
    for ch in word:
        if ch == "n":
            print(word, "has n")
            break
    else:
        print(word, "has no n")
