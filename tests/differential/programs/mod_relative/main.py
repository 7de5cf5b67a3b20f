# Relative imports inside packages: from . import x, from .m import y, from .. import z.
from app import run
from app.core.engine import start, helper_name

print(run())
print(start())
print(helper_name())
