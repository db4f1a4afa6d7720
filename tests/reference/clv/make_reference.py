#!/usr/bin/python3
"""Reference values for the lifetime-value tests (tests/clv/), computed independently of the
C++ code with scipy (maximum likelihood, L-BFGS-B) and mpmath (hyp2f1 at 30 digits).

Writes, next to this script:
  synthetic_summary.csv    600 customers drawn from the BG/NBD + Gamma-Gamma generative process
                           (fixed seed), layout ID,x,t_x,T,zbar (weeks, money)
  synthetic_reference.json scipy fits of that summary and mpmath predictions for 20 customers
  cdnow_reference.json     the same for the CDNOW sample (needs ../shared/datasets/cdnow, or the
                           folder given as the first argument)

Conventions (as in the C++ model): times in weeks, a month is 52/12 weeks, CLV over 12 months
summed month by month with discount (1 + 0.10)^(-m/12) on month m, expected purchases over 39
weeks. Run: /usr/bin/python3 tests/reference/clv/make_reference.py [CDNOW_DIR]
"""
import json
import os
import sys

import mpmath
import numpy as np
import pandas as pd
from scipy.optimize import minimize
from scipy.special import digamma, gammaln

HERE = os.path.dirname(os.path.abspath(__file__))
mpmath.mp.dps = 30
HORIZON_MONTHS = 12
ANNUAL_DISCOUNT = 0.10
PERIOD_WEEKS = 39.0
WEEKS_PER_MONTH = 52.0 / 12.0


# ---- BG/NBD (Fader, Hardie & Lee 2005, eq. 6) -------------------------------------------------
def bgnbd_ll_terms(theta, x, tx, T):
    r, alpha, a, b = theta
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    a3 = -(r + x) * np.log(alpha + T)
    with np.errstate(divide="ignore", invalid="ignore"):
        a4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + tx), -np.inf)
    return a1, a2, a3, a4


def bgnbd_nll(logtheta, x, tx, T):
    theta = np.exp(logtheta)
    a1, a2, a3, a4 = bgnbd_ll_terms(theta, x, tx, T)
    return -np.sum(a1 + a2 + np.logaddexp(a3, a4))


def bgnbd_grad_natural(theta, x, tx, T):
    r, alpha, a, b = theta
    a1, a2, a3, a4 = bgnbd_ll_terms(theta, x, tx, T)
    lse = np.logaddexp(a3, a4)
    w3 = np.exp(a3 - lse)
    w4 = np.exp(a4 - lse)
    rep = x > 0
    bx1 = np.where(rep, b + x - 1, 1.0)
    g_r = digamma(r + x) - digamma(r) + np.log(alpha) - w3 * np.log(alpha + T) - w4 * np.log(alpha + tx)
    g_alpha = r / alpha - w3 * (r + x) / (alpha + T) - w4 * (r + x) / (alpha + tx)
    g_a = digamma(a + b) - digamma(a + b + x) + np.where(rep, w4 / a, 0.0)
    g_b = digamma(a + b) + digamma(b + x) - digamma(b) - digamma(a + b + x) - np.where(rep, w4 / bx1, 0.0)
    return -np.array([g_r.sum(), g_alpha.sum(), g_a.sum(), g_b.sum()])


def bgnbd_nll_and_grad(logtheta, x, tx, T):
    theta = np.exp(logtheta)
    return bgnbd_nll(logtheta, x, tx, T), bgnbd_grad_natural(theta, x, tx, T) * theta


# ---- Gamma-Gamma (Fader, Hardie & Lee 2005, "RFM and CLV") --------------------------------------
def gg_nll(logtheta, x, m):
    p, q, g = np.exp(logtheta)
    ll = (gammaln(p * x + q) - gammaln(p * x) - gammaln(q) + q * np.log(g) + (p * x - 1) * np.log(m)
          + p * x * np.log(x) - (p * x + q) * np.log(g + x * m))
    return -np.sum(ll)


def gg_grad_natural(theta, x, m):
    p, q, g = theta
    gp = x * (digamma(p * x + q) - digamma(p * x) + np.log(m) + np.log(x) - np.log(g + x * m))
    gq = digamma(p * x + q) - digamma(q) + np.log(g) - np.log(g + x * m)
    gg = q / g - (p * x + q) / (g + x * m)
    return -np.array([gp.sum(), gq.sum(), gg.sum()])


def gg_nll_and_grad(logtheta, x, m):
    theta = np.exp(logtheta)
    return gg_nll(logtheta, x, m), gg_grad_natural(theta, x, m) * theta


def fit(fun, start, args):
    res = minimize(fun, np.log(start), args=args, jac=True, method="L-BFGS-B",
                   options={"ftol": 1e-15, "gtol": 1e-10, "maxiter": 10000})
    return np.exp(res.x), -res.fun


