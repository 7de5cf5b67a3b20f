import sys

n = sys.stdout.write("héllo wörld\n")
print("chars written:", n)
print("empty:", sys.stdout.write(""))
print("emoji:", sys.stdout.write("\U0001F600\n"))
m = sys.stderr.write("to stderr\n")
print("stderr wrote", m)
print("a", "b", sep="+", end="|\n", file=sys.stdout)
print("err", 1, 2.5, file=sys.stderr, flush=True)
sys.stdout.flush()
sys.stderr.flush()
try:
    sys.stdout.write(42)
except TypeError as e:
    print("TypeError:", e)
print(repr(sys.stdout))
print(repr(sys.stderr))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
out = sys.stdout
out.write("via alias\n")
w = sys.stdout.write
print(w("bound method\n"))
sys.stderr.write("last stderr line\n")
