"""The demo shop's GA4 conversion paths report (Advertising > Attribution > Conversion paths >
Share > Download file > CSV) over the last three months: one row per path of default channel
groups with its key events (purchases), purchase revenue, and the average days and touchpoints to
the key event; the same `#` comment block and CRLF line ends as the other GA4 downloads.

Each valid online order of the window is one tracked purchase (GA4 misses about one in eight: ad
blockers, declined cookies). Its path ends in the channel of the visit that bought; earlier touches
are drawn from the channels a bakery's customers come through. Built-in effect: customers in the
personalization programme come back through the personalized e-mails, so Email is in their paths
far more often, and Markov's removal effect gives Email a real share.
"""

import datetime as dt
import os
import random

from demo_common import LAST_DAY
from demo_web import number, write_report

PATHS_FILE = "ga4_conversion_paths.csv"
HEADER = "Default channel group,Key events,Purchase revenue,Days to key event,Touchpoints to key event"
FIRST = dt.date(2026, 8, 1)

# (channel, weight as an earlier touch, weight as the last touch)
CHANNELS = [
    ("Direct", 0.20, 0.42),
    ("Organic Search", 0.30, 0.22),
    ("Organic Social", 0.16, 0.08),
    ("Paid Social", 0.10, 0.05),
    ("Paid Search", 0.08, 0.06),
    ("Referral", 0.06, 0.04),
    ("Email", 0.10, 0.13),
]


def pick(rng, weights):
    total = sum(w for _, w in weights)
    x = rng.random() * total
    for name, w in weights:
        x -= w
        if x <= 0:
            return name
    return weights[-1][0]


def path_of(rng, member):
    """One purchase's channel path; members of the programme often come through Email."""
    email_boost = 3.5 if member else 1.0
    first = [(c, w * (email_boost if c == "Email" else 1.0)) for c, w, _ in CHANNELS]
    last = [(c, w * (email_boost if c == "Email" else 1.0)) for c, _, w in CHANNELS]
    touches = 1
    while touches < 6 and rng.random() < 0.45:
        touches += 1
    path = [pick(rng, first) for _ in range(touches - 1)] + [pick(rng, last)]
    days = 0.0 if touches == 1 else rng.uniform(0.2, 3.0) * (touches - 1)
    return " > ".join(path), days, touches


def write(shop, out_dir, seed, email):
    rng = random.Random(seed * 17 + 5)
    paths = {}
    for o in shop.orders:
        if not (o.online and o.valid and FIRST <= o.day <= LAST_DAY) or rng.random() < 0.12:
            continue
        customer = shop.customers.get(o.idx)
        member = (customer is not None and customer.programme_start is not None
                  and customer.programme_start <= o.day)
        path, days, touches = path_of(rng, member)
        row = paths.setdefault(path, [0, 0.0, 0.0, 0])
        row[0] += 1
        row[1] += o.subtotal
        row[2] += days
        row[3] += touches
    rows = [(n, path, [path, str(n), number(round(revenue, 2)), number(days / n),
                       number(touches / n)])
            for path, (n, revenue, days, touches) in paths.items()]
    rows.sort(key=lambda r: (-r[0], r[1]))
    write_report(os.path.join(out_dir, PATHS_FILE), FIRST, LAST_DAY, "Conversion paths", HEADER,
                 rows)
    return {PATHS_FILE: len(rows)}
