x = False = 1
