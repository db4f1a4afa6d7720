#!/usr/bin/env python3
"""Writes the demo shop: every kind of export PVI Studio imports, for one small bakery.

Maple & Rye Bakery (Toronto) sells bread, pastries, cakes, coffee beans and gift boxes, online
(pickup, local delivery, shipping) and at its counter (POS). Two years of orders end on
2026-10-31. About 3,000 customers; some of them receive personalized offers (orders tagged
"personalized" and/or discount codes starting with "FORYOU"); those customers genuinely return
more often and spend more (the effect the PVIs should find). The shop favours its regulars: a
customer in the programme is invited at one of their orders, with a chance that grows with
their orders of the past year, and gets personalized offers from the next order on. So the
personalized are the loyal, and a naive personalized-vs-generic comparison overstates the
effect (the bias `pvi effect` takes out).

This file writes the Shopify orders export (2025 layout, 79 columns). With --out-dir it also
writes, from the same customers and orders (each module's docstring says what it holds and
which effects are built in):

    mailchimp_campaigns.csv, mailchimp_activity.csv   demo_email.py
    {subscribed,unsubscribed,cleaned}_members_export_<id>.csv   demo_audience.py
    customer_feedback_responses.csv                   demo_survey.py (Google Forms)
    ga4_landing_page_YYYY-MM.csv (12 months)          demo_web.py
    ga4_conversion_paths.csv                          demo_paths.py
    costs.csv                                         demo_costs.py
    experiments.csv                                   demo_experiments.py

Deterministic: the same arguments always give the same bytes (fixed seed, no clock, no locale;
every export has its own random stream, so the orders do not change when another export does).
Python 3 standard library only.

    python3 generate_demo_shop.py --out-dir resources/demo                 # the bundled demo
    python3 generate_demo_shop.py --out big.csv --rows 1000000     # benchmark-sized orders only
"""

import argparse
import datetime as dt
import math
import os
import random
import sys

from demo_common import FIRST_DAY, LAST_DAY, SHOP, OrderFact, build_shop, easter, tz_offset

HEADER = (
    "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,"
    "Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,"
    "Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,"
    "Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,"
    "Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,"
    "Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,"
    "Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,"
    "Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,"
    "Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,"
    "Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,"
    "Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,"
    "Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,"
    "Payment ID,Payment Terms Name,Next Payment Due At,Payment References"
).split(",")
COL = {name: i for i, name in enumerate(HEADER)}
assert len(HEADER) == 79

# An empty value Shopify writes as "" (quoted) rather than as nothing.
QUOTED_EMPTY = object()

BAKERY = SHOP
ROASTER = "Northline Roasters"

