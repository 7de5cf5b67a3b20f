# Circular imports: the module is registered before its body runs, so the other side sees it
# partially initialised; a from-import of a name not yet bound is CPython's ImportError.
import ping

print(ping.ping(3))
print(ping.pong_module.seen_ping_attrs)
print(ping.late_error)


def without_location(message):
    # CPython names the module's absolute path last: compare the words before it.
    return message[:message.rindex(" (")]


try:
    import first
except ImportError as e:
    print(type(e).__name__, without_location(str(e)))