def standard_errors(grad_natural, theta, args):
    """Square roots of the diagonal of the inverse Hessian of the negative log-likelihood, the
    Hessian from central differences of the analytic gradient (relative step 1e-5)."""
    n = len(theta)
    h = np.zeros((n, n))
    for i in range(n):
        step = 1e-5 * theta[i]
        up, dn = theta.copy(), theta.copy()
        up[i] += step
        dn[i] -= step
        h[i] = (grad_natural(up, *args) - grad_natural(dn, *args)) / (2 * step)
    h = 0.5 * (h + h.T)
    return np.sqrt(np.diag(np.linalg.inv(h)))


# ---- predictions with mpmath -------------------------------------------------------------------
def p_alive(r, alpha, a, b, x, tx, T):
    if x == 0:
        return mpmath.mpf(1)
    return 1 / (1 + mpmath.mpf(a) / (b + x - 1) * ((alpha + T) / (alpha + tx)) ** (r + x))


def cond_expected(r, alpha, a, b, t, x, tx, T):
    r, alpha, a, b, t, tx, T = (mpmath.mpf(v) for v in (r, alpha, a, b, t, tx, T))
    hyp = mpmath.hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t))
    num = (a + b + x - 1) / (a - 1) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp)
    den = 1 + (a / (b + x - 1) * ((alpha + T) / (alpha + tx)) ** (r + x) if x > 0 else 0)
    return num / den


def expected_spend(p, q, g, x, zbar):
    return mpmath.mpf(p) * (g + x * mpmath.mpf(zbar)) / (p * x + q - 1)


def clv(bg, spend, x, tx, T):
    total, prev = mpmath.mpf(0), mpmath.mpf(0)
    for m in range(1, HORIZON_MONTHS + 1):
        cum = cond_expected(*bg, m * WEEKS_PER_MONTH, x, tx, T)
        total += (cum - prev) * spend * mpmath.power(1 + mpmath.mpf(ANNUAL_DISCOUNT), -mpmath.mpf(m) / 12)
        prev = cum
    return total


def reference(summary, label, picked_ids):
    x = summary["x"].to_numpy(dtype=float)
    tx = summary["t_x"].to_numpy(dtype=float)
    T = summary["T"].to_numpy(dtype=float)
    bg, bg_ll = fit(bgnbd_nll_and_grad, np.array([1.0, T.mean(), 1.0, 1.0]), (x, tx, T))
    bg_se = standard_errors(bgnbd_grad_natural, bg, (x, tx, T))
    rep = summary[summary["x"] > 0]
    xr = rep["x"].to_numpy(dtype=float)
    mr = rep["zbar"].to_numpy(dtype=float)
    gg, gg_ll = fit(gg_nll_and_grad, np.array([2.0, 2.0, mr.mean() / 2]), (xr, mr))
    gg_se = standard_errors(gg_grad_natural, gg, (xr, mr))
    corr = float(np.corrcoef(xr, mr)[0, 1])
    customers = []
    for cid in picked_ids:
        row = summary[summary["ID"].astype(str) == str(cid)].iloc[0]
        xi, txi, Ti, zi = int(row["x"]), float(row["t_x"]), float(row["T"]), float(row["zbar"])
        spend = expected_spend(*gg, xi, zi)
        customers.append({
            "id": str(cid), "x": xi, "t_x": txi, "T": Ti, "zbar": zi,
            "p_alive": float(p_alive(*bg, xi, txi, Ti)),
            "expected_purchases_39w": float(cond_expected(*bg, PERIOD_WEEKS, xi, txi, Ti)),
            "expected_average_spend": float(spend),
            "clv_12m": float(clv(bg, spend, xi, txi, Ti)),
        })
    print(f"{label}: BG/NBD {bg} LL {bg_ll:.6f} se {bg_se}; Gamma-Gamma {gg} LL {gg_ll:.6f} se {gg_se}; r(x, zbar) {corr:.4f}")
    return {
        "source": label,
        "bgnbd": {"r": bg[0], "alpha": bg[1], "a": bg[2], "b": bg[3], "log_likelihood": bg_ll,
                  "standard_errors": dict(zip(["r", "alpha", "a", "b"], bg_se.tolist()))},
        "gamma_gamma": {"p": gg[0], "q": gg[1], "gamma": gg[2], "log_likelihood": gg_ll,
                        "standard_errors": dict(zip(["p", "q", "gamma"], gg_se.tolist()))},
        "frequency_spend_correlation": corr,
        "options": {"horizon_months": HORIZON_MONTHS, "annual_discount": ANNUAL_DISCOUNT,
                    "period_weeks": PERIOD_WEEKS, "weeks_per_month": WEEKS_PER_MONTH},
        "customers": customers,
    }


