a = f"{x=}"
b = f"{x = !r:>10}"
c = f'{a["b"]}'
d = f"{f"{f"{1}"}"}"
e = f"""abc
{x
 + 1}
def {y:{w}.{p}}"""
g = rf"\{x}\n{y!s}"
h = f"{x:{{}}>10}"
i = f"{'a' if x else 'b'}"
j = f"{x!r}" f'{y}' "z"
k = f"\N{BULLET} {x} \N{DAGGER}"
l = f"{lambda: 1}"
m = f"{x:=5}"
n = f"{(x:=5)}"
o = f"{x!=y}"
p = f"{{}}"
q = f"{ {'a': 1}['a'] }"
r = f'''{
    x # comment
}'''
s = F"{x}" Rf"{y}" fR'''{z}'''
t = f"{x:%H:%M}"
u = f"a\
b{x}"
v = f"{x:{y:{z}}}"
w = f"{'''a
b'''}"
y = f"{x}}}"
z = f"{x:}}}"
