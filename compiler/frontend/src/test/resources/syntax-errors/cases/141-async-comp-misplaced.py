[async x for x in y]
