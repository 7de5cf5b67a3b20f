import util

util.attempts = getattr(util, "attempts", 0) + 1
STATE = "attempt " + str(util.attempts)
if util.attempts == 1:
    1 / 0
