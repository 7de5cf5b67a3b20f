# Imports that fail at run time inside try/except ImportError: CPython's messages.
def without_location(message):
    # CPython names the module's absolute path last: compare the words before it.
    return message[:message.rindex(" (")]


try:
    import not_a_module_anywhere
except ImportError as e:
    print(type(e).__name__, e)

try:
    import kit.missing
except ImportError as e:
    print(type(e).__name__, e)

try:
    import plain.sub
except ImportError as e:
    print(type(e).__name__, e)

try:
    from kit import nothing
except ImportError as e:
    print(type(e).__name__, without_location(str(e)))

try:
    from math import nothing
except ImportError as e:
    print(type(e).__name__, without_location(str(e)))

import kit
print(kit.loads, sorted(k for k in ("tools", "plain") if hasattr(kit, k)))
