items = [3, 1, 2]
print(f"sorted={sorted(items)} len={len(items)} max={max(items)}")
print(f"{'yes' if items else 'no'}")
print(f"{(lambda v: v * 2)(21)}")
d = {"k": "v"}
print(f"{d['k']}{d.get('z', '-')}")
print(f"{'multi'}" f"{'part'}" "plain")
n = 5
print(f"{n:{n}}|{n!r:>{n}}|")
