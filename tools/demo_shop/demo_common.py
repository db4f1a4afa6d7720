"""Shared pieces of the demo-shop generator: the shop's calendar, time zone and CSV writing, and
the facts about customers and orders that the other exports are built from.

Python 3 standard library only; nothing here reads the clock or the locale.
"""

import datetime as dt

FIRST_DAY = dt.date(2024, 11, 1)
LAST_DAY = dt.date(2026, 10, 31)
SHOP = "Maple & Rye Bakery"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def tz_offset(day):
    """America/Toronto: -0400 from the second Sunday of March to the first Sunday of November."""
    def nth_sunday(year, month, n):
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(6 - d.weekday()) % 7)
        return d + dt.timedelta(weeks=n - 1)
    start, end = nth_sunday(day.year, 3, 2), nth_sunday(day.year, 11, 1)
    return "-0400" if start <= day < end else "-0500"


def zone_abbreviation(day):
    """EDT or EST, as Google Forms writes the form owner's zone."""
    return "EDT" if tz_offset(day) == "-0400" else "EST"


def easter(year):
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = ((h + l_ - 7 * m + 114) % 31) + 1
    return dt.date(year, month, day)


def month_starts(first, last):
    """The first day of every calendar month from first's month to last's month."""
    d = first.replace(day=1)
    out = []
    while d <= last:
        out.append(d)
        d = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return out


def month_end(start):
    return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def quote(value, always=False):
    """A CSV field with minimal quoting (only when it holds a comma, quote or line break)."""
    if always or any(ch in value for ch in ',"\n\r'):
        return '"' + value.replace('"', '""') + '"'
    return value


def csv_line(values, eol="\n"):
    return ",".join(quote(v) for v in values) + eol


def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


class OrderFact:
    """What the other exports need to know about one order of the orders export."""
    __slots__ = ("day", "idx", "seconds", "has_email", "valid", "matches_rule", "online",
                 "subtotal", "first_ever")


class CustomerFact:
    """What the other exports need to know about one customer of the orders export."""
    __slots__ = ("idx", "email", "first", "last", "accepts", "personalized", "orders",
                 "first_email_day", "pre_existing", "programme_start", "exposed_on")

    def email_orders(self):
        return [o for o in self.orders if o.has_email]


class Shop:
    """The demo shop's customers (those with at least one order carrying their email) and
    orders, as the orders export holds them."""

    def __init__(self, customers, orders):
        self.orders = orders
        self.customers = customers  # idx -> CustomerFact, in idx order

    def subscribers(self):
        """Customers on the Mailchimp audience: they accept marketing and gave their email."""
        return [c for c in self.customers.values() if c.accepts]


def build_shop(raw_customers, facts):
    """Customer facts from the generator's customers and the order facts (sorted by day)."""
    customers = {}
    for f in facts:
        c = customers.get(f.idx)
        if c is None:
            raw = raw_customers[f.idx]
            c = CustomerFact()
            c.idx, c.email, c.first, c.last = raw.idx, raw.email, raw.first, raw.last
            c.accepts, c.personalized = raw.accepts, raw.personalized
            c.orders = []
            c.pre_existing = not f.first_ever
            customers[f.idx] = c
        c.orders.append(f)
    shop_customers = {}
    for idx in sorted(customers):
        c = customers[idx]
        with_email = c.email_orders()
        if not with_email:
            continue  # only ever bought at the counter without giving an email: unknown
        c.first_email_day = with_email[0].day
        # Personalized offers start the day after the order at which the programme invited the
        # customer (the export's first day for an invitation before it).
        invited_on = raw_customers[idx].invited_on
        if invited_on is not None:
            c.programme_start = max(FIRST_DAY, invited_on + dt.timedelta(days=1))
        else:
            c.programme_start = None
        # What the app will see: the first valid order matching a rule (tag or FORYOU code).
        c.exposed_on = next((o.day for o in with_email if o.valid and o.matches_rule), None)
        shop_customers[idx] = c
    return Shop(shop_customers, facts)
