# Coroutines are not part of the supported set yet.
async def fetch():  # <- unsupported
    return 1

print(fetch)
