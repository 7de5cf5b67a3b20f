squares = [i * i for i in range(10000)]
print(len(squares), squares[-1], sum(squares))
evens = {i for i in range(10000) if i % 2 == 0}
print(len(evens))
lookup = {i: str(i) for i in range(5000)}
print(lookup[4999], len(lookup))
