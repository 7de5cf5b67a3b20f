type X[*Ts: int] = tuple[*Ts]
