results = []
for raw in ["1", "two", "3", "", "5"]:
    try:
        v = int(raw)
    except ValueError:
        results.append(None)
        continue
    finally:
        results.append("|")
    results.append(v)
print(results)
