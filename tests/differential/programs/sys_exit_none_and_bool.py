import sys
print("exit none")
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit(True)
except SystemExit as e:
    print("code", e.code)
sys.exit(0)
