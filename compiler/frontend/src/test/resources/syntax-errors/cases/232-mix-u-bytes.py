s = u'x' b'y'
