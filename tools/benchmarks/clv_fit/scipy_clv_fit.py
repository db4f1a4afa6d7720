#!/usr/bin/python3
"""The peer of bench_clv_fit: fits BG/NBD and Gamma-Gamma to the same summary CSV with scipy's
L-BFGS-B in log-parameter space, with analytic gradients (the likelihoods and gradients of
tests/reference/clv/make_reference.py), and prints one JSON line with the estimates and the
fit times in seconds (reading the file not included)."""
import json
import os
import sys
import time

import numpy as np
import pandas as pd

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../tests/reference/clv"))
import make_reference as ref  # noqa: E402


def main():
    df = pd.read_csv(sys.argv[1])
    x = df["x"].to_numpy(dtype=float)
    tx = df["t_x"].to_numpy(dtype=float)
    T = df["T"].to_numpy(dtype=float)
    start = time.perf_counter()
    bg, bg_ll = ref.fit(ref.bgnbd_nll_and_grad, np.array([1.0, T.mean(), 1.0, 1.0]), (x, tx, T))
    mid = time.perf_counter()
    rep = df[df["x"] > 0]
    xr = rep["x"].to_numpy(dtype=float)
    mr = rep["zbar"].to_numpy(dtype=float)
    gg, gg_ll = ref.fit(ref.gg_nll_and_grad, np.array([2.0, 2.0, mr.mean() / 2]), (xr, mr))
    end = time.perf_counter()
    print(json.dumps({"bgnbd": dict(zip(["r", "alpha", "a", "b"], bg.tolist()), log_likelihood=bg_ll),
                      "gamma_gamma": dict(zip(["p", "q", "gamma"], gg.tolist()), log_likelihood=gg_ll),
                      "seconds_bgnbd": mid - start, "seconds_gamma_gamma": end - mid,
                      "seconds": end - start}))


if __name__ == "__main__":
    main()
