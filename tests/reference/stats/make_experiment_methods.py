#!/usr/bin/python3
"""Reference values for the experiment methods of issue "Experiments a small shop can actually
run" (planner for uneven splits, always-valid mixture SPRT), computed with Debian's scipy 1.10 /
statsmodels 0.13, independently of the C++ code.

Run:  /usr/bin/python3 tests/reference/stats/make_experiment_methods.py
Writes experiment_methods.json next to this script (committed; the C++ suite never runs Python).

Sources:
  split_plans  statsmodels.stats.power.normal_sample_size_one_tail(diff, power, alpha/2,
               std_null, std_alternative) with the per-nobs1 standard deviations of
               statsmodels.stats.proportion._std_diff_prop(p1, p2, ratio) and
               ratio = nobs2 / nobs1 = (1 - s) / s; the null uses the baseline in both arms
               (Evan Miller's choice). nobs1 is the control's count, total = nobs1 * (1 + ratio).
               Detectable effects by scipy.optimize.brentq on the same statsmodels functions.
               Where the null and alternative variances coincide (p2 = 1 - p1) the total is also
               checked against statsmodels NormalIndPower(ratio=...).solve_power.
  msprt        the normal-mixture likelihood ratio of Johari, Pekelis & Walsh (2017/2022)
               computed by scipy.integrate.quad of the likelihood ratio
               N(theta_hat; theta, V) / N(theta_hat; 0, V) over the mixing density N(0, tau^2)
               -- not the closed form the C++ code uses -- and the confidence-sequence bounds
               by scipy.optimize.brentq on that integral = 1/alpha.
  demo_traffic the demo shop's exports read directly (resources/demo): the GA4 landing-page
               reports of the last 12 weeks (whole months inside the window ending at the last
               report), Sessions and Key events summed; the Mailchimp campaigns sent in the 12
               weeks ending at the last send, Successful Deliveries and Unique Clicks summed; the
               weeks a 20% relative change needs (split_plans' statsmodels route) at 50/50 and
               80/20; the Shopify orders of the 12 weeks ending 30 days before the last order
               and their customers' reorders on a later day within 30 days.
  shrinkage    the normal-normal hierarchical model with flat priors on mu and tau (Gelman et
               al., Bayesian Data Analysis 3rd ed., 5.4-5.5) integrated over tau with
               scipy.integrate.quad (the C++ code samples a grid instead): posterior means and
               standard deviations of each theta_j and of mu; DerSimonian-Laird tau^2 from
               statsmodels.stats.meta_analysis.combine_effects(method_re='dl') (clipped at 0).
               Cases: BDA's eight schools (Table 5.2) and a portfolio of six rate tests.
  cuped        statsmodels OLS fits y ~ treatment + x (CUPED's adjusted difference is its
               treatment coefficient) and y ~ treatment (the plain difference), classical
               standard errors and conf_int(0.05); the data are stored with the results.
"""
import csv
import datetime as dt
import json
import math
import os

import numpy as np
import statsmodels.api as sm
from scipy import integrate, optimize, stats
from statsmodels.stats.meta_analysis import combine_effects
from statsmodels.stats.power import NormalIndPower, normal_sample_size_one_tail
from statsmodels.stats.proportion import _std_diff_prop


def split_total(p, d, s, power=0.8, alpha=0.05):
    ratio = (1 - s) / s
    std_null = _std_diff_prop(p, p, ratio=ratio)
    std_alt = _std_diff_prop(p, p + d, ratio=ratio)  # p1 is the arm of nobs1: the control
    nobs1 = normal_sample_size_one_tail(d, power, alpha / 2, std_null=std_null,
                                        std_alternative=std_alt)
    return float(nobs1 * (1 + ratio))


SPLIT_PLANS = []
for p, d, s, power, alpha in [(0.2, 0.05, 0.5, 0.8, 0.05), (0.03, 0.003, 0.5, 0.8, 0.05),
                              (0.03, 0.003, 0.8, 0.8, 0.05), (0.1, 0.02, 0.3, 0.9, 0.01),
                              (0.05, -0.01, 0.9, 0.8, 0.05), (0.012, 0.0024, 0.75, 0.8, 0.05)]:
    SPLIT_PLANS.append({"baseline": p, "mde_absolute": d, "control_share": s, "power": power,
                        "alpha": alpha, "exact_total": split_total(p, d, s, power, alpha)})

