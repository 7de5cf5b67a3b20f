loads = 1
