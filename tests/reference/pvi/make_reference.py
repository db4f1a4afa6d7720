#!/usr/bin/python3
"""Reference PVI values for tests/pvi, computed independently with pandas, scipy and statsmodels
from the rows of tests/fixtures/pvi/{orders,customers}.csv, following docs in
/work/shared/spec/PVI.md (the product's PVI definitions). Writes reference.json next to it.

Rules used: order-tag "personalized" and discount-code-prefix "vip".
Run: /usr/bin/python3 tests/reference/pvi/make_reference.py (Debian python3-pandas, -scipy, -statsmodels)
"""
import json
import math
import os

import numpy as np
import pandas as pd
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "..", "..", "fixtures", "pvi")
WINDOW = 365
SEGMENTS = ["champions", "loyal", "potential_loyalist", "new", "promising", "need_attention",
            "about_to_sleep", "at_risk", "cant_lose_them", "hibernating", "lost"]
# R (rows 1..5) x FM (columns 1..5), as documented in model/analytics/rfm/rfm_segment_map.h.
GRID = {
    1: ["lost", "lost", "at_risk", "cant_lose_them", "cant_lose_them"],
    2: ["hibernating", "hibernating", "at_risk", "at_risk", "at_risk"],
    3: ["about_to_sleep", "about_to_sleep", "need_attention", "loyal", "loyal"],
    4: ["promising", "potential_loyalist", "loyal", "champions", "champions"],
    5: ["new", "potential_loyalist", "loyal", "champions", "champions"],
}

raw = pd.read_csv(os.path.join(FIX, "orders.csv"), dtype=str, keep_default_na=False)
raw["is_valid"] = raw["is_valid"].astype(int)
raw["net_revenue"] = raw["net_revenue"].astype(float)
raw["date"] = pd.to_datetime(raw["order_date"])
raw["cust"] = raw["customer_id"].apply(lambda s: int(s) if s else 0)
raw["order_id"] = raw["order_id"].astype(int)
customers_csv = pd.read_csv(os.path.join(FIX, "customers.csv"), dtype=str, keep_default_na=False)

orders = raw[raw["is_valid"] == 1].copy()
orders = orders.sort_values(["cust", "date", "created_at", "order_id"]).reset_index(drop=True)


def matches(row):
    tags = [t.strip().lower() for t in row["tags"].split(",")]
    code = row["discount_code"].strip().lower()
    return ("personalized" in tags) or (code != "" and code.startswith("vip"))


orders["match"] = orders.apply(matches, axis=1)
# Customer exposure: first matching order in (date, created_at, id) sequence.
orders["seq"] = orders.groupby("cust").cumcount()
first_match = orders[(orders["match"]) & (orders["cust"] != 0)].groupby("cust").head(1)
exposed_on = dict(zip(first_match["cust"], first_match["date"]))
first_match_seq = dict(zip(first_match["cust"], first_match["seq"]))
orders["exposed"] = orders.apply(
    lambda r: bool(r["match"]) if r["cust"] == 0 else
    (r["cust"] in first_match_seq and r["seq"] >= first_match_seq[r["cust"]]), axis=1)

cust_orders = orders[orders["cust"] != 0]


def exposed_by(cust, day):
    return cust in exposed_on and exposed_on[cust] <= day


def active(cust, day):
    d = cust_orders[cust_orders["cust"] == cust]["date"]
    return bool(((d >= day - pd.Timedelta(days=WINDOW - 1)) & (d <= day)).any())


def nz(x):
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def lift(p, c):
    if p is None or c is None or c == 0:
        return None
    return (p - c) / c * 100


def welch_p(a, b):
    if len(a) < 2 or len(b) < 2:
        return None
    return nz(stats.ttest_ind(a, b, equal_var=False).pvalue)


def z_p(xp, np_, xc, nc):
    if np_ == 0 or nc == 0:
        return None
    if xp + xc == 0 or xp + xc == np_ + nc:
        return None
    return nz(proportions_ztest([xp, xc], [np_, nc])[1])


