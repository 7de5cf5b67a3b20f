s = 'abc' b'def'