# p2 = 1 - p1: both variances are p(1-p)(1/s + 1/(1-s)), so NormalIndPower applies directly.
EQUAL_VARIANCE = []
for p, s in [(0.4, 0.5), (0.4, 0.7), (0.35, 0.25)]:
    d = 1 - 2 * p
    ratio = (1 - s) / s
    nobs1 = NormalIndPower().solve_power(effect_size=d / math.sqrt(p * (1 - p)), nobs1=None,
                                         alpha=0.05, power=0.8, ratio=ratio,
                                         alternative="two-sided")
    EQUAL_VARIANCE.append({"baseline": p, "mde_absolute": d, "control_share": s,
                           "total_normal_ind_power": float(nobs1 * (1 + ratio))})

DETECTABLE_SPLIT = []
for p, total, s in [(0.03, 40000, 0.5), (0.03, 40000, 0.8), (0.012, 12000, 0.75),
                    (0.2, 2060.4385662209206, 0.5)]:
    d = optimize.brentq(lambda d: split_total(p, d, s) - total, 1e-9, 1 - p - 1e-9, xtol=1e-15,
                        rtol=1e-14)
    DETECTABLE_SPLIT.append({"baseline": p, "total": total, "control_share": s,
                             "mde_absolute": d})


def mixture_ratio(theta_hat, v, tau2, theta0=0.0):
    """int N(theta_hat; theta0 + t, v) / N(theta_hat; theta0, v) dN(t; 0, tau2), by quadrature
    (in log space around the integrand's peak, which is scaled out and multiplied back)."""
    sd = math.sqrt(tau2)
    x = theta_hat - theta0

    def log_integrand(t):
        return (x * t - t * t / 2) / v + stats.norm.logpdf(t, 0, sd)

    peak = x * tau2 / (v + tau2)
    spread = math.sqrt(v * tau2 / (v + tau2))
    top = log_integrand(peak)
    value, _ = integrate.quad(lambda t: math.exp(log_integrand(t) - top), peak - 40 * spread,
                              peak + 40 * spread, points=[peak], epsabs=0, epsrel=1e-12,
                              limit=500)
    return value * math.exp(top)


MSPRT = []
for name, nc, xc, nt, xt, tau_rel, alpha in [
        ("clear winner", 4000, 120, 4000, 175, 0.1, 0.05),
        ("no difference yet", 1500, 45, 1480, 47, 0.1, 0.05),
        ("uneven arms, drop", 6000, 300, 2000, 70, 0.1, 0.05),
        ("strict alpha", 9000, 270, 9100, 340, 0.2, 0.01)]:
    pc, pt = xc / nc, xt / nt
    v = pc * (1 - pc) / nc + pt * (1 - pt) / nt
    pooled = (xc + xt) / (nc + nt)
    tau2 = (tau_rel * pooled) ** 2
    diff = pt - pc
    lam = mixture_ratio(diff, v, tau2)
    excess = lambda h: mixture_ratio(diff, v, tau2, diff - h) - 1 / alpha  # noqa: E731
    high = math.sqrt(v)
    while excess(high) < 0:  # widen the bracket until the ratio passes 1/alpha
        high *= 2
    half = optimize.brentq(excess, 1e-12, high, xtol=1e-15, rtol=1e-13)
    MSPRT.append({"name": name, "control": [nc, xc], "treatment": [nt, xt],
                  "tau_relative": tau_rel, "alpha": alpha, "variance": v, "tau2": tau2,
                  "likelihood_ratio": lam, "p_value": min(1.0, 1 / lam),
                  "ci": [diff - half, diff + half]})

def cuped_case(name, control, treatment):
    """control / treatment: lists of [y, x]."""
    rows = [(y, x, 0.0) for y, x in control] + [(y, x, 1.0) for y, x in treatment]
    y = np.array([r[0] for r in rows])
    x = np.array([r[1] for r in rows])
    t = np.array([r[2] for r in rows])
    adjusted = sm.OLS(y, sm.add_constant(np.column_stack([t, x]))).fit()
    plain = sm.OLS(y, sm.add_constant(t)).fit()
    return {"name": name, "control": control, "treatment": treatment,
            "adjusted": float(adjusted.params[1]), "adjusted_se": float(adjusted.bse[1]),
            "adjusted_ci": [float(v) for v in adjusted.conf_int(0.05)[1]],
            "theta": float(adjusted.params[2]),
            "plain": float(plain.params[1]), "plain_se": float(plain.bse[1]),
            "plain_ci": [float(v) for v in plain.conf_int(0.05)[1]]}


