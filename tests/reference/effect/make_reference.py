#!/usr/bin/python3
"""Reference values for the propensity model of PVI Studio's selection-adjusted effect
(model/analytics/effect/logistic_regression.cpp), computed with Debian's statsmodels 0.13,
independently of the C++ code.

Run:  /usr/bin/python3 tests/reference/effect/make_reference.py
Writes logistic_cases.json next to this script (committed; the C++ suite never runs Python).

Each case is a design (rows of covariates, without the intercept) and a 0/1 outcome drawn from a
logistic model, plus statsmodels.discrete.discrete_model.Logit(y, add_constant(X)).fit(
method='newton', tol=1e-12): its params, bse and llf. The cases are shaped like the propensity
model's: log(1 + orders), log(1 + revenue), log(1 + recency), log(1 + tenure), consent and a
country indicator, on rare and balanced outcomes, plus a collinear-free small case.
"""
import json
import pathlib

import numpy as np
import statsmodels.api as sm

rng = np.random.default_rng(20261206)


def propensity_like(n, intercept):
    orders = rng.poisson(rng.gamma(1.5, 2.0, n))
    revenue = orders * rng.gamma(4.0, 15.0, n)
    recency = rng.integers(1, 366, n)
    tenure = recency + rng.integers(0, 900, n)
    consent = (rng.random(n) < 0.6).astype(float)
    country = (rng.random(n) < 0.3).astype(float)
    x = np.column_stack([np.log1p(orders), np.log1p(revenue), np.log1p(recency),
                         np.log1p(tenure), consent, country])
    beta = np.array([0.6, 0.15, -0.4, 0.1, 0.8, -0.3])
    p = 1 / (1 + np.exp(-(intercept + x @ beta)))
    y = (rng.random(n) < p).astype(int)
    return x, y


def small_case():
    x = rng.normal(size=(40, 2)) * np.array([3.0, 0.01]) + np.array([100.0, 5.0])
    p = 1 / (1 + np.exp(-(-0.2 * (x[:, 0] - 100) + 50 * (x[:, 1] - 5))))
    return x, (rng.random(40) < p).astype(int)


cases = []
for name, (x, y) in [("balanced_2000", propensity_like(2000, 0.0)),
                     ("rare_5000", propensity_like(5000, -3.5)),
                     ("small_badly_scaled_40", small_case())]:
    fit = sm.Logit(y, sm.add_constant(x)).fit(method="newton", tol=1e-12, maxiter=200, disp=0)
    cases.append({
        "name": name,
        "columns": int(x.shape[1]),
        "design": [[float(v) for v in row] for row in x],
        "outcome": [int(v) for v in y],
        "params": [float(v) for v in fit.params],
        "bse": [float(v) for v in fit.bse],
        "llf": float(fit.llf),
    })

out = pathlib.Path(__file__).with_name("logistic_cases.json")
out.write_text(json.dumps({"source": "statsmodels %s Logit, newton, tol 1e-12" % sm.__version__,
                           "cases": cases}, separators=(",", ":")) + "\n")
print("wrote", out, [(c["name"], c["params"][:3]) for c in cases])
