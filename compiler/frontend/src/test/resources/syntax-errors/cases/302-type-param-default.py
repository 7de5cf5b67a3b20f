type X[T = int] = list[T]
