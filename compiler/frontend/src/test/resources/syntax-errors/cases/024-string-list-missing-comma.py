names = ['alice' 'bob' carol]
