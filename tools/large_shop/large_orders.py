"""The large shop's Shopify orders export (the demo's 79-column layout and order rows), written
in one pass day by day.

Only the customers active on a day are held (a heap keyed by their next order day), never the
orders, so memory grows with the customers, not with the order lines. Same-day orders come in
customer order, as in the demo. Personalization works as in the demo: members of the programme
are exposed from their second order on (tag "personalized" and/or a FORYOU- discount code), and
then churn less and order more often.
"""

import heapq
import random

import generate_demo_shop as demo
from large_customers import (CHURN_EXPOSED, CHURN_GENERIC, DAYS, PERSONALIZED, PRE_EXISTING, SPAN,
                             customer)


class DailyWeb:
    """Per day: valid online orders matching a personalization rule or not, and their
    merchandise value, which the GA4 reports are sized from."""

    def __init__(self):
        self.personal = [0] * SPAN
        self.generic = [0] * SPAN
        self.personal_value = [0.0] * SPAN
        self.generic_value = [0.0] * SPAN

    def add(self, off, fact):
        if not (fact.online and fact.valid):
            return
        if fact.matches_rule:
            self.personal[off] += 1
            self.personal_value[off] += fact.subtotal
        else:
            self.generic[off] += 1
            self.generic_value[off] += fact.subtotal


def write(path, seed, customers, max_lines, on_order):
    """Writes the export; on_order(off, fact, email, exposed) is called for every order.
    Returns (orders, lines, customers seen)."""
    rng = random.Random(seed)
    arrivals = customers.arrivals()
    heap = []  # (day offset, customer idx, orders so far, exposed)
    k = 0
    lines = 0
    seen = 0
    order_id = 7010000000000
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(",".join(demo.HEADER) + "\n")
        for off in range(SPAN):
            for idx in arrivals[off]:
                pre = customers.flags[idx] & PRE_EXISTING
                member = customers.flags[idx] & PERSONALIZED
                heapq.heappush(heap, (off, idx, 1 if pre else 0, bool(pre and member)))
            arrivals[off] = None
            day = DAYS[off]
            while heap and heap[0][0] == off:
                _, idx, n, exposed = heapq.heappop(heap)
                cust = customer(seed, idx)
                order_id += rng.randint(1000, 400000)
                orng = random.Random(seed * (1 << 40) + (1 << 39) + k)
                rows = demo.order_rows(orng, 1001 + k, order_id, day, cust, exposed, n == 0)
                out.write("".join(",".join(map(_field, row)) + "\n" for row in rows))
                k += 1
                lines += len(rows)
                seen += off == customers.first_day[idx]
                on_order(off, demo.order_fact(rows, day, idx, n == 0), rows[0][1], exposed)
                if max_lines and lines >= max_lines:
                    return k, lines, seen
                _schedule_next(heap, rng, customers, off, idx, n + 1, exposed)
    return k, lines, seen


def _field(v):
    """demo.csv_field, faster: most of the 79 fields are empty or plain."""
    if v is demo.QUOTED_EMPTY:
        return '""'
    if v and ("," in v or '"' in v or "\n" in v or "\r" in v):
        return '"' + v.replace('"', '""') + '"'
    return v


def _schedule_next(heap, rng, customers, off, idx, n, exposed):
    """The customer's next order day (an inhomogeneous Poisson process with the season weights,
    by thinning), unless they churn now."""
    if customers.flags[idx] & PERSONALIZED:
        exposed = True  # personalized offers start after the first order
    if rng.random() < (CHURN_EXPOSED if exposed else CHURN_GENERIC):
        return
    lam = customers.rate[idx] * (1.45 if exposed else 1.0) * demo.SEASON_MAX
    while True:
        off += max(1, int(rng.expovariate(lam) + 0.5))
        if off >= SPAN:
            return
        if rng.random() < demo.season(DAYS[off]) / demo.SEASON_MAX:
            break
    heapq.heappush(heap, (off, idx, n, exposed))
