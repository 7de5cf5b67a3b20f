import config


def produce(n):
    for i in range(n):
        config.items.append(i)
        config.counter += 1
