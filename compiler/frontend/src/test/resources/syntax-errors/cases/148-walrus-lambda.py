(lambda: x := 1)
