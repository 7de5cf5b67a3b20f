import sys
def main():
    print("working")
    return 0
code = main()
print("exiting with", code)
sys.exit(code)
