print("shapes/__init__ runs")
VERSION = "1.0"
loaded = []


def describe():
    return "shapes " + VERSION
