class BudgetExceeded(Exception):
    pass

def spend(amount):
    if amount > 100:
        raise BudgetExceeded(f"cannot spend {amount}")
    return 100 - amount

print(spend(40))
spend(150)
