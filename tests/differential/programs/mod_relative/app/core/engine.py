from . import LEVEL
from .helpers import tag
from ..config import NAME, DEBUG
from .. import config


def start():
    return tag(LEVEL) + " " + NAME + " " + str(DEBUG is config.DEBUG)


def helper_name():
    from . import helpers
    return helpers.__name__