def katz(xp, np_, xc, nc):
    if xp == 0 or xc == 0:
        return None
    rr = (xp / np_) / (xc / nc)
    se = math.sqrt(1 / xp - 1 / np_ + 1 / xc - 1 / nc)
    z = stats.norm.ppf(0.975)
    return [(rr * math.exp(-z * se) - 1) * 100, (rr * math.exp(z * se) - 1) * 100]


def split_rate(xp, np_, xc, nc, scale=100):
    # A "rate" above 1 (retention with reactivated customers) is no proportion: no CI, no test.
    proper = 0 < np_ and 0 < nc and 0 <= xp <= np_ and 0 <= xc <= nc
    return {"personalized": {"value": xp / np_ * scale if np_ else None, "n": np_},
            "control": {"value": xc / nc * scale if nc else None, "n": nc},
            "lift_percent": lift(xp / np_ if np_ else None, xc / nc if nc else None),
            "lift_ci_95": katz(xp, np_, xc, nc) if proper else None,
            "p_value": z_p(xp, np_, xc, nc) if proper else None}


def split_mean(a, b, scale=1.0):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    mp = a.mean() * scale if len(a) else None
    mc = b.mean() * scale if len(b) else None
    ci = None
    if len(a) >= 2 and len(b) >= 2 and b.mean() != 0:
        # Delta method on the relative difference m_t / m_c - 1.
        ma, mb = a.mean(), b.mean()
        var = a.var(ddof=1) / (len(a) * mb ** 2) + b.var(ddof=1) * ma ** 2 / (len(b) * mb ** 4)
        z = stats.norm.ppf(0.975)
        est = ma / mb - 1
        ci = [(est - z * math.sqrt(var)) * 100, (est + z * math.sqrt(var)) * 100]
    return {"personalized": {"value": mp, "n": len(a)}, "control": {"value": mc, "n": len(b)},
            "lift_percent": lift(mp, mc), "lift_ci_95": ci, "p_value": welch_p(a, b)}


def period_orders(f, t, df=orders):
    return df[(df["date"] >= f) & (df["date"] <= t)]


def res(value, n, **extra):
    out = {"value": nz(value), "n": int(n)}
    out.update(extra)
    return out


def aov(f, t):
    po = period_orders(f, t)
    if len(po) == 0:
        return None
    r = res(po["net_revenue"].mean(), len(po))
    r.update(split_mean(po[po["exposed"]]["net_revenue"], po[~po["exposed"]]["net_revenue"]))
    return r


def per_customer(f, t):
    po = period_orders(f, t, cust_orders)
    g = po.groupby("cust").agg(revenue=("net_revenue", "sum"), orders=("order_id", "count"))
    g["exp"] = [exposed_by(c, t) for c in g.index]
    return g


def rpc(f, t):
    g = per_customer(f, t)
    r = res(g["revenue"].mean(), len(g))
    r.update(split_mean(g[g["exp"]]["revenue"], g[~g["exp"]]["revenue"]))
    return r


def aov_uplift(f, t):
    a = aov(f, t)
    return res(a["lift_percent"], a["n"], **{k: a[k] for k in ["personalized", "control", "p_value", "lift_percent", "lift_ci_95"]})


def incremental(f, t):
    g = per_customer(f, t)
    p = g[g["exp"]]["revenue"]
    c = g[~g["exp"]]["revenue"]
    r = res((p.mean() - c.mean()) * len(p), len(p))
    r.update(split_mean(p, c))
    return r


def activity(f, t, members=None):
    out = {}
    for grp in ["all", "p", "c"]:
        out[grp] = dict(S=0, E=0, N=0, L=0)
    for cust, d in cust_orders.groupby("cust")["date"]:
        if members is not None and cust not in members:
            continue
        first = d.min()
        if first > t:
            continue
        s = active(cust, f - pd.Timedelta(days=1))
        e = active(cust, t)
        new = first >= f
        for grp in ["all", "p" if exposed_by(cust, t) else "c"]:
            out[grp]["S"] += s
            out[grp]["E"] += e
            out[grp]["N"] += new
            out[grp]["L"] += s and not e
    return out


