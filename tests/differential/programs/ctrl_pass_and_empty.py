def stub():
    pass

class Empty:
    pass

for i in range(3):
    pass
while False:
    pass
if True:
    pass
print(stub(), type(Empty()).__name__, i)