rng = np.random.RandomState(20261206)


def revenue_pairs(n, effect):
    """Customers' revenue before (x) and during (y) a test: a spending level shared by both,
    zero for many, so y and x are correlated as real shop revenue is."""
    level = rng.gamma(0.6, 40.0, size=n)
    x = np.where(rng.uniform(size=n) < 0.45, rng.poisson(level / 10.0) * 10.0, 0.0)
    y = np.where(rng.uniform(size=n) < 0.2 + effect, rng.gamma(2.0, level / 2.0 + 5.0), 0.0)
    return [[round(float(a), 2), round(float(b), 2)] for a, b in zip(y, x)]


CUPED = [
    cuped_case("hand example", [[1, 0], [3, 2], [2, 1], [6, 4], [0, 0]],
               [[2, 0], [5, 3], [4, 1], [9, 5]]),
    cuped_case("customers' revenue, no effect", revenue_pairs(600, 0.0), revenue_pairs(620, 0.0)),
    cuped_case("customers' revenue, an effect", revenue_pairs(900, 0.0), revenue_pairs(880, 0.05)),
]

def shrinkage_case(name, y, s2):
    y, s2 = np.array(y, float), np.array(s2, float)

    def given_tau(tau):
        w = 1 / (s2 + tau * tau)
        mu = np.sum(w * y) / np.sum(w)
        v_mu = 1 / np.sum(w)
        log_post = 0.5 * math.log(v_mu) + np.sum(-0.5 * np.log(s2 + tau * tau)
                                                 - 0.5 * (y - mu) ** 2 / (s2 + tau * tau))
        return mu, v_mu, log_post

    top = max(given_tau(t)[2] for t in np.linspace(0, 10 * math.sqrt(max(np.var(y, ddof=1),
                                                                         s2.max())), 400))
    dens = lambda t: math.exp(given_tau(t)[2] - top)  # noqa: E731
    norm = integrate.quad(dens, 0, np.inf, limit=500)[0]

    def expect(f):
        return integrate.quad(lambda t: dens(t) * f(t), 0, np.inf, limit=500)[0] / norm

    def theta_moments(j, t):
        mu, v_mu, _ = given_tau(t)
        if t == 0:
            return mu, v_mu
        b = s2[j] / (s2[j] + t * t)
        mean = b * mu + (1 - b) * y[j]
        var = s2[j] * (1 - b) + b * b * v_mu
        return mean, var

    means, sds = [], []
    for j in range(len(y)):
        m = expect(lambda t: theta_moments(j, t)[0])
        second = expect(lambda t: theta_moments(j, t)[1] + theta_moments(j, t)[0] ** 2)
        means.append(m)
        sds.append(math.sqrt(second - m * m))
    mu_mean = expect(lambda t: given_tau(t)[0])
    mu_sd = math.sqrt(expect(lambda t: given_tau(t)[1] + given_tau(t)[0] ** 2) - mu_mean ** 2)
    dl = combine_effects(y, s2, method_re="dl")
    return {"name": name, "y": list(y), "variance": list(s2), "theta_mean": means,
            "theta_sd": sds, "mu_mean": mu_mean, "mu_sd": mu_sd,
            "tau2_dersimonian_laird": max(0.0, float(dl.tau2))}


def log_ratio_case(arms):
    y, v = [], []
    for nc, xc, nt, xt in arms:
        pc, pt = xc / nc, xt / nt
        y.append(math.log(pt / pc))
        v.append((1 - pt) / xt + (1 - pc) / xc)
    return y, v


SHRINKAGE = [
    shrinkage_case("eight schools (BDA Table 5.2)", [28, 8, -3, 7, -1, 1, 18, 12],
                   [15 ** 2, 10 ** 2, 16 ** 2, 11 ** 2, 9 ** 2, 11 ** 2, 10 ** 2, 18 ** 2]),
    shrinkage_case("six rate tests", *log_ratio_case([
        (3960, 103, 4040, 125), (5530, 166, 5470, 213), (2492, 70, 2508, 83),
        (2009, 62, 1991, 60), (3035, 82, 2965, 101), (2034, 59, 1966, 55)])),
]

