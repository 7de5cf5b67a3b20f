import ping

seen_ping_attrs = sorted(k for k in ("EARLY", "ping", "late_error") if hasattr(ping, k))
try:
    from ping import EARLY
    error = None
except ImportError as e:
    error = str(e)[:str(e).rindex(" (")]


def pong(n):
    if n == 0:
        return "pong done"
    return ping.ping(n - 1)
