from .config import NAME
from . import config


def run():
    from .core import engine
    return NAME + " runs " + engine.__name__ + " with debug=" + str(config.DEBUG)
