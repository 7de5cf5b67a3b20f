type X[**P: int] = int