# (name, sku, price, category, vendor, season) — season: None, "dec" or "easter".
PRODUCTS = [
    ("Sourdough Country Loaf", "BRD-SOUR", 8.50, "bread", BAKERY, None),
    ("Rye & Caraway Loaf", "BRD-RYE", 9.00, "bread", BAKERY, None),
    ("Seeded Multigrain Loaf", "BRD-SEED", 8.75, "bread", BAKERY, None),
    ("Baguette", "BRD-BAG", 4.25, "bread", BAKERY, None),
    ("Cinnamon Raisin Loaf", "BRD-CINR", 9.50, "bread", BAKERY, None),
    ("Rosemary Focaccia", "BRD-FOC", 7.50, "bread", BAKERY, None),
    ("Butter Croissant", "PST-CRO", 3.75, "pastry", BAKERY, None),
    ("Pain au Chocolat", "PST-PAC", 4.25, "pastry", BAKERY, None),
    ("Almond Croissant", "PST-ALM", 4.95, "pastry", BAKERY, None),
    ("Cinnamon Bun", "PST-CIN", 4.50, "pastry", BAKERY, None),
    ("Cardamom Knot", "PST-CAR", 4.75, "pastry", BAKERY, None),
    ("Seasonal Fruit Danish", "PST-DAN", 4.95, "pastry", BAKERY, None),
    ("Carrot Cake (8\")", "CAK-CAR8", 38.00, "cake", BAKERY, None),
    ("Chocolate Fudge Cake (8\")", "CAK-CHO8", 42.00, "cake", BAKERY, None),
    ("Lemon Drizzle Loaf Cake", "CAK-LEM", 18.00, "cake", BAKERY, None),
    ("Birthday Cake, custom message", "CAK-BDAY", 55.00, "cake", BAKERY, None),
    ("Bûche de Noël", "CAK-BUCHE", 48.00, "cake", BAKERY, "dec"),
    ("Stollen", "CAK-STOL", 24.00, "cake", BAKERY, "dec"),
    ("Hot Cross Buns (6)", "PST-HCB6", 12.00, "pastry", BAKERY, "easter"),
    ("House Espresso Beans 340 g", "COF-ESP340", 18.50, "coffee", ROASTER, None),
    ("Single Origin Ethiopia 340 g", "COF-ETH340", 21.00, "coffee", ROASTER, None),
    ("Decaf Swiss Water 340 g", "COF-DEC340", 19.50, "coffee", ROASTER, None),
    ("Breakfast Gift Box", "GFT-BRK", 45.00, "gift", BAKERY, None),
    ("Coffee & Pastry Gift Box", "GFT-COF", 58.00, "gift", BAKERY, None),
    ("Holiday Cookie Tin", "GFT-TIN", 32.00, "gift", BAKERY, "dec"),
]
CATEGORY_WEIGHT = {"bread": 5.0, "pastry": 5.0, "cake": 1.2, "coffee": 1.5, "gift": 0.6}
MAX_QTY = {"bread": 2, "pastry": 6, "cake": 1, "coffee": 2, "gift": 1}

# (code, name, share of customers, tax name(s) and rates, city list)
PROVINCES = [
    ("ON", "Ontario", 0.80, [("HST 13%", 0.13)], ["Toronto", "Toronto", "Toronto", "Mississauga", "Etobicoke", "North York", "Scarborough", "Oakville"]),
    ("QC", "Quebec", 0.05, [("GST 5%", 0.05), ("QST 9.975%", 0.09975)], ["Montréal", "Gatineau", "Laval"]),
    ("BC", "British Columbia", 0.04, [("GST 5%", 0.05), ("PST 7%", 0.07)], ["Vancouver", "Victoria"]),
    ("AB", "Alberta", 0.03, [("GST 5%", 0.05)], ["Calgary", "Edmonton"]),
    ("NS", "Nova Scotia", 0.02, [("HST 15%", 0.15)], ["Halifax"]),
]
US_STATES = [("NY", "New York", ["Buffalo", "Rochester"]), ("MI", "Michigan", ["Detroit"])]
US_SHARE = 0.06
FIRST_NAMES = ["Ava", "Liam", "Noah", "Emma", "Olivia", "Lucas", "Mia", "Ethan", "Chloé", "Léa",
               "Amir", "Priya", "Wei", "Sofia", "Mateo", "Hana", "Zoe", "Owen", "Maya", "Jonas",
               "Aisha", "Diego", "Nora", "Felix", "Ines", "Ravi", "Yuki", "Elena", "Omar", "Grace"]
LAST_NAMES = ["Tremblay", "Gagnon", "Roy", "Smith", "Brown", "Wilson", "Nguyen", "Singh", "Chen",
              "Martin", "Lee", "Patel", "Kowalski", "O'Neill", "Rossi", "Müller", "Haddad", "Silva",
              "Kim", "Dubois", "Murphy", "Fischer", "Tanaka", "Novak", "Ahmed", "García"]
DOMAINS = ["example.com", "example.org", "example.net"]
STREETS = ["Queen St W", "King St E", "Dundas St W", "Bloor St W", "College St", "Ossington Ave",
           "Roncesvalles Ave", "Danforth Ave", "Spadina Ave", "Harbord St"]
GIFT_NOTES = ["Happy birthday, Mum!\nLove, {n}", "For the office - thank you team!",
              "Please leave at the side door.", "Congratulations!\n\nFrom all of us",
              "Gluten-free card please, \"no nuts\" on the cake"]