def retention(f, t):
    a = activity(f, t)
    if a["all"]["S"] == 0:
        return None
    r = res((a["all"]["E"] - a["all"]["N"]) / a["all"]["S"] * 100, a["all"]["S"])
    p, c = a["p"], a["c"]
    r.update(split_rate(p["E"] - p["N"], p["S"], c["E"] - c["N"], c["S"]))
    return r


def churn(f, t):
    a = activity(f, t)
    if a["all"]["S"] == 0:
        return None
    r = res(a["all"]["L"] / a["all"]["S"] * 100, a["all"]["S"])
    r.update(split_rate(a["p"]["L"], a["p"]["S"], a["c"]["L"], a["c"]["S"]))
    return r


def repeat(f, t):
    g = per_customer(f, t)
    upto = cust_orders[cust_orders["date"] <= t].groupby("cust").size()
    g["rep"] = [upto[c] > 1 for c in g.index]
    r = res(g["rep"].mean() * 100, len(g))
    p, c = g[g["exp"]], g[~g["exp"]]
    r.update(split_rate(int(p["rep"].sum()), len(p), int(c["rep"].sum()), len(c)))
    return r


def frequency(f, t):
    g = per_customer(f, t)
    days = (t - f).days + 1
    k = 365 / days
    r = res(g["orders"].sum() / len(g) * k, len(g))
    r.update(split_mean(g[g["exp"]]["orders"], g[~g["exp"]]["orders"], k))
    return r


def lifetime(t, members=None):
    """AOV, frequency, lifespan and CLV of a group over the 12 months ending t."""
    f12 = t - pd.DateOffset(years=1) + pd.Timedelta(days=1)
    days = (t - f12).days + 1
    po = period_orders(f12, t, orders if members is None else cust_orders)
    if members is not None:
        po = po[po["cust"].isin(members)]
    cpo = po[po["cust"] != 0]
    a = activity(f12, t, members)["all"]
    out = {"customers": cpo["cust"].nunique(), "S": a["S"]}
    aov_v = po["net_revenue"].mean() if len(po) else None
    freq = len(cpo) / out["customers"] * 365 / days if out["customers"] else None
    life = None
    if a["S"]:
        ch = a["L"] / a["S"]
        life = 10.0 if ch <= 0.1 else 1 / ch
    out["lifespan"] = life
    out["clv"] = aov_v * freq * life if None not in (aov_v, freq, life) else None
    out["churn"] = (a["L"], a["S"])
    return out


def all_customers_upto(t):
    return set(cust_orders[cust_orders["date"] <= t]["cust"])


def lifespan(t):
    allc = lifetime(t)
    if allc["lifespan"] is None:
        return None
    exp = {c for c in all_customers_upto(t) if exposed_by(c, t)}
    p = lifetime(t, exp)
    c = lifetime(t, all_customers_upto(t) - exp)
    r = res(allc["lifespan"], allc["S"])
    r["personalized"] = {"value": p["lifespan"], "n": p["S"]}
    r["control"] = {"value": c["lifespan"], "n": c["S"]}
    r["lift_percent"] = lift(p["lifespan"], c["lifespan"])
    r["p_value"] = z_p(p["churn"][0], p["churn"][1], c["churn"][0], c["churn"][1])
    # Lifespan ratio = 1 / churn ratio: invert the churn ratio's Katz interval while neither
    # group is at the 10-year cap.
    r["lift_ci_95"] = None
    if p["lifespan"] is not None and c["lifespan"] is not None and max(p["lifespan"], c["lifespan"]) < 10:
        k = katz(p["churn"][0], p["churn"][1], c["churn"][0], c["churn"][1])
        if k:
            r["lift_ci_95"] = [(1 / (1 + k[1] / 100) - 1) * 100, (1 / (1 + k[0] / 100) - 1) * 100]
    return r


