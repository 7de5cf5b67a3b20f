vals = [3.14159, -0.5, 1234567.891, 1e-7, 0.0, 2.5, 1e22]
for spec in ["f", ".2f", "10.3f", "e", ".3e", "g", ".3g", "%", ".1%", ",.2f", "+.1f", "010.2f", ""]:
    print(spec.ljust(6), [format(v, spec) for v in vals])
