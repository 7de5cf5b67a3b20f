tests = ["abc", "ABC", "123", "12.3", "  ", "", "a1", "Ωmega", "٣", "Hello World"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isdecimal(), t.isnumeric(), t.isidentifier())