def clv(t):
    allc = lifetime(t)
    if allc["clv"] is None:
        return None
    exp = {c for c in all_customers_upto(t) if exposed_by(c, t)}
    p = lifetime(t, exp)
    c = lifetime(t, all_customers_upto(t) - exp)
    r = res(allc["clv"], allc["customers"])
    r["personalized"] = {"value": p["clv"], "n": p["customers"]}
    r["control"] = {"value": c["clv"], "n": c["customers"]}
    r["lift_percent"] = lift(p["clv"], c["clv"])
    return r


def consent(t):
    upto = cust_orders[cust_orders["date"] <= t]
    last = upto.groupby("cust").tail(1).set_index("cust")["accepts_marketing"]
    record = dict(zip(customers_csv["customer_id"].astype(int), customers_csv["record_accepts_marketing"]))
    known = {}
    for cust, v in last.items():
        if v == "":
            v = record.get(cust, "")
        if v != "":
            known[cust] = v == "1"
    yes = [c for c in known if known[c]]
    r = res(len(yes) / len(known) * 100, len(known))
    p = [c for c in known if exposed_by(c, t)]
    c_ = [c for c in known if not exposed_by(c, t)]
    r.update(split_rate(sum(known[c] for c in p), len(p), sum(known[c] for c in c_), len(c_)))
    return r


def rfm(asof):
    """pandas qcut on rank(method='first') of customers sorted by id; R ranked most days first."""
    upto = cust_orders[cust_orders["date"] <= asof]
    g = upto.groupby("cust").agg(last=("date", "max"), f=("order_id", "count"),
                                 m=("net_revenue", "sum")).sort_index()
    if len(g) == 0:
        return g
    g["rec"] = (asof - g["last"]).dt.days
    lab = [1, 2, 3, 4, 5]
    g["R"] = pd.qcut((-g["rec"]).rank(method="first"), 5, labels=lab).astype(int)
    g["F"] = pd.qcut(g["f"].rank(method="first"), 5, labels=lab).astype(int)
    g["M"] = pd.qcut(g["m"].rank(method="first"), 5, labels=lab).astype(int)
    g["FM"] = (g["F"] + g["M"] + 1) // 2
    g["segment"] = [GRID[r][fm - 1] for r, fm in zip(g["R"], g["FM"])]
    return g


def rfm_pvi(t):
    g = rfm(t)
    n = len(g)
    exp = [exposed_by(c, t) for c in g.index]
    g = g.assign(exp=exp)
    ne = int(g["exp"].sum())
    segs = []
    for s in SEGMENTS:
        k = int((g["segment"] == s).sum())
        kp = int(((g["segment"] == s) & g["exp"]).sum())
        segs.append({"id": s, "value": k / n * 100, "n": k,
                     "personalized": {"value": kp / ne * 100 if ne else None, "n": kp},
                     "control": {"value": (k - kp) / (n - ne) * 100 if n - ne else None, "n": k - kp}})
    return res(n, n, segments=segs)


def clv_by_segment(t):
    r = clv(t)
    if r is None:
        return None
    g = rfm(t)
    segs = []
    for s in SEGMENTS:
        members = set(g[g["segment"] == s].index)
        lt = lifetime(t, members)
        segs.append({"id": s, "value": nz(lt["clv"]), "n": int(lt["customers"])})
    r["segments"] = segs
    return r


def segmentation_rate(t):
    return res(len(rfm(t)) / len(customers_csv) * 100, len(customers_csv))


def segment_growth(f, t):
    a = rfm(f - pd.Timedelta(days=1))
    b = rfm(t)
    if len(a) == 0:
        return None
    segs = []
    for s in SEGMENTS:
        k0 = int((a["segment"] == s).sum())
        k1 = int((b["segment"] == s).sum())
        segs.append({"id": s, "value": (k1 - k0) / k0 * 100 if k0 else None, "n": k0})
    return res((len(b) - len(a)) / len(a) * 100, len(a), segments=segs)


