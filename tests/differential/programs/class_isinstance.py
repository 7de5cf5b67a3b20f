class A: pass
class B(A): pass
class C: pass

b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), issubclass(B, A), issubclass(A, B), issubclass(B, (C, object)))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance("s", (int, str)))
print(type(b) is B, type(b) == A, type(type(b)).__name__)
print(issubclass(bool, int), isinstance(None, object))