EASTERS = {y: easter(y) for y in range(2023, 2028)}


def season(day):
    """Relative order intensity of a day: weekends, December, the Easter week."""
    w = 1.0
    if day.weekday() == 5:
        w *= 1.6
    elif day.weekday() == 6:
        w *= 1.35
    elif day.weekday() == 0:
        w *= 0.75
    if day.month == 12 and day.day <= 24:
        w *= 1.4 + 0.9 * day.day / 24.0
    elif day.month == 12:
        w *= 0.6
    elif day.month == 1:
        w *= 0.8
    elif day.month in (7, 8):
        w *= 0.85
    delta = (EASTERS[day.year] - day).days
    if 0 <= delta <= 6:
        w *= 1.9
    return w


SEASON_MAX = 1.6 * 2.3 * 1.9


def money(x):
    return "%.2f" % x


def r2(x):
    return math.floor(x * 100 + 0.5) / 100


def stamp(day, seconds):
    t = dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=seconds)
    return t.strftime("%Y-%m-%d %H:%M:%S ") + tz_offset(t.date())


class Customer:
    __slots__ = ("idx", "email", "first", "last", "province", "country", "city", "zip", "street",
                 "phone", "accepts", "personalized", "upper_email", "walk_in", "invited_on")


def make_customer(rng, idx):
    c = Customer()
    c.idx = idx
    c.first = rng.choice(FIRST_NAMES)
    c.last = rng.choice(LAST_NAMES)
    local = "%s.%s%d" % (c.first.lower(), c.last.lower().replace("'", ""), idx)
    local = local.encode("ascii", "ignore").decode()
    c.email = "%s@%s" % (local, rng.choice(DOMAINS))
    c.upper_email = rng.random() < 0.06  # sometimes types the address with capitals
    if rng.random() < US_SHARE:
        code, name, cities = rng.choice(US_STATES)
        c.province, c.country = (code, name, [("", 0.0)]), "US"
        c.city = rng.choice(cities)
        c.zip = "'%05d" % rng.randint(14000, 49999)  # digit-only zip: apostrophe guard
    else:
        x, acc = rng.random(), 0.0
        total = sum(p[2] for p in PROVINCES)
        chosen = PROVINCES[0]
        for p in PROVINCES:
            acc += p[2] / total
            if x < acc:
                chosen = p
                break
        c.province, c.country = (chosen[0], chosen[1], chosen[3]), "CA"
        c.city = rng.choice(chosen[4])
        letters = "ABCEGHJKLMNPRSTVXY"
        c.zip = "%s%d%s %d%s%d" % (rng.choice("MKLN" if chosen[0] == "ON" else "HVTB"),
                                   rng.randint(1, 9), rng.choice(letters), rng.randint(1, 9),
                                   rng.choice(letters), rng.randint(0, 9))
    c.street = "%d %s" % (rng.randint(1, 999), rng.choice(STREETS))
    c.phone = "+1 416 555 %04d" % rng.randint(0, 9999) if rng.random() < 0.5 else ""
    c.accepts = rng.random() < 0.62
    # The personalized programme targets customers who accept marketing.
    c.personalized = c.accepts and rng.random() < 0.7
    c.walk_in = False
    c.invited_on = None
    return c


# The programme's chance of inviting a customer at an order, by their orders in the past year
# (this one included): 1, 2, 3, 4 or more.
INVITE_CHANCE = (0.08, 0.30, 0.55, 0.75)