def metrics(f, t):
    f = pd.Timestamp(f)
    t = pd.Timestamp(t)
    return {
        "average_order_value": aov(f, t),
        "revenue_per_customer": rpc(f, t),
        "aov_uplift": aov_uplift(f, t),
        "incremental_revenue": incremental(f, t),
        "customer_retention_rate": retention(f, t),
        "repeat_purchase_rate": repeat(f, t),
        "purchase_frequency": frequency(f, t),
        "churn_rate": churn(f, t),
        "customer_lifespan": lifespan(t),
        "clv_simple": clv(t),
        "clv_by_segment": clv_by_segment(t),
        "marketing_consent_rate": consent(t),
        "rfm_segment": rfm_pvi(t),
        "segmentation_rate": segmentation_rate(t),
        "segment_growth_rate": segment_growth(f, t),
    }


def rfm_table(asof):
    g = rfm(pd.Timestamp(asof))
    return [{"customer_id": int(c), "r": int(r.R), "f": int(r.F), "m": int(r.M), "segment": r.segment}
            for c, r in g.iterrows()]


def cohorts(asof, members=None):
    asof = pd.Timestamp(asof)
    co = cust_orders[cust_orders["date"] <= asof].copy()
    if members is not None:
        co = co[co["cust"].isin(members)]
    co["m"] = co["date"].dt.year * 12 + co["date"].dt.month - 1
    first = co.groupby("cust")["m"].min()
    co["cohort"] = co["cust"].map(first)
    last_m = asof.year * 12 + asof.month - 1
    rows = []
    for cm in sorted(first.unique()):
        members_c = first[first == cm].index
        size = len(members_c)
        sub = co[co["cohort"] == cm]
        row = {"month": f"{cm // 12:04d}-{cm % 12 + 1:02d}", "customers": size,
               "active_percent": [], "orders_per_customer": [], "revenue_per_customer": []}
        for k in range(last_m - cm + 1):
            inm = sub[sub["m"] == cm + k]
            upto = sub[sub["m"] <= cm + k]
            row["active_percent"].append(inm["cust"].nunique() / size * 100)
            row["orders_per_customer"].append(len(upto) / size)
            row["revenue_per_customer"].append(upto["net_revenue"].sum() / size)
        rows.append(row)
    return rows


def onboarding_personalized():
    firsts = cust_orders.groupby("cust").head(1)
    return set(firsts[firsts["match"]]["cust"])


PERIODS = [("2024-10-03", "2024-12-31"), ("2024-03-01", "2024-05-31"), ("2023-09-01", "2023-12-31")]
out = {"rules": [["order-tag", "personalized"], ["discount-code-prefix", "vip"]],
       "periods": [{"from": f, "to": t, "pvis": metrics(f, t)} for f, t in PERIODS],
       "rfm": {"as_of": "2024-12-31", "customers": rfm_table("2024-12-31")},
       "cohorts": {"as_of": "2024-12-31", "all": cohorts("2024-12-31"),
                   "personalized": cohorts("2024-12-31", onboarding_personalized()),
                   "generic": cohorts("2024-12-31", set(cust_orders["cust"]) - onboarding_personalized())}}


def clean(o):
    if isinstance(o, dict):
        return {k: clean(v) for k, v in o.items()}
    if isinstance(o, list):
        return [clean(v) for v in o]
    if isinstance(o, (np.integer,)):
        return int(o)
    if isinstance(o, (float, np.floating)):
        return nz(o)
    if isinstance(o, np.bool_):
        return bool(o)
    return o


with open(os.path.join(HERE, "reference.json"), "w") as fh:
    json.dump(clean(out), fh, indent=1)
print("wrote reference.json")
