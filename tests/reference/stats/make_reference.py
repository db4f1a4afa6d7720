#!/usr/bin/python3
"""Reference values for PVI Studio's A/B statistics (tests/stats), computed with Debian's
scipy 1.10 / statsmodels 0.13 / mpmath, independently of the C++ code.

Run:  /usr/bin/python3 tests/reference/stats/make_reference.py
Writes ab_cases.json next to this script (committed; the C++ suite never runs Python).

Sources per statistic (named again in the C++ test):
  z            statsmodels.stats.proportion.proportions_ztest([x_t, x_c], [n_t, n_c])  (pooled)
  chi_square   scipy.stats.chi2_contingency(table, correction=False)
  chi_yates    scipy.stats.chi2_contingency(table, correction=True)
  fisher       scipy.stats.fisher_exact(table)  (two-sided)
  wilson       statsmodels proportion_confint(x, n, method='wilson')
  difference   statsmodels confint_proportions_2indep(x_t, n_t, x_c, n_c, method='newcomb',
               compare='diff') -- its code is Newcombe's method 10: Wilson limits of each arm
               combined as diff -/+ sqrt((p1-l1)^2 + (u2-p2)^2), diff + sqrt((p2-l2)^2+(u1-p1)^2)
  lift         confint_proportions_2indep(..., compare='ratio', method='log')  (Katz log)
  beat         mpmath numeric integration (30 digits) of  int f_T(x) I_x(a_C, b_C) dx;
               above 20,000 visitors scipy.integrate.quad of beta.pdf * special.betainc
  srm          scipy.stats.chisquare([n_c, n_t], f_exp=planned split)
  welch        statsmodels CompareMeans(...).ttest_ind(usevar='unequal') and
               tconfint_diff(usevar='unequal'); scipy.stats.ttest_ind(equal_var=False) for p
  mean lift    delta method on m_t/m_c - 1 written out below with numpy (hand computation)
  mann-whitney scipy.stats.mannwhitneyu(t, c, use_continuity=True, alternative='two-sided',
               method='asymptotic')
  plan         Evan Miller's formula with scipy.stats.norm quantiles; detectable effect by
               scipy.optimize.brentq on the same formula
  adjusted p   statsmodels.stats.multitest.multipletests(method='holm' / 'fdr_bh')
"""
import json
import math
import os
import warnings

import mpmath
import numpy as np
from scipy import optimize, stats
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import (confint_proportions_2indep, proportion_confint,
                                          proportions_ztest)
from statsmodels.stats.weightstats import CompareMeans, DescrStatsW

warnings.simplefilter("ignore")


def num(x):
    """A float for JSON, or None when undefined (nan/inf)."""
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def safe(fn):
    try:
        return fn()
    except (ValueError, ZeroDivisionError):
        return None


def prob_to_beat(nc, xc, nt, xt):
    """P(p_T > p_C) with Beta(1,1) priors by numeric integration over the treatment's mass."""
    ac, bc, at, bt = 1 + xc, 1 + nc - xc, 1 + xt, 1 + nt - xt
    if nc + nt > 20000:
        return prob_to_beat_double(ac, bc, at, bt)
    mpmath.mp.dps = 30
    log_bt = mpmath.log(mpmath.beta(at, bt))

    def integrand(x):
        if x <= 0 or x >= 1:
            return mpmath.mpf(0)
        density = mpmath.exp((at - 1) * mpmath.log(x) + (bt - 1) * mpmath.log1p(-x) - log_bt)
        return density * mpmath.betainc(ac, bc, 0, x, regularized=True)

    # The treatment's posterior lives within ~40 sd of its mean: split there so quad sees it.
    mean = mpmath.mpf(at) / (at + bt)
    sd = mpmath.sqrt(mean * (1 - mean) / (at + bt + 1))
    lo, hi = max(mpmath.mpf(0), mean - 40 * sd), min(mpmath.mpf(1), mean + 40 * sd)
    points = [lo + (hi - lo) * k / 64 for k in range(65)]
    if lo > 0:
        points = [mpmath.mpf(0)] + points
    if hi < 1:
        points = points + [mpmath.mpf(1)]
    return float(mpmath.quad(integrand, points))


def prob_to_beat_double(ac, bc, at, bt):
    """The same integral in double precision for large arms, where mpmath's incomplete beta
    does not converge: scipy.integrate.quad (tolerance 1e-13) of scipy.stats.beta.pdf times
    scipy.special.betainc (Cephes), on 200 pieces across +-40 sd of the treatment's mass."""
    from scipy import integrate, special
    mean = at / (at + bt)
    sd = math.sqrt(mean * (1 - mean) / (at + bt + 1))
    lo, hi = max(0.0, mean - 40 * sd), min(1.0, mean + 40 * sd)
    edges = np.linspace(lo, hi, 201)
    f = lambda x: stats.beta.pdf(x, at, bt) * special.betainc(ac, bc, x)
    return float(sum(integrate.quad(f, a, b, epsabs=1e-14, epsrel=1e-13, limit=200)[0]
                     for a, b in zip(edges[:-1], edges[1:])))