def simulate(rng, n_customers):
    """Order events (day, customer index, exposed, first order ever) for every customer."""
    span = (LAST_DAY - FIRST_DAY).days + 1
    events = []
    for idx in range(n_customers):
        # Acquisition grows over the two years; accept a candidate day by its season weight.
        while True:
            # 15% were already customers before the export starts (their earlier orders are
            # not in it); the rest arrive over the two years, slowly growing.
            if rng.random() < 0.15:
                day = FIRST_DAY - dt.timedelta(days=rng.randint(1, 365))
            else:
                off = int(span * rng.random() ** 0.85 * 0.97)
                day = FIRST_DAY + dt.timedelta(days=off)
            if rng.random() < season(day) / SEASON_MAX:
                break
        rate = rng.gammavariate(1.3, 1.0) * 2.7 / 365.0  # orders per day while active
        exposed = False
        churn = 0.30
        n = 0
        days = []
        while day <= LAST_DAY:
            if day >= FIRST_DAY:
                events.append((day, idx, exposed, n == 0))
            n += 1
            days.append(day)
            if not exposed and CUSTOMERS[idx].personalized:
                # Invited at this order with a chance that grows with the past year's orders;
                # personalized offers start with the next order.
                past_year = sum(1 for d in days if d > day - dt.timedelta(days=365))
                if rng.random() < INVITE_CHANCE[min(past_year, len(INVITE_CHANCE)) - 1]:
                    exposed = True
                    CUSTOMERS[idx].invited_on = day
            if rng.random() < (0.19 if exposed else churn):
                break
            lam = rate * (1.45 if exposed else 1.0) * SEASON_MAX
            while True:  # thinning: inhomogeneous Poisson process with the season weights
                day = day + dt.timedelta(days=max(1, int(rng.expovariate(lam) + 0.5)))
                if day > LAST_DAY or rng.random() < season(day) / SEASON_MAX:
                    break
    return events


CUSTOMERS = []


def pick_product(rng, day):
    names = []
    weights = []
    easter_day = EASTERS[day.year]
    for p in PRODUCTS:
        w = CATEGORY_WEIGHT[p[3]]
        if p[5] == "dec" and not (day.month == 12 or (day.month == 11 and day.day > 20)):
            continue
        if p[5] == "easter" and not (0 <= (easter_day - day).days <= 14):
            continue
        if p[5] is not None:
            w *= 3.0
        if p[3] == "gift" and day.month == 12:
            w *= 3.0
        names.append(p)
        weights.append(w)
    return rng.choices(names, weights)[0]


