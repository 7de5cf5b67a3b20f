d = {k: v for k() in y}
