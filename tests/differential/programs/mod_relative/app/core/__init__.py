from .. import config as parent_config

LEVEL = parent_config.NAME + ".core"
