def f():
    async = 1