def rate_case(name, nc, xc, nt, xt, split=0.5):
    table = [[xc, nc - xc], [xt, nt - xt]]
    case = {"name": name, "control": [nc, xc], "treatment": [nt, xt], "planned_split": split}
    if nc > 0 and nt > 0:
        z = safe(lambda: proportions_ztest([xt, xc], [nt, nc]))
        case["z"] = [num(z[0]), num(z[1])] if z else [None, None]
        for key, corr in (("chi_square", False), ("chi_square_yates", True)):
            r = safe(lambda: stats.chi2_contingency(table, correction=corr))
            case[key] = [num(r[0]), num(r[1])] if r else [None, None]
        case["fisher_p"] = num(stats.fisher_exact(table)[1])
        d = confint_proportions_2indep(xt, nt, xc, nc, method="newcomb", compare="diff")
        case["difference"] = [xt / nt - xc / nc, num(d[0]), num(d[1])]
        if xc > 0:
            lift = ((xt / nt) / (xc / nc) - 1) * 100
            r = safe(lambda: confint_proportions_2indep(xt, nt, xc, nc, method="log",
                                                        compare="ratio"))
            ok = r is not None and xt > 0
            case["lift_percent"] = [lift, num((r[0] - 1) * 100) if ok else None,
                                    num((r[1] - 1) * 100) if ok else None]
        else:
            case["lift_percent"] = [None, None, None]
        small = min(xc, nc - xc, xt, nt - xt) < 5
        case["p_value"] = case["fisher_p"] if small else case["z"][1]
        case["p_value_source"] = "fisher" if small else "z"
    else:
        for key in ("z", "chi_square", "chi_square_yates"):
            case[key] = [None, None]
        case["fisher_p"] = None
        case["difference"] = [None, None, None]
        case["lift_percent"] = [None, None, None]
        case["p_value"] = None
        case["p_value_source"] = None
    for arm, (n, x) in (("control_wilson", (nc, xc)), ("treatment_wilson", (nt, xt))):
        case[arm] = list(map(num, proportion_confint(x, n, method="wilson"))) if n > 0 else [None, None]
    # An empty arm has only its prior: PVI Studio reports no probability rather than the prior's.
    case["probability_to_beat"] = prob_to_beat(nc, xc, nt, xt) if nc > 0 and nt > 0 else None
    total = nc + nt
    srm = stats.chisquare([nc, nt], f_exp=[total * split, total * (1 - split)]) if total else None
    case["srm"] = [num(srm[0]), num(srm[1])] if srm else [None, None]
    return case


RATE_CASES = [
    rate_case("typical", 1000, 200, 1000, 250),
    rate_case("tiny", 20, 1, 25, 6),
    rate_case("zero conversions in control", 10, 0, 12, 3),
    rate_case("zero conversions in both arms", 50, 0, 60, 0),
    rate_case("all converted in both arms", 40, 40, 45, 45),
    rate_case("all converted in treatment", 30, 28, 30, 30),
    rate_case("unequal planned split", 3000, 300, 1000, 120, 0.75),
    rate_case("very unequal split", 30, 3, 5000, 700, 30 / 5030),
    rate_case("negative lift", 2000, 300, 2000, 240),
    rate_case("identical arms", 5000, 500, 5000, 500),
    rate_case("a million per arm", 1000000, 100000, 1000000, 101000),
    rate_case("sample ratio mismatch", 10000, 1000, 10500, 1100),
    rate_case("small counts", 8, 3, 9, 4),
    rate_case("low rate, large arms", 50000, 150, 50000, 190),
    rate_case("empty treatment arm", 100, 10, 0, 0),
    rate_case("far tail, few control conversions", 500, 2, 500, 120),
    rate_case("far tail, large arms", 20000, 3, 20000, 900),
]


