s = f'x' b'y'
