"""Wall time and peak memory of one command, through GNU time (/usr/bin/time -v), so the figure
is the child's own maximum resident set size and not this script's."""

import os
import re
import statistics
import subprocess
import time

GNU_TIME = "/usr/bin/time"


class Run:
    def __init__(self, seconds, peak_kb):
        self.seconds = seconds
        self.peak_kb = peak_kb


def run(cmd, env=None, stdout=subprocess.DEVNULL, stdin=None):
    """Runs cmd once; raises on a non-zero exit, with the command's error output."""
    full_env = dict(os.environ, **(env or {}))
    began = time.monotonic()
    done = subprocess.run([GNU_TIME, "-v"] + cmd, env=full_env, stdout=stdout, stdin=stdin,
                          stderr=subprocess.PIPE, text=True)
    seconds = time.monotonic() - began
    if done.returncode != 0:
        raise RuntimeError("%s failed (%d):\n%s" % (" ".join(cmd), done.returncode,
                                                    done.stderr[-3000:]))
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    return Run(seconds, int(match.group(1)) if match else 0)


def median_of(runs, cmd, env=None, stdin_path=None):
    """The median wall time of `runs` runs and the largest peak RSS among them."""
    results = []
    for _ in range(runs):
        if stdin_path:
            with open(stdin_path, encoding="utf-8") as stdin:
                results.append(run(cmd, env, stdin=stdin))
        else:
            results.append(run(cmd, env))
    return Run(statistics.median(r.seconds for r in results), max(r.peak_kb for r in results))
