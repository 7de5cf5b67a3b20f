


# comment

x = = 1
