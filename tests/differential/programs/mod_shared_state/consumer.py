import config


def consume():
    config.items.pop(0)
    config.bump()


def label_seen():
    return config.label
