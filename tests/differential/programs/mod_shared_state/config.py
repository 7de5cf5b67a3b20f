counter = 0
items = []
label = "default"


def bump():
    global counter
    counter += 1
    return counter
