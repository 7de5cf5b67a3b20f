import sys
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write("\n")
sys.stderr.write("err line 1\n")
print("to stderr too", file=sys.stderr)
sys.stdout.write(str(42) + "\n")