def synthetic_summary(n=600, seed=20260417):
    """Customers acquired uniformly over the first 26 weeks, observed to week 52."""
    rng = np.random.default_rng(seed)
    r, alpha, a, b = 0.6, 5.0, 0.8, 3.0
    p, q, g = 4.0, 3.5, 20.0
    rows = []
    for i in range(n):
        start = rng.uniform(0, 26)
        T = round(52 - start, 2)
        lam = rng.gamma(r, 1 / alpha)
        pdrop = rng.beta(a, b)
        nu = rng.gamma(q, 1 / g)
        t, times = 0.0, []
        while True:
            t += rng.exponential(1 / lam)
            if t > T:
                break
            times.append(t)
            if rng.uniform() < pdrop:
                break
        x = len(times)
        tx = round(times[-1], 2) if x else 0.0
        zbar = round(float(np.mean(rng.gamma(p, 1 / nu, size=x))), 2) if x else 0.0
        rows.append({"ID": i + 1, "x": x, "t_x": tx, "T": T, "zbar": zbar})
    return pd.DataFrame(rows)


def cdnow_summary(folder):
    """The calibration summary rebuilt from CDNOW_sample.txt with unrounded zbar (as the C++)."""
    tr = pd.read_csv(os.path.join(folder, "CDNOW_sample.txt"), sep=r"\s+", header=None,
                     names=["master", "ID", "date", "cds", "value"])
    tr["date"] = pd.to_datetime(tr["date"].astype(str), format="%Y%m%d")
    end = pd.Timestamp("1997-09-30")
    tr = tr[tr["date"] <= end].groupby(["ID", "date"], as_index=False)["value"].sum()
    rows = []
    for cid, g in tr.groupby("ID"):
        g = g.sort_values("date")
        first, last = g["date"].iloc[0], g["date"].iloc[-1]
        x = len(g) - 1
        rows.append({"ID": cid, "x": x, "t_x": (last - first).days / 7, "T": (end - first).days / 7,
                     "zbar": g["value"].iloc[1:].mean() if x else 0.0})
    return pd.DataFrame(rows)


def cdnow_holdout(folder, summary, bg):
    """Backtest figures for calibration to 1997-09-30 and the 39-week holdout to 1998-06-30:
    observed repeat purchase days (same-day merged) of the calibration customers and the
    expected number sum_i E[Y_i(39) | x_i, t_x_i, T_i] with mpmath."""
    tr = pd.read_csv(os.path.join(folder, "CDNOW_sample.txt"), sep=r"\s+", header=None,
                     names=["master", "ID", "date", "cds", "value"])
    tr["date"] = pd.to_datetime(tr["date"].astype(str), format="%Y%m%d")
    days = tr.drop_duplicates(["ID", "date"])
    hold = days[(days["date"] > "1997-09-30") & (days["date"] <= "1998-06-30")]
    expected = mpmath.fsum(cond_expected(*bg, 39.0, int(r.x), float(r.t_x), float(r["T"]))
                           for _, r in summary.iterrows())
    return {"calibration_end": "1997-09-30", "holdout_end": "1998-06-30", "holdout_weeks": 39,
            "actual_repeat_purchases": int(len(hold)), "expected_repeat_purchases": float(expected)}


def pick(summary):
    """20 customers spread over frequency, recency and age (every 1/20 quantile of x*T+t_x)."""
    order = summary.assign(key=summary["x"] * 1000 + summary["t_x"]).sort_values(["key", "ID"])
    idx = np.linspace(0, len(order) - 1, 20).round().astype(int)
    return order.iloc[idx]["ID"].tolist()


def main():
    syn = synthetic_summary()
    syn.to_csv(os.path.join(HERE, "synthetic_summary.csv"), index=False, float_format="%.2f")
    syn = pd.read_csv(os.path.join(HERE, "synthetic_summary.csv"))
    with open(os.path.join(HERE, "synthetic_reference.json"), "w") as f:
        json.dump(reference(syn, "synthetic_summary.csv", pick(syn)), f, indent=1)
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "../../../../shared/datasets/cdnow")
    if os.path.exists(os.path.join(folder, "CDNOW_sample.txt")):
        cd = cdnow_summary(folder)
        ref = reference(cd, "CDNOW_sample.txt, calibration to 1997-09-30", pick(cd))
        bg = [ref["bgnbd"][k] for k in ("r", "alpha", "a", "b")]
        ref["holdout"] = cdnow_holdout(folder, cd, bg)
        print("holdout", ref["holdout"])
        with open(os.path.join(HERE, "cdnow_reference.json"), "w") as f:
            json.dump(ref, f, indent=1)
    else:
        print("CDNOW data not found: cdnow_reference.json left as it is", file=sys.stderr)


if __name__ == "__main__":
    main()
