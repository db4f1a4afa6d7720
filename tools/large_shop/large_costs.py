"""The large shop's costs and A/B tests, in the demo's layouts.

costs.csv: one row per cost and month as in the demo, with amounts that grow with the shop (the
email platform is priced by the audience, ads and the personalization team by the scale).
experiments.csv: the demo's two tests with ten times the visitors at full size.
"""

import bisect
import os
import random

import demo_experiments
from demo_common import FIRST_DAY, LAST_DAY, csv_line, easter, month_end, month_starts
from large_customers import ACCEPTS, PRE_EXISTING

COSTS_FILE = "costs.csv"


def audience_by_month(customers, months):
    """Subscribed addresses on the first day of every month."""
    joins = sorted((-1 if customers.flags[i] & PRE_EXISTING else customers.first_day[i])
                   for i in range(customers.count) if customers.flags[i] & ACCEPTS)
    return {m: bisect.bisect_left(joins, (m - FIRST_DAY).days) for m in months}


def write_costs(out_dir, seed, customers, scale):
    rng = random.Random(seed * 7 + 4)
    months = month_starts(FIRST_DAY, LAST_DAY)
    contacts = audience_by_month(customers, months)
    rows = 0
    with open(os.path.join(out_dir, COSTS_FILE), "w", encoding="utf-8", newline="") as out:
        out.write("Period start,Period end,Channel,Category,Amount,Note\n")
        for start in months:
            end = month_end(start)
            easter_month = easter(start.year).replace(day=1) == start
            ads = rng.uniform(420, 560) * (1.7 if start.month in (11, 12) else 1.3 if easter_month else 1.0)
            month = [
                ("email", "personalization", 20.0 + 0.012 * contacts[start],
                 "Mailchimp Standard, %d contacts" % contacts[start]),
                ("web", "personalization", 79.0 + 2000.0 * scale, "Recommendation & reorder app"),
                ("content", "personalization", round(rng.uniform(300, 450) * 30 * scale / 5) * 5.0,
                 "Design team for personalized offers"),
                ("social", "acquisition", ads * 35 * scale, "Instagram ads"),
                ("search", "acquisition", rng.uniform(240, 330) * 35 * scale, "Google Ads"),
                ("web", "other", 51.0 + 2250.0 * scale, "Shopify plan"),
            ]
            if start.month in (5, 6, 7, 8, 9):
                month.append(("events", "acquisition", 180.0 * 10, "Farmers' market stalls"))
            for channel, category, amount, note in month:
                out.write(csv_line([start.isoformat(), end.isoformat(), channel, category,
                                    "%.2f" % amount, note]))
                rows += 1
    return {COSTS_FILE: rows}


def write_experiments(out_dir, seed, scale):
    demo_experiments.TESTS = [(name, start, end, max(200, int(visitors * 10 * scale)), pc, pt)
                              for name, start, end, visitors, pc, pt in demo_experiments.TESTS]
    return demo_experiments.write(None, out_dir, seed, None)
