#!/usr/bin/python3
"""Reference values of Gauss's hypergeometric function 2F1(a, b; c; z) for tests/clv
(TestHypergeometric2F1), computed with mpmath at 30 significant digits, independently of the C++
series. The grid covers what the BG/NBD predictions ask: a = r + x, b = b + x, c = a + b + x - 1
(positive, and a few non-positive c the series leaves to Boost), z = t / (alpha + T + t) in [0, 1).

Writes hyp2f1_reference.json next to this script.
Run: /usr/bin/python3 tests/reference/clv/make_hyp2f1_reference.py
"""
import json
import os

import mpmath

mpmath.mp.dps = 30

A = [0.24, 1.5, 3.2, 12.7, 60.3]
B = [0.6, 2.5, 8.1, 31.0]
C = [0.3, 1.8, 4.5, 40.2, 95.0, -0.45, -2.3]
Z = [0.0, 1e-6, 0.1, 0.5, 0.9, 0.97, 0.995]

cases = []
for a in A:
    for b in B:
        for c in C:
            for z in Z:
                value = mpmath.hyp2f1(a, b, c, z)
                if not mpmath.isfinite(value) or abs(value) > 1e280:
                    continue
                cases.append({"a": a, "b": b, "c": c, "z": z, "value": float(value)})

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hyp2f1_reference.json")
with open(out, "w") as f:
    json.dump({"source": "mpmath %s hyp2f1, 30 digits" % mpmath.__version__, "cases": cases}, f,
              indent=1)
print("wrote", out, len(cases), "cases")
