for msg in [42, (1, 2), ["a"], None]:
    try:
        assert False, msg
    except AssertionError as e:
        print(repr(e), e.args)
