"""The demo shop's costs CSV (the simple layout PVI Studio imports: Period start, Period end,
Channel, Category, Amount, Note), one row per cost and calendar month of the two years.

Personalization: the Mailchimp plan (priced by the audience's size at the start of the month),
the recommendation and reorder app, and a freelancer who designs the personalized offers.
Acquisition: Instagram and Google ads (more before Christmas and Easter) and a summer market
stall. Other: the Shopify plan.
"""

import os
import random

from demo_common import FIRST_DAY, LAST_DAY, csv_line, easter, month_end, month_starts

COSTS_FILE = "costs.csv"


def mailchimp_price(contacts):
    """Mailchimp Standard by contacts, in CAD."""
    for limit, price in ((500, 27.00), (1500, 61.00), (2500, 82.00)):
        if contacts <= limit:
            return price
    return 136.00


def write(shop, out_dir, seed, email):
    rng = random.Random(seed * 7 + 4)
    rows = []
    for start in month_starts(FIRST_DAY, LAST_DAY):
        end = month_end(start)
        contacts = email.list_size.get(start, 0)
        easter_month = easter(start.year).replace(day=1) == start
        month = [("email", "personalization", mailchimp_price(contacts),
                  "Mailchimp Standard, %d contacts" % contacts),
                 ("web", "personalization", 79.00, "Recommendation & reorder app"),
                 ("content", "personalization", round(rng.uniform(300, 450) / 5) * 5.0,
                  "Freelance design of personalized offers")]
        ads = rng.uniform(420, 560) * (1.7 if start.month in (11, 12) else 1.3 if easter_month else 1.0)
        month.append(("social", "acquisition", round(ads, 2), "Instagram ads"))
        month.append(("search", "acquisition", round(rng.uniform(240, 330), 2), "Google Ads"))
        if start.month in (5, 6, 7, 8, 9):
            month.append(("events", "acquisition", 180.00, "Farmers' market stall"))
        month.append(("web", "other", 51.00, "Shopify Basic plan"))
        rows += [(start, end) + row for row in month]
    with open(os.path.join(out_dir, COSTS_FILE), "w", encoding="utf-8", newline="") as out:
        out.write("Period start,Period end,Channel,Category,Amount,Note\n")
        for start, end, channel, category, amount, note in rows:
            out.write(csv_line([start.isoformat(), end.isoformat(), channel, category,
                                "%.2f" % amount, note]))
    return {COSTS_FILE: len(rows)}
