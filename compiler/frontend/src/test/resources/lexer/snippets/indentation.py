if x:
    pass
    # comment

  # other
    if y:
    	z = (1,
  2,
        3)
    w = [
]
q = 1
if a:
  if b:
      if c:
          d = \
   1
  e
x = 1 \
    + 2
def f():
    \
        return 1
class C: pass
async def g(): await h()