def order_rows(rng, number, order_id, day, cust, exposed, first_order):
    """All CSV rows of one order (lists of 79 values)."""
    pos = rng.random() < 0.14
    source = "pos" if pos else rng.choices(["web", "iphone", "android", "shopify_draft_order"],
                                            [0.88, 0.06, 0.04, 0.02])[0]
    no_email = pos and rng.random() < 0.45
    seconds = rng.randint(7 * 3600, 19 * 3600) if pos else rng.randint(6 * 3600, 23 * 3600 + 3599)
    created = stamp(day, seconds)

    # Line items; exposed customers buy more (bigger baskets, more premium items).
    n_lines = 1 + min(5, int(rng.expovariate(1.0 / (1.35 if exposed else 1.1))))
    lines = {}
    for _ in range(n_lines):
        p = pick_product(rng, day)
        q = rng.randint(1, MAX_QTY[p[3]])
        if exposed and rng.random() < 0.12:
            q = min(MAX_QTY[p[3]] + 1, q + 1)
        lines[p] = lines.get(p, 0) + q
    lines = list(lines.items())
    gross = sum(p[2] * q for p, q in lines)

    personal_tag = False
    code = ""
    discount = 0.0
    if exposed:
        personal_tag = rng.random() < 0.65
        if rng.random() < 0.45 or not personal_tag:
            code = "FORYOU-%s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5))
            discount = r2(gross * 0.10)
    elif first_order and not pos and rng.random() < 0.18:
        code = "WELCOME10"
        discount = r2(gross * 0.10)
    elif not pos and rng.random() < 0.04:
        code = rng.choice(["BREADCLUB", "HOLIDAY15" if day.month == 12 else "SPRING5"])
        discount = r2(gross * (0.15 if code == "HOLIDAY15" else 0.05 if code == "SPRING5" else 0.08))
    elif rng.random() < 0.05 and sum(q for p, q in lines if p[3] == "pastry") >= 6:
        discount = r2(sum(p[2] * q for p, q in lines if p[3] == "pastry") * 0.15)  # automatic: 6+ pastries

    # Allocate the discount over the lines (the last line takes the rounding remainder).
    line_disc = []
    left = discount
    for i, (p, q) in enumerate(lines):
        share = left if i == len(lines) - 1 else r2(discount * p[2] * q / gross)
        left = r2(left - share)
        line_disc.append(share)
    subtotal = r2(gross - discount)

    if pos:
        ship_method, shipping = "", 0.0
    elif cust.country == "US" or cust.province[0] != "ON":
        ship_method, shipping = "Canada Post Expedited", 14.95
    else:
        ship_method, shipping = rng.choices([("Local Pickup", 0.0), ("Local Delivery", 6.0)], [0.6, 0.4])[0]
    taxes = []
    if cust.country == "CA" or pos:
        for tname, trate in (PROVINCES[0][3] if pos else PROVINCES[[p[0] for p in PROVINCES].index(cust.province[0])][3]):
            taxes.append((tname, r2((subtotal + shipping) * trate)))
    tax_total = r2(sum(t for _, t in taxes))
    total = r2(subtotal + shipping + tax_total)

    # Payment state.
    recent = (LAST_DAY - day).days < 3
    x = rng.random()
    status, refunded, cancelled, outstanding = "paid", 0.0, "", 0.0
    if pos:
        status = "refunded" if x < 0.004 else "paid"
    elif recent and x < 0.35:
        status = rng.choice(["pending", "authorized"])
    elif x < 0.012:
        status = "pending"
    elif x < 0.018:
        status = "authorized"
    elif x < 0.021:
        status = "partially_paid"
    elif x < 0.051:
        status = "partially_refunded"
    elif x < 0.066:
        status = "refunded"
    elif x < 0.078:
        status = "voided"
    if status == "refunded":
        refunded = total
    elif status == "partially_refunded":
        p, q = rng.choice(lines)
        refunded = r2(min(total - 0.01, p[2] * rng.randint(1, q) * (1 + (taxes[0][1] / subtotal if taxes and subtotal else 0))))
        refunded = max(0.01, refunded)
    if status in ("pending", "authorized", "voided"):
        outstanding = total if status != "voided" else 0.0
    elif status == "partially_paid":
        outstanding = r2(total * 0.5)
    if status == "voided" or (status == "refunded" and rng.random() < 0.5):
        cancelled = stamp(day, min(seconds + rng.randint(3600, 30 * 3600), 86400 * 2 - 1))
    paid_at = "" if status in ("pending", "authorized", "voided") else stamp(day, seconds + rng.randint(0, 3))
    if status == "voided":
        fulfillment, fulfilled_at = "unfulfilled", ""
    elif pos:
        fulfillment, fulfilled_at = "fulfilled", created
    elif recent or status in ("pending", "authorized"):
        fulfillment, fulfilled_at = "unfulfilled", ""
    else:
        fulfillment, fulfilled_at = "fulfilled", stamp(day, seconds + rng.randint(1800, 20 * 3600))
    line_status = "fulfilled" if fulfillment == "fulfilled" else "pending"

    tags = []
    if personal_tag:
        tags.append("personalized")
    if any(p[3] == "cake" for p, _ in lines) and rng.random() < 0.3:
        tags.append("custom-cake")
    if ship_method == "Local Pickup":
        tags.append("pickup")
    note = ""
    if rng.random() < 0.03:
        note = rng.choice(GIFT_NOTES).format(n=cust.first)
    note_attrs = ""
    if ship_method == "Local Pickup" and rng.random() < 0.25:
        note_attrs = "pickup_date: %s\npickup_location: Queen St W" % (day + dt.timedelta(days=1)).isoformat()

    email = ""
    if not no_email:
        email = cust.email
        if cust.upper_email and not first_order:
            local, dom = email.split("@")
            email = local.capitalize() + "@" + dom.upper()
    bname = "%s %s" % (cust.first, cust.last)
    payref = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(25))
    pay_method = "Shopify Payments" if not pos else rng.choice(["Cash", "Shopify Payments"])
    name = "#%d" % number
    if cust.country == "US":
        prov_code, prov_name = cust.province[0], cust.province[1]
    else:
        prov_code, prov_name = cust.province[0], cust.province[1]

    rows = []
    for i, ((p, q), ldisc) in enumerate(zip(lines, line_disc)):
        row = [""] * 79
        row[COL["Name"]] = name
        row[COL["Email"]] = email
        row[COL["Created at"]] = created
        row[COL["Lineitem quantity"]] = str(q)
        row[COL["Lineitem name"]] = p[0]
        row[COL["Lineitem price"]] = money(p[2])
        compare = rng.random() < 0.05
        row[COL["Lineitem compare at price"]] = money(p[2] * 1.2) if compare else ("" if i == 0 else QUOTED_EMPTY)
        row[COL["Lineitem sku"]] = p[1]
        row[COL["Lineitem requires shipping"]] = "false" if pos else "true"
        row[COL["Lineitem taxable"]] = "true"
        row[COL["Lineitem fulfillment status"]] = line_status
        row[COL["Vendor"]] = p[4]
        row[COL["Lineitem discount"]] = money(ldisc)
        if i == 0:
            v = row.__setitem__
            v(COL["Financial Status"], status)
            v(COL["Paid at"], paid_at)
            v(COL["Fulfillment Status"], fulfillment)
            v(COL["Fulfilled at"], fulfilled_at)
            v(COL["Accepts Marketing"], "yes" if cust.accepts and email else "no")
            v(COL["Currency"], "CAD")
            v(COL["Subtotal"], money(subtotal))
            v(COL["Shipping"], money(shipping))
            v(COL["Taxes"], money(tax_total))
            v(COL["Total"], money(total))
            v(COL["Discount Code"], code if code else QUOTED_EMPTY)
            v(COL["Discount Amount"], money(discount))
            v(COL["Shipping Method"], ship_method if ship_method else QUOTED_EMPTY)
            if not pos:
                for prefix in ("Billing", "Shipping"):
                    v(COL[prefix + " Name"], bname)
                    v(COL[prefix + " Street"], cust.street)
                    v(COL[prefix + " Address1"], cust.street)
                    v(COL[prefix + " Company"], QUOTED_EMPTY if prefix == "Billing" else "")
                    v(COL[prefix + " City"], cust.city)
                    v(COL[prefix + " Zip"], cust.zip)
                    v(COL[prefix + " Province"], prov_code)
                    v(COL[prefix + " Country"], cust.country)
                    v(COL[prefix + " Phone"], cust.phone)
                    v(COL[prefix + " Province Name"], prov_name)
            v(COL["Notes"], note if note else QUOTED_EMPTY)
            v(COL["Note Attributes"], note_attrs if note_attrs else QUOTED_EMPTY)
            v(COL["Cancelled at"], cancelled)
            v(COL["Payment Method"], pay_method)
            v(COL["Payment Reference"], payref)
            v(COL["Refunded Amount"], money(refunded))
            v(COL["Outstanding Balance"], money(outstanding))
            if pos:
                v(COL["Employee"], rng.choice(["Mara L.", "Tomás R.", "Jun K."]))
                v(COL["Location"], "Queen St W Bakery")
                v(COL["Device ID"], str(rng.choice([81231, 81232])))
                v(COL["Receipt Number"], "%d-%04d" % (81231, number % 10000))
            v(COL["Id"], str(order_id))
            v(COL["Tags"], ", ".join(tags) if tags else QUOTED_EMPTY)
            v(COL["Risk Level"], "Low")
            v(COL["Source"], source)
            for k, (tname, tval) in enumerate(taxes[:5]):
                v(COL["Tax %d Name" % (k + 1)], tname)
                v(COL["Tax %d Value" % (k + 1)], money(tval))
            v(COL["Phone"], cust.phone if not no_email and rng.random() < 0.2 else "")
            v(COL["Payment ID"], payref)
            v(COL["Payment References"], payref)
        rows.append(row)
    return rows