def mean_case(name, control, treatment):
    c, t = np.asarray(control, float), np.asarray(treatment, float)
    case = {"name": name, "control": list(c), "treatment": list(t),
            "difference": float(t.mean() - c.mean()) if len(c) and len(t) else None}
    cm = CompareMeans(DescrStatsW(t), DescrStatsW(c))
    if len(c) >= 2 and len(t) >= 2 and (c.var() > 0 or t.var() > 0):
        tstat, p, df = cm.ttest_ind(usevar="unequal")
        lo, hi = cm.tconfint_diff(usevar="unequal")
        sp = stats.ttest_ind(t, c, equal_var=False)
        case["welch"] = {"difference": t.mean() - c.mean(), "t": float(tstat), "df": float(df),
                         "p": float(p), "p_scipy": float(sp.pvalue), "ci": [float(lo), float(hi)]}
    else:
        case["welch"] = None
    if len(c) >= 2 and len(t) >= 2 and c.mean() != 0:
        # Delta method on the relative difference L = m_t/m_c - 1 (GrowthBook's frequentist
        # engine): Var(L) = s_t^2/(n_t m_c^2) + s_c^2 m_t^2/(n_c m_c^4); 95% normal interval.
        mc, mt = c.mean(), t.mean()
        var = t.var(ddof=1) / (len(t) * mc**2) + c.var(ddof=1) * mt**2 / (len(c) * mc**4)
        z = stats.norm.isf(0.025)
        lift = mt / mc - 1
        case["mean_lift_percent"] = [lift * 100, (lift - z * math.sqrt(var)) * 100,
                                     (lift + z * math.sqrt(var)) * 100]
    else:
        case["mean_lift_percent"] = None
    if len(c) and len(t) and np.ptp(np.concatenate([c, t])) > 0:
        mw = stats.mannwhitneyu(t, c, use_continuity=True, alternative="two-sided",
                                method="asymptotic")
        case["mann_whitney"] = [float(mw.statistic), float(mw.pvalue)]
    else:
        case["mann_whitney"] = None
    return case


rng = np.random.RandomState(20261123)


def revenue(n, rate, mean):
    """Per-visitor revenue: zero for non-buyers (many ties), gamma-distributed for buyers."""
    buys = rng.uniform(size=n) < rate
    return list(np.round(np.where(buys, rng.gamma(2.0, mean / 2.0, size=n), 0.0), 2))


MEAN_CASES = [
    mean_case("small hand example", [1, 2, 3, 4, 10], [2, 5, 7, 9, 11, 12]),
    mean_case("revenue per visitor with many zeros", revenue(400, 0.1, 60), revenue(450, 0.13, 62)),
    mean_case("order values, unequal sizes", list(np.round(rng.gamma(3, 20, 80), 2)),
              list(np.round(rng.gamma(3, 18, 300), 2))),
    mean_case("negative difference", list(np.round(rng.normal(50, 10, 60), 2)),
              list(np.round(rng.normal(45, 14, 70), 2))),
    mean_case("constant values", [5, 5, 5, 5], [5, 5, 5]),
    mean_case("one unit in an arm", [3], [1, 2, 3, 4]),
]


def evan_miller(p, d, power=0.8, alpha=0.05):
    za, zb = stats.norm.isf(alpha / 2), stats.norm.ppf(power)
    return (za * math.sqrt(2 * p * (1 - p)) + zb * math.sqrt(p * (1 - p) + (p + d) * (1 - p - d))) ** 2 / d**2


PLAN_CASES = []
for baseline, mde, power, alpha in [(0.2, 0.05, 0.8, 0.05), (0.03, 0.005, 0.8, 0.05),
                                    (0.1, 0.02, 0.9, 0.01), (0.5, -0.1, 0.8, 0.05),
                                    (0.05, 0.05 * 0.1, 0.8, 0.05)]:
    n = evan_miller(baseline, mde, power, alpha)
    PLAN_CASES.append({"baseline": baseline, "mde_absolute": mde, "power": power, "alpha": alpha,
                       "exact_per_arm": n, "per_arm": int(round(n))})

DETECTABLE_CASES = []
for baseline, visitors in [(0.2, 1030.2192831104603), (0.03, 20000), (0.1, 500), (0.5, 100)]:
    d = optimize.brentq(lambda d: evan_miller(baseline, d) - visitors, 1e-12, 1 - baseline - 1e-9,
                        xtol=1e-15, rtol=1e-14)
    DETECTABLE_CASES.append({"baseline": baseline, "visitors_per_arm": visitors, "mde_absolute": d})

P_VALUES = [0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.8, 0.0001]
LIFTS = [5.0, 2.0, -3.0, 10.0, 1.0, 4.0, -1.0, -8.0]
ADJUSTED = {}
for method, key in (("holm", "holm"), ("fdr_bh", "benjamini_hochberg")):
    reject, adjusted, _, _ = multipletests(P_VALUES, alpha=0.05, method=method)
    wins = sum(1 for a, l in zip(adjusted, LIFTS) if a < 0.05 and l > 0)
    ADJUSTED[key] = {"adjusted": list(map(float, adjusted)), "win_rate": wins / len(P_VALUES),
                     "wins": wins}

out = {
    "generated_by": "tests/reference/stats/make_reference.py with scipy %s, statsmodels 0.13, mpmath %s"
                    % (stats.__name__ and __import__("scipy").__version__, mpmath.__version__),
    "rate_cases": RATE_CASES,
    "mean_cases": MEAN_CASES,
    "plan_cases": PLAN_CASES,
    "detectable_cases": DETECTABLE_CASES,
    "multiple_testing": {"p_values": P_VALUES, "lift_percent": LIFTS, **ADJUSTED},
}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ab_cases.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print("wrote", path)
