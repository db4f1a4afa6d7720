#!/usr/bin/python3
"""Expected family A (web) PVIs for the fixtures in tests/fixtures/web, computed with pandas,
statsmodels and scipy independently of the app; writes web_reference.json.

Rules (PVI.md "From aggregated exports"): counts are pooled from rate × sessions, never averaged
from rate columns; a page is personalized when the landing-page-prefix rule "/product" matches
the start of its path (case-insensitive); bounce rate of a GA4 report = 1 − session-weighted
engagement rate. Lift = (personalized − generic) / generic × 100; its 95% interval is the Katz log
interval of the rate ratio; the p-value is the pooled two-proportion z-test (statsmodels). Counts
enter the test rounded to whole sessions.

click_through_rate comes from the item-list report ga4_item_lists.csv: clicks / items shown,
pooled over the lists; a list is personalized when its name contains the item-list rule's text
"for you" (case-insensitive); the same Katz interval and z-test on items shown.

Run: /usr/bin/python3 make_web_reference.py  (from this folder)
"""
import json
import math
import os

import pandas as pd
from scipy.stats import norm
from statsmodels.stats.proportion import proportions_ztest

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "..", "..", "fixtures", "web")
PREFIX = "/product"


def first_table(path):
    """The first table of a report download: lines after the # block up to a blank/# line."""
    with open(path, newline="", encoding="utf-8") as f:
        lines = f.read().replace("\r\n", "\n").split("\n")
    table, started = [], False
    for line in lines:
        if line.startswith("#") or not line.strip():
            if started:
                break
            continue
        started = True
        table.append(line)
    from io import StringIO
    return pd.read_csv(StringIO("\n".join(table)), keep_default_na=False, thousands=",")


def pct(series):
    return series.astype(str).str.rstrip("%").astype(float) / 100.0


def hms(series):
    return series.apply(lambda s: sum(float(x) * 60 ** i for i, x in enumerate(reversed(s.split(":")))))


def ga4(path):
    df = first_table(path)
    out = pd.DataFrame({"page": df["Landing page"].astype(str), "sessions": df["Sessions"].astype(float)})
    out["conv"] = df["Session key event rate"] * out.sessions
    out["seconds"] = df["Average engagement time per session"] * out.sessions
    out["revenue"] = df["Total revenue"].astype(float)
    if "Engagement rate" in df:
        out["engaged"] = df["Engagement rate"] * out.sessions
        out["bounced"] = out.sessions - out.engaged
    return out


def ua(path):
    df = first_table(path)
    df = df[df["Landing Page"].astype(str) != ""]
    out = pd.DataFrame({"page": df["Landing Page"].astype(str), "sessions": df["Sessions"].astype(float)})
    out["bounced"] = pct(df["Bounce Rate"]) * out.sessions
    out["views"] = df["Pages / Session"].astype(float) * out.sessions
    out["seconds"] = hms(df["Avg. Session Duration"]) * out.sessions
    out["conv"] = pct(df["Goal Conversion Rate"]) * out.sessions
    return out


def rate(df, col, scale=100.0):
    d = df.copy()
    d["p"] = d.page.str.lower().str.startswith(PREFIX)
    res = {"value": d[col].sum() / d.sessions.sum() * scale, "n": int(round(d.sessions.sum()))}
    g1, g0 = d[d.p], d[~d.p]
    x1, n1 = round(g1[col].sum()), round(g1.sessions.sum())
    x0, n0 = round(g0[col].sum()), round(g0.sessions.sum())
    res["personalized"] = x1 / n1 * scale
    res["control"] = x0 / n0 * scale
    res["lift"] = (res["personalized"] - res["control"]) / res["control"] * 100
    if scale == 100.0:
        rr = (x1 / n1) / (x0 / n0)
        se = math.sqrt(1 / x1 - 1 / n1 + 1 / x0 - 1 / n0)
        z = norm.ppf(0.975)
        res["ci_low"] = (rr * math.exp(-z * se) - 1) * 100
        res["ci_high"] = (rr * math.exp(z * se) - 1) * 100
        res["p_value"] = float(proportions_ztest([x1, x0], [n1, n0])[1])
    return res


def ratio(df, col):
    d = df.copy()
    d["p"] = d.page.str.lower().str.startswith(PREFIX)
    res = {"value": d[col].sum() / d.sessions.sum(), "n": int(round(d.sessions.sum()))}
    res["personalized"] = d[d.p][col].sum() / d[d.p].sessions.sum()
    res["control"] = d[~d.p][col].sum() / d[~d.p].sessions.sum()
    res["lift"] = (res["personalized"] - res["control"]) / res["control"] * 100
    return res


def item_lists(path):
    df = first_table(path)
    return pd.DataFrame({"page": df["Item list name"].astype(str),
                         "sessions": df["Items viewed in list"].astype(float),
                         "clicks": df["Items clicked in list"].astype(float)})


def list_rate(df, pattern):
    # rate() with the personalized lists chosen by name instead of by path prefix
    d = df.copy()
    d["page"] = d.page.where(~d.page.str.lower().str.contains(pattern), PREFIX + "|" + d.page)
    return rate(d, "clicks")


g = ga4(os.path.join(FIX, "ga4_landing_page.csv"))
lists = item_lists(os.path.join(FIX, "ga4_item_lists.csv"))
u = ua(os.path.join(FIX, "ua_landing_pages.csv"))
engagement = rate(g, "engaged")
lift = dict(engagement, value=engagement["lift"])
ref = {
    "ga4": {"from": "2025-03-01", "to": "2025-03-31", "pages": len(g), "pvis": {
        "conversion_rate": rate(g, "conv"),
        "bounce_rate": rate(g, "bounced"),
        "time_on_page": ratio(g, "seconds"),
        "revenue_per_visitor": ratio(g, "revenue"),
        "content_engagement_lift": lift}},
    "ga4_item_lists": {"from": "2025-03-01", "to": "2025-03-31", "lists": len(lists),
                       "pvis": {"click_through_rate": list_rate(lists, "for you")}},
    "ua": {"from": "2017-05-26", "to": "2017-06-01", "pages": len(u), "pvis": {
        "conversion_rate": rate(u, "conv"),
        "bounce_rate": rate(u, "bounced"),
        "time_on_page": ratio(u, "seconds"),
        "pages_per_visit": ratio(u, "views")}},
}
with open(os.path.join(HERE, "web_reference.json"), "w") as f:
    json.dump(ref, f, indent=1, sort_keys=True)
    f.write("\n")

# Conformance on the real GA4 download in the shared datasets (read in place, never copied).
REAL = os.path.join(HERE, "..", "..", "..", "..", "shared", "datasets", "exports",
                    "ga4_landing_page_report.csv")
if os.path.exists(REAL):
    r = ga4(REAL)
    conformance = {"from": "2025-02-01", "to": "2025-08-04", "pages": len(r),
                   "sessions": int(r.sessions.sum()),
                   "conversion_rate": r.conv.sum() / r.sessions.sum() * 100,
                   "time_on_page": r.seconds.sum() / r.sessions.sum(),
                   "revenue_per_visitor": r.revenue.sum() / r.sessions.sum()}
    with open(os.path.join(HERE, "web_conformance.json"), "w") as f:
        json.dump(conformance, f, indent=1, sort_keys=True)
        f.write("\n")