def csv_field(v):
    if v is QUOTED_EMPTY:
        return '""'
    if any(ch in v for ch in ',"\n\r'):
        return '"' + v.replace('"', '""') + '"'
    return v


def order_fact(rows, day, idx, first):
    """What the other exports need from one order's rows."""
    head = rows[0]
    f = OrderFact()
    f.day, f.idx, f.first_ever = day, idx, first
    created = head[COL["Created at"]]
    f.seconds = int(created[11:13]) * 3600 + int(created[14:16]) * 60 + int(created[17:19])
    f.has_email = head[COL["Email"]] != ""
    status = head[COL["Financial Status"]]
    f.valid = status not in ("voided", "refunded") and head[COL["Cancelled at"]] == ""
    tags = head[COL["Tags"]]
    code = head[COL["Discount Code"]]
    f.matches_rule = ((tags is not QUOTED_EMPTY and "personalized" in tags.split(", "))
                      or (code is not QUOTED_EMPTY and code.startswith("FORYOU")))
    f.online = head[COL["Source"]] in ("web", "iphone", "android")
    f.subtotal = float(head[COL["Subtotal"]]) - float(head[COL["Refunded Amount"]])
    return f


def write_orders(out, args, events, rng):
    """Writes the orders export; returns the order facts and (orders, rows, customers) counts."""
    out.write(",".join(HEADER) + "\n")
    seen = set()
    written = 0
    facts = []
    order_id = 7010000000000
    k = -1
    for k, (day, idx, exposed, first) in enumerate(events):
        cust = CUSTOMERS[idx]
        seen.add(idx)
        order_id += rng.randint(1000, 400000)
        orng = random.Random(args.seed * 1000003 + k)
        rows = order_rows(orng, 1001 + k, order_id, day, cust, exposed, first)
        out.write("".join(",".join(csv_field(v) for v in row) + "\n" for row in rows))
        facts.append(order_fact(rows, day, idx, first))
        written += len(rows)
        if args.rows and written >= args.rows:
            break
    return facts, (min(k + 1, len(events)), written, len(seen))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    target = ap.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", help="write only the orders export to this path ('-' for stdout)")
    target.add_argument("--out-dir", help="write every export of the demo shop into this folder")
    ap.add_argument("--seed", type=int, default=20261031)
    ap.add_argument("--customers", type=int, default=3300)
    ap.add_argument("--rows", type=int, default=0,
                    help="benchmark mode (with --out): scale the customers so the file has at "
                         "least this many data rows, and stop at the first order boundary past it")
    args = ap.parse_args()
    if args.rows and args.out_dir:
        ap.error("--rows only goes with --out")

    n_customers = args.customers
    if args.rows:
        n_customers = max(n_customers, int(args.rows / 3.4) + 1000)
    rng = random.Random(args.seed)
    CUSTOMERS.extend(make_customer(rng, i) for i in range(n_customers))
    events = simulate(rng, n_customers)
    # Same-day orders keep a stable order: by customer index then position in the simulation.
    events.sort(key=lambda e: (e[0], e[1]))

    if args.out_dir:
        path = os.path.join(args.out_dir, "orders_export.csv")
        out = open(path, "w", encoding="utf-8", newline="")
    else:
        out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8", newline="")
    facts, counts = write_orders(out, args, events, rng)
    if out is not sys.stdout:
        out.close()
    print("wrote %d orders, %d rows, %d customers" % counts, file=sys.stderr)
    if not args.out_dir:
        return

    import demo_audience
    import demo_costs
    import demo_email
    import demo_experiments
    import demo_paths
    import demo_survey
    import demo_web
    shop = build_shop(CUSTOMERS, facts)
    email = demo_email.write(shop, args.out_dir, args.seed)
    written = dict(email.rows)
    for module in (demo_audience, demo_survey, demo_web, demo_paths, demo_costs,
                   demo_experiments):
        written.update(module.write(shop, args.out_dir, args.seed, email))
    for name in sorted(written):
        print("wrote %s: %d data rows" % (name, written[name]), file=sys.stderr)


if __name__ == "__main__":
    main()
