NAME = "app"
DEBUG = False