DEMO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "resources",
                    "demo")


def demo_ga4():
    reports = []
    for name in sorted(os.listdir(DEMO)):
        if not name.startswith("ga4_landing_page_"):
            continue
        with open(os.path.join(DEMO, name), encoding="utf-8") as f:
            lines = f.read().splitlines()
        start = [l for l in lines if l.startswith("# Start date: ")][0][-8:]
        end = [l for l in lines if l.startswith("# End date: ")][0][-8:]
        rows = list(csv.DictReader(l for l in lines if l and not l.startswith("#")))
        reports.append((dt.date(int(start[:4]), int(start[4:6]), int(start[6:])),
                        dt.date(int(end[:4]), int(end[4:6]), int(end[6:])),
                        sum(float(r["Sessions"]) for r in rows),
                        sum(float(r["Key events"]) for r in rows)))
    last = max(r[1] for r in reports)
    first_allowed = last - dt.timedelta(days=7 * 12 - 1)
    inside = [r for r in reports if r[0] >= first_allowed and r[1] <= last]
    days = (max(r[1] for r in inside) - min(r[0] for r in inside)).days + 1
    return sum(r[2] for r in inside), sum(r[3] for r in inside), days


def demo_mailchimp():
    with open(os.path.join(DEMO, "mailchimp_campaigns.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    days = [dt.date.fromisoformat(r["Send Date"][:10]) for r in rows]
    last = max(days)
    first = last - dt.timedelta(days=7 * 12 - 1)
    chosen = [r for r, d in zip(rows, days) if first <= d <= last]
    return (sum(float(r["Successful Deliveries"]) for r in chosen),
            sum(float(r["Unique Clicks"]) for r in chosen), 84)


def demo_orders():
    """Shopify orders (first row of each order), cancelled ones left out; an order counts when
    it falls in the 12 weeks ending 30 days before the last order, and succeeds when the same
    customer (e-mail) orders again on a later day within 30 days."""
    with open(os.path.join(DEMO, "orders_export.csv"), encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["Financial Status"]]
    orders = {}
    for r in rows:
        if not r["Cancelled at"]:
            orders.setdefault(r["Name"], (dt.date.fromisoformat(r["Created at"][:10]),
                                          r["Email"].strip().lower()))
    last = max(d for d, _ in orders.values())
    to = last - dt.timedelta(days=30)
    first = to - dt.timedelta(days=7 * 12 - 1)
    days_by_customer = {}
    for d, e in orders.values():
        days_by_customer.setdefault(e, []).append(d)
    units = successes = 0
    for d, e in orders.values():
        if e and first <= d <= to:
            units += 1
            successes += any(d < x <= d + dt.timedelta(days=30) for x in days_by_customer[e])
    return float(units), float(successes), 84


DEMO_TRAFFIC = {}
for metric, (units, successes, days) in (("conversion", demo_ga4()), ("email", demo_mailchimp()),
                                          ("orders", demo_orders())):
    weeks = days / 7
    baseline = successes / units
    DEMO_TRAFFIC[metric] = {
        "unit_count": units, "success_count": successes, "weeks": weeks, "baseline": baseline,
        "units_per_week": units / weeks,
        "weeks_needed_20_percent": split_total(baseline, 0.2 * baseline, 0.5) / (units / weeks),
        "weeks_needed_20_percent_80_20": split_total(baseline, 0.2 * baseline, 0.8) /
        (units / weeks)}

out = {
    "generated_by": "tests/reference/stats/make_experiment_methods.py with scipy %s, "
                    "statsmodels %s" % (__import__("scipy").__version__,
                                        __import__("statsmodels").__version__),
    "split_plans": SPLIT_PLANS,
    "equal_variance_plans": EQUAL_VARIANCE,
    "detectable_split": DETECTABLE_SPLIT,
    "msprt": MSPRT,
    "cuped": CUPED,
    "shrinkage": SHRINKAGE,
    "demo_traffic": DEMO_TRAFFIC,
}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "experiment_methods.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print("wrote", path)
