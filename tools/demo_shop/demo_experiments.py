"""The demo shop's A/B tests, one row per visitor (experiment, arm, visitor_id, converted,
revenue, with planned_share, started_on and ended_on on every row), as a testing tool's
per-visitor download would give them. Visitors are anonymous GA4 client ids, not customers, so
the tests do not mark anyone as personalized in the orders.

- homepage-picks (2026-03-02 .. 2026-04-12): the home page shows bestsellers (control) or picks
  based on the visitor's past views (personalized); 8,000 visitors converting at 2.6% vs 3.1%,
  a lift too small for that many visitors to show significantly.
- cart-reorder-suggestions (2026-08-24 .. 2026-10-18): the cart suggests the visitor's usual
  items (personalized) or nothing (control); 11,000 visitors converting at 3.0% vs 3.9%
  (a 30% lift, significant).

- four smaller tests between 2025-12 and 2026-08 (product-page-recs, welcome-back-banner,
  checkout-upsell, search-personal-ranking), 4,000 to 6,000 visitors each, with built-in lifts
  from −4% to +26%: with these, the portfolio of concluded tests is large enough to shrink.

All were planned 50/50 and assigned at random, so the split is close to even; each arm converts
at exactly its built-in rate (rounded to whole visitors), the converting visitors drawn at
random, and revenue per converting visitor is about $30 in both arms.

- reorder-reminders (from 2026-09-14, still running: no end date): every customer who ordered in
  the year before the start is assigned at random to a personalized reorder reminder or none;
  the visitor id is the customer's e-mail, so the visitors are workspace customers. Whether they
  converted and their revenue are their real orders in the shop export from the start to its
  last day (2026-10-31), so the test has no built-in effect; its visitors' revenue before the
  start is what CUPED uses to sharpen it.
"""

import csv
import datetime as dt
import math
import os
import random

EXPERIMENTS_FILE = "experiments.csv"
TESTS = [
    ("homepage-picks", dt.date(2026, 3, 2), dt.date(2026, 4, 12), 8000, 0.026, 0.031),
    ("cart-reorder-suggestions", dt.date(2026, 8, 24), dt.date(2026, 10, 18), 11000, 0.030, 0.039),
    ("product-page-recs", dt.date(2025, 12, 1), dt.date(2026, 1, 11), 5000, 0.028, 0.033),
    ("welcome-back-banner", dt.date(2026, 1, 19), dt.date(2026, 2, 22), 4000, 0.031, 0.030),
    ("checkout-upsell", dt.date(2026, 5, 4), dt.date(2026, 6, 14), 6000, 0.027, 0.034),
    ("search-personal-ranking", dt.date(2026, 6, 22), dt.date(2026, 8, 2), 4000, 0.029, 0.028),
]


def write(shop, out_dir, seed, email):
    rng = random.Random(seed * 7 + 5)
    epoch = dt.datetime(1970, 1, 1)
    rows = 0
    with open(os.path.join(out_dir, EXPERIMENTS_FILE), "w", encoding="utf-8", newline="") as out:
        out.write("experiment,arm,visitor_id,converted,revenue,planned_share,started_on,ended_on\n")
        for name, start, end, visitors, p_control, p_treatment in TESTS:
            span = int((end - start).days + 1) * 86400
            first_seen = sorted(rng.randrange(span) for _ in range(visitors))
            arms = ["personalized" if rng.random() < 0.5 else "control" for _ in first_seen]
            # Each arm converts at its built-in rate (rounded to whole visitors), the converting
            # visitors drawn at random.
            converted = set()
            for arm, rate in (("control", p_control), ("personalized", p_treatment)):
                members = [i for i, a in enumerate(arms) if a == arm]
                converted.update(rng.sample(members, int(round(len(members) * rate))))
            for i, offset in enumerate(first_seen):
                revenue = round(rng.lognormvariate(math.log(30.0), 0.45), 2) if i in converted else 0.0
                seen = dt.datetime.combine(start, dt.time()) + dt.timedelta(seconds=offset)
                client = "%d.%d" % (rng.randint(100000000, 2147483647),
                                    int((seen - epoch).total_seconds()))
                out.write("%s,%s,%s,%d,%s,0.5,%s,%s\n" % (
                    name, arms[i], client, 1 if i in converted else 0, "%.2f" % revenue,
                    start.isoformat(), end.isoformat()))
                rows += 1
        rows += write_customer_test(out, out_dir, random.Random(seed * 11 + 3))
    return {EXPERIMENTS_FILE: rows}


CUSTOMER_TEST = ("reorder-reminders", dt.date(2026, 9, 14))


def write_customer_test(out, out_dir, rng):
    """The running per-customer test: customers who ordered in the 365 days before the start,
    their orders (Shopify export totals, cancelled orders left out) from the start on."""
    name, start = CUSTOMER_TEST
    before, during = {}, {}
    with open(os.path.join(out_dir, "orders_export.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if not row["Total"] or row["Cancelled at"] or not row["Email"]:
                continue  # line-item rows after an order's first, and cancelled orders
            day = dt.date.fromisoformat(row["Created at"][:10])
            email = row["Email"].strip().lower()
            if start - dt.timedelta(days=365) <= day < start:
                before[email] = True
            elif day >= start:
                during[email] = during.get(email, 0.0) + float(row["Total"])
    rows = 0
    for email in sorted(before):
        arm = "personalized" if rng.random() < 0.5 else "control"
        revenue = during.get(email, 0.0)
        out.write("%s,%s,%s,%d,%.2f,0.5,%s,\n" % (name, arm, email, 1 if email in during else 0,
                                                   revenue, start.isoformat()))
        rows += 1
    return rows
