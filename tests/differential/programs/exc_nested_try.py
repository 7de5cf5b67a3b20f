def run(n):
    log = []
    try:
        try:
            if n == 1:
                raise ValueError("v")
            if n == 2:
                raise TypeError("t")
            log.append("no error")
        except ValueError:
            log.append("inner caught")
        finally:
            log.append("inner finally")
    except TypeError:
        log.append("outer caught")
    finally:
        log.append("outer finally")
    return log

for n in range(3):
    print(run(n))
