# from-import of a module outside the bundle.
from molt_missing_package import helper  # <- unsupported
print(helper())
