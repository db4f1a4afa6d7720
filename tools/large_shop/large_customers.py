"""The large shop's customers: who they are, when they first order in the export, how often they
order while active.

Each customer is rebuilt on demand from their own seeded random stream (the demo's
make_customer), so no export has to keep a customer object per order; only a few numbers per
customer are kept (first day, order rate, two flags), which is what lets the orders export be
written in one pass, day by day.
"""

import array
import datetime as dt
import random

import generate_demo_shop as demo
from demo_common import FIRST_DAY, LAST_DAY

SPAN = (LAST_DAY - FIRST_DAY).days + 1
# The calendar day of every day offset of the export.
DAYS = [FIRST_DAY + dt.timedelta(days=i) for i in range(SPAN)]
# Customers of the full-size shop (--scale 1): about 604,000 orders and 1,000,000 order lines.
FULL_SIZE_CUSTOMERS = 117_000
# Orders per active day, before the season weight; with the churn below this gives about 5.2
# orders per customer over the two years, as in a shop with a loyal base.
ORDER_RATE = 6.6 / 365.0
CHURN_GENERIC, CHURN_EXPOSED = 0.14, 0.09

ACCEPTS, PERSONALIZED, PRE_EXISTING = 1, 2, 4


def customer_seed(seed, idx):
    return seed * (1 << 40) + idx


def customer(seed, idx):
    """The demo generator's customer number idx (name, email, address, flags)."""
    return demo.make_customer(random.Random(customer_seed(seed, idx)), idx)


class Customers:
    """Per customer: the day offset of the first order in the export, the order rate and the
    ACCEPTS / PERSONALIZED / PRE_EXISTING flags."""

    def __init__(self, seed, count):
        self.seed = seed
        self.count = count
        self.first_day = array.array("i", bytes(4 * count))
        self.rate = array.array("d", bytes(8 * count))
        self.flags = bytearray(count)
        for idx in range(count):
            rng = random.Random(customer_seed(seed, idx))
            c = demo.make_customer(rng, idx)
            flags = (ACCEPTS if c.accepts else 0) | (PERSONALIZED if c.personalized else 0)
            if rng.random() < 0.15:
                # Already a customer before the export starts: the first order in it comes
                # early, and is not their first order ever.
                flags |= PRE_EXISTING
                off = min(SPAN - 1, int(rng.expovariate(1.0 / 40.0)))
            else:
                while True:  # acquisition grows over the two years, weighted by the season
                    off = int(SPAN * rng.random() ** 0.85 * 0.97)
                    if rng.random() < demo.season(DAYS[off]) / demo.SEASON_MAX:
                        break
            self.first_day[idx] = off
            self.rate[idx] = rng.gammavariate(1.3, 1.0) * ORDER_RATE
            self.flags[idx] = flags

    def arrivals(self):
        """Customer indices by the day offset of their first order in the export."""
        by_day = [[] for _ in range(SPAN)]
        for idx in range(self.count):
            by_day[self.first_day[idx]].append(idx)
        return by_day

