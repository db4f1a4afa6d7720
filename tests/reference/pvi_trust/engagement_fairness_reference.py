#!/usr/bin/env python3
"""Expected engagement_score and fairness_ratio for the tests/fixtures/pvi_trust shop, computed
independently with pandas/scipy from PVI.md's definitions. Writes expected.json beside this file.

Period 2025-04-01..2025-06-30. Exposure: a customer is exposed by day D when one of their orders
dated on or before D carries the tag "personalized" (the test adds an order-tag rule).

engagement_score: per customer with any activity in the period, 100 * sum_k w_k * count_k /
max_k / sum_k w_k over web visits (touchpoints whose channel is not email), email opens, email
clicks, orders and survey responses (weights 1, 1, 2, 3, 1; every channel has data here).
Value = mean; personalized/control = mean of exposed/unexposed customers; p = Welch's t-test.

fairness_ratio: customers active on the period's last day (an order in the 365 days ending it);
groups by country and by country/province; groups of fewer than 20 left out; lowest rate /
highest rate of being exposed and of ordering in the period; the value is the lowest ratio.
email_group_rows: the same comparisons by an e-mail group the test gives every customer ("even"
or "odd" by customer id); breakdown rows only, the value stays the lowest location ratio.
"""
import json
import os

import pandas as pd
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "..", "..", "fixtures", "pvi_trust")
FROM, TO = "2025-04-01", "2025-06-30"
W = {"web": 1.0, "open": 1.0, "click": 2.0, "order": 3.0, "survey": 1.0}

orders = pd.read_csv(os.path.join(FIX, "orders.csv"), keep_default_na=False)
events = pd.read_csv(os.path.join(FIX, "email_events.csv"))
surveys = pd.read_csv(os.path.join(FIX, "survey_respondents.csv"))
touches = pd.read_csv(os.path.join(FIX, "touchpoints.csv"))

tagged = orders[orders["tags"] == "personalized"]
exposed_on = tagged.groupby("customer_id")["order_date"].min()


def exposed_by(cid, day):
    return cid in exposed_on.index and exposed_on[cid] <= day


def in_period(dates):
    return (dates >= FROM) & (dates <= TO)


counts = pd.DataFrame({
    "web": touches[in_period(touches["touched_at"].str[:10])
                   & ~touches["channel"].str.lower().str.contains("email")]
    .groupby("customer_id").size(),
    "open": events[in_period(events["event_date"]) & (events["event"] == "open")]
    .groupby("customer_id").size(),
    "click": events[in_period(events["event_date"]) & (events["event"] == "click")]
    .groupby("customer_id").size(),
    "order": orders[in_period(orders["order_date"])].groupby("customer_id").size(),
    "survey": surveys[in_period(surveys["submitted_date"])].groupby("customer_id").size(),
}).fillna(0)
norm = counts / counts.max()
score = 100 * sum(W[k] * norm[k] for k in W) / sum(W.values())
exposed = pd.Series([exposed_by(c, TO) for c in score.index], index=score.index)
pers, ctrl = score[exposed], score[~exposed]
welch = stats.ttest_ind(pers, ctrl, equal_var=False)
engagement = {
    "value": score.mean(), "n": int(score.size),
    "personalized": pers.mean(), "personalized_n": int(pers.size),
    "control": ctrl.mean(), "control_n": int(ctrl.size),
    "lift_percent": (pers.mean() - ctrl.mean()) / ctrl.mean() * 100,
    "p_value": float(welch.pvalue),
    "no_orders_n": int(sum(1 for c in score.index if c not in set(orders["customer_id"]))),
}

# Fairness base: active on TO.
to = pd.Timestamp(TO)
window_from = (to - pd.Timedelta(days=364)).strftime("%Y-%m-%d")
upto = orders[orders["order_date"] <= TO]
active = sorted(set(upto[upto["order_date"] >= window_from]["customer_id"]))
latest = upto.sort_values(["order_date", "id"]).groupby("customer_id").last()
base = pd.DataFrame({
    "country": [latest.loc[c, "billing_country"] for c in active],
    "region": [latest.loc[c, "billing_country"] + "/" + latest.loc[c, "billing_province"]
               for c in active],
    "exposed": [exposed_by(c, TO) for c in active],
    "converted": [bool(((upto["customer_id"] == c) & (upto["order_date"] >= FROM)).any())
                  for c in active],
}, index=active)


def compare(frame, key, outcome):
    """Ratio, customers compared, and the lowest and highest groups (the first in name order
    among equal rates: groupby sorts the names, idxmin/idxmax take the first)."""
    g = frame.groupby(key)[outcome].agg(["size", "mean"])
    g = g[g["size"] >= 20]
    if len(g) < 2 or g["mean"].max() == 0:
        return None, 0, None, None
    return (g["mean"].min() / g["mean"].max(), int(g["size"].sum()), g["mean"].idxmin(),
            g["mean"].idxmax())


def ratio(frame, key, outcome):
    return compare(frame, key, outcome)[:2]


rows = {}
for dim in ("country", "region"):
    for name, outcome in (("personalization", "exposed"), ("conversion", "converted")):
        r, n, lowest, highest = compare(base, dim, outcome)
        if r is not None:
            rows[f"{dim}_{name}"] = {"ratio": r, "n": n, "lowest": lowest, "highest": highest}
exp_ratios = [ratio(base[base["exposed"]], d, "converted")[0] for d in ("country", "region")]
gen_ratios = [ratio(base[~base["exposed"]], d, "converted")[0] for d in ("country", "region")]
base["email_group"] = ["even" if c % 2 == 0 else "odd" for c in base.index]
group_rows = {}
for name, outcome in (("personalization", "exposed"), ("conversion", "converted")):
    r, n = ratio(base, "email_group", outcome)
    if r is not None:
        group_rows[f"email_group_{name}"] = {"ratio": r, "n": n}
fairness = {
    "value": min(r["ratio"] for r in rows.values()),
    "n": int(base.size and len(base)),
    "rows": rows,
    "email_group_rows": group_rows,
    "personalized": min(r for r in exp_ratios if r is not None),
    "control": min(r for r in gen_ratios if r is not None),
    # Active customers whose country is known (all of them here), exposed or not by TO.
    "personalized_n": int(base["exposed"].sum()),
    "control_n": int((~base["exposed"]).sum()),
}

with open(os.path.join(HERE, "expected.json"), "w") as f:
    json.dump({"engagement_score": engagement, "fairness_ratio": fairness}, f, indent=2)
print(json.dumps({"engagement_score": engagement, "fairness_ratio": fairness}, indent=2))
