class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

class NotFound(AppError):
    pass

def find(k):
    raise NotFound(404, "no " + k)

try:
    find("page")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args)
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), issubclass(AppError, NotFound))
print(NotFound.__mro__[1].__name__)
