"""Runs one command and reports how long it took, for the compile benchmark.

Usage: python3.12 timed_run.py REPORT COMMAND [ARGS...]
The command inherits stdin, stdout and stderr. When it ends, REPORT gets one line:
`<exit status> <wall seconds> <user seconds> <system seconds>`, the CPU times being the child's own
(wait4's rusage), so that time spent by other processes on a busy machine is not counted. Starting
this script is outside the measurement; spawning the child is inside it.
"""
import os
import sys
import time


def main():
    report, command = sys.argv[1], sys.argv[2:]
    start = time.perf_counter()
    pid = os.posix_spawn(command[0], command, os.environ)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code < 0:  # killed by a signal: report it the way a shell does
        code = 128 - code
    with open(report, "w") as f:
        f.write("%d %r %r %r\n" % (code, wall, usage.ru_utime, usage.ru_stime))


main()
