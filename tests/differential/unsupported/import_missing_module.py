# A module that is not in the bundle (nor a known stdlib shim).
print("start")
import molt_no_such_module  # <- unsupported
print(molt_no_such_module)
