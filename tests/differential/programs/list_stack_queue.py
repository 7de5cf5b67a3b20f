stack = []
for ch in "([]{})":
    if ch in "([{":
        stack.append(ch)
    else:
        open_ch = stack.pop()
        print("matched", open_ch, ch)
print("stack empty:", not stack)
queue = [1, 2, 3]
while queue:
    item = queue.pop(0)
    if item < 3:
        queue.append(item + 10)
    print("served", item)
