"""The demo shop's Google Analytics 4 landing-page reports (Reports > Engagement > Landing page >
Share > Download file > CSV): one download per calendar month of the last twelve months, each
with GA4's `#` comment block (Account, Property, comparison, Start date / End date as YYYYMMDD),
CRLF line ends, unrounded floats for rates (fractions) and seconds, rows by sessions.

Sessions and key events follow the orders export: each month's key events are most of that
month's online orders, and the revenue is their merchandise value. The personalized pages live
under /for-you/ (where personalized emails and the signed-in "For you" banner land); they hold
about a tenth of the sessions but convert about twice as often, keep visitors longer and more
often engaged, which is the effect the web PVIs should find. The bakery added GA4's Views
metric to the report (Customize report > Metrics), so pages per visit can be taken; a visit views
more pages the more engaged its sessions are (no random draw: the other columns stay as they were).

Also one GA4 item-list report per month (ga4_item_lists_YYYY-MM.csv: Reports > Monetization >
E-commerce purchases, dimension switched to Item list name, the same comment block): per product
list, the items shown and clicked. "Recommended for you" is the personalized list (signed-in
customers, from their past orders); the generic lists are clicked less often. Its own random
stream, so the landing-page reports do not change with it.
"""

import os
import random

from demo_common import LAST_DAY, SHOP, month_end, month_starts

FILE_PATTERN = "ga4_landing_page_%04d-%02d.csv"
MONTHS = 12
HEADER = ("Landing page,Sessions,Active users,New users,Average engagement time per session,"
          "Key events,Total revenue,Session key event rate,Engagement rate,Views")
LISTS_PATTERN = "ga4_item_lists_%04d-%02d.csv"
LISTS_HEADER = ("Item list name,Items viewed in list,Items clicked in list,Items added to cart,"
                "Items purchased,Item revenue")
# (list, items shown per session of the pages it appears on, click-through rate, add-to-cart
#  share of clicks); "Recommended for you" is shown on the personalized pages' sessions.
ITEM_LISTS = [
    ("Recommended for you", 5.0, 0.086, 0.30),
    ("You may also like", 3.0, 0.051, 0.22),
    ("Best sellers", 2.0, 0.042, 0.20),
    ("New this week", 1.2, 0.035, 0.18),
    ("(not set)", 0.15, 0.012, 0.10),
]

# (path, share of the generic sessions, conversion factor, engagement factor, time factor,
#  share of new users)
GENERIC_PAGES = [
    ("/", 0.30, 1.0, 1.0, 1.0, 0.55),
    ("/collections/bread", 0.09, 1.3, 1.05, 1.1, 0.50),
    ("/collections/pastries", 0.07, 1.3, 1.05, 1.05, 0.50),
    ("/collections/cakes", 0.05, 1.1, 1.0, 1.2, 0.55),
    ("/collections/coffee", 0.03, 1.2, 1.0, 0.9, 0.45),
    ("/collections/gift-boxes", 0.025, 1.2, 1.0, 1.1, 0.65),
    ("/products/sourdough-country-loaf", 0.05, 1.6, 1.1, 1.0, 0.45),
    ("/products/birthday-cake-custom-message", 0.03, 1.5, 1.1, 1.4, 0.60),
    ("/products/almond-croissant", 0.025, 1.5, 1.05, 0.9, 0.50),
    ("/products/house-espresso-beans-340-g", 0.02, 1.4, 1.0, 0.9, 0.40),
    ("/pages/pickup-and-delivery", 0.04, 0.6, 0.9, 0.8, 0.45),
    ("/blogs/journal/how-we-make-our-sourdough", 0.04, 0.2, 0.9, 1.9, 0.80),
    ("/pages/about", 0.02, 0.3, 0.8, 1.2, 0.70),
    ("/account/login", 0.03, 1.1, 1.1, 0.7, 0.05),
    ("/cart", 0.02, 2.0, 1.1, 0.6, 0.10),
    ("/search", 0.015, 0.9, 1.0, 0.8, 0.40),
    ("/pages/wholesale", 0.008, 0.1, 0.8, 1.3, 0.85),
    ("(not set)", 0.03, 0.1, 0.3, 0.3, 0.50),
    ("", 0.003, 0.0, 0.2, 0.2, 0.60),
]
PERSONALIZED_PAGES = [
    ("/for-you/", 0.45, 1.0, 1.0, 1.0, 0.06),
    ("/for-you/weekly-picks", 0.25, 1.0, 1.05, 1.1, 0.05),
    ("/for-you/reorder", 0.20, 1.5, 1.05, 0.8, 0.03),
    ("/for-you/birthday-reminder", 0.10, 1.2, 1.0, 1.2, 0.04),
]
GENERIC_CR, PERSONALIZED_CR = 0.021, 0.045
GENERIC_ENGAGED, PERSONALIZED_ENGAGED = 0.54, 0.69
GENERIC_SECONDS, PERSONALIZED_SECONDS = 49.0, 73.0


def number(x):
    """GA4's unformatted number: integers bare, other values as the shortest float."""
    if x == int(x):
        return str(int(x))
    return repr(x)


def page_rows(rng, pages, sessions_total, key_total, revenue_total, engaged, seconds, month):
    weights = []
    for path, share, *_ in pages:
        w = share * rng.gammavariate(40.0, 1.0 / 40.0)
        if path == "/collections/gift-boxes":
            w *= {11: 1.8, 12: 3.5}.get(month, 1.0)
        weights.append(w)
    total_w = sum(weights)
    sessions = [max(0, int(round(sessions_total * w / total_w))) for w in weights]
    weighted = max(1e-9, sum(s * p[2] for s, p in zip(sessions, pages)))
    rows = []
    for s, (path, _, conv, eng, secs, new_share) in zip(sessions, pages):
        if s == 0:
            continue
        expected = key_total * s * conv / weighted
        key = max(0, min(s, int(round(expected * rng.gauss(1.0, 0.08)))))
        revenue = round(key * revenue_total / max(1, key_total) * rng.gauss(1.0, 0.08), 2) if key else 0
        active = max(1, int(round(s * rng.uniform(0.86, 0.94))))
        new = int(round(active * new_share * rng.uniform(0.9, 1.1)))
        engaged_n = min(s, int(round(s * engaged * eng * rng.gauss(1.0, 0.04))))
        time_per_session = seconds * secs * rng.gauss(1.0, 0.07)
        # GA4 averages engagement time over sessions: a total in whole seconds / sessions.
        avg_time = round(time_per_session * s) / s
        views = int(round(s * (1.0 + 1.6 * engaged_n / s * secs)))
        rows.append((s, path, [path, str(s), str(active), str(new), number(avg_time), str(key),
                               number(revenue), number(key / s), number(engaged_n / s),
                               str(views)]))
    return rows


def write(shop, out_dir, seed, email):
    rng = random.Random(seed * 7 + 3)
    list_rng = random.Random(seed * 13 + 3)
    first = month_starts(LAST_DAY, LAST_DAY)[0]
    months = month_starts(first.replace(year=first.year - 1), LAST_DAY)[-MONTHS:]
    written = {}
    for start in months:
        end = month_end(start)
        online = [o for o in shop.orders if o.online and o.valid and start <= o.day <= end]
        personal = [o for o in online if o.matches_rule]
        generic = [o for o in online if not o.matches_rule]
        rows = report_rows(rng, len(personal), len(generic),
                           sum(o.subtotal for o in personal), sum(o.subtotal for o in generic),
                           start.month)
        name = FILE_PATTERN % (start.year, start.month)
        written[name] = len(rows)
        write_report(os.path.join(out_dir, name), start, end, "Landing page: Landing page",
                     HEADER, rows)
        lists = item_list_rows(list_rng, rows)
        name = LISTS_PATTERN % (start.year, start.month)
        written[name] = len(lists)
        write_report(os.path.join(out_dir, name), start, end,
                     "E-commerce purchases: Item list name", LISTS_HEADER, lists)
    return written


def item_list_rows(rng, page_rows_of_month):
    """The item-list report of a month whose landing-page rows are given: "Recommended for you"
    is shown on the personalized pages' sessions, the generic lists on all sessions."""
    personal = sum(r[0] for r in page_rows_of_month if r[1].startswith("/for-you/"))
    every = sum(r[0] for r in page_rows_of_month)
    rows = []
    for name, per_session, ctr, cart in ITEM_LISTS:
        base = personal if name == "Recommended for you" else every
        shown = int(round(base * per_session * rng.gauss(1.0, 0.05)))
        clicked = min(shown, int(round(shown * ctr * rng.gauss(1.0, 0.06))))
        added = int(round(clicked * cart * rng.uniform(0.9, 1.1)))
        bought = int(round(added * rng.uniform(0.45, 0.6)))
        revenue = round(bought * rng.uniform(8.0, 14.0), 2)
        rows.append((shown, name, [name, str(shown), str(clicked), str(added), str(bought),
                                   number(revenue)]))
    rows.sort(key=lambda r: (-r[0], r[1]))
    return rows


def report_rows(rng, personal, generic, personal_value, generic_value, month):
    """The rows of one report whose period had `personal` and `generic` valid online orders
    worth `personal_value` and `generic_value`: key events follow the orders, sessions follow
    the key events at each group's conversion rate. Sorted as GA4 sorts them."""
    key_p = int(round(0.42 * personal * rng.gauss(1.0, 0.05)))
    key_g = int(round(0.85 * (generic + 0.5 * personal) * rng.gauss(1.0, 0.04)))
    aov_p = personal_value / max(1, personal)
    aov_g = generic_value / max(1, generic)
    sessions_p = int(round(key_p / (PERSONALIZED_CR * rng.gauss(1.0, 0.05))))
    sessions_g = int(round(key_g / (GENERIC_CR * rng.gauss(1.0, 0.04))))
    rows = page_rows(rng, GENERIC_PAGES, sessions_g, key_g, key_g * aov_g, GENERIC_ENGAGED,
                     GENERIC_SECONDS, month)
    rows += page_rows(rng, PERSONALIZED_PAGES, sessions_p, key_p, key_p * aov_p,
                      PERSONALIZED_ENGAGED, PERSONALIZED_SECONDS, month)
    rows.sort(key=lambda r: (-r[0], r[1]))
    return rows


def write_report(path, start, end, title, header, rows):
    """One GA4 report download at `path`: the comment block GA4 writes, the header, the rows,
    CRLF line ends."""
    lines = [
        "# ----------------------------------------",
        "# %s" % title,
        "# Account: %s" % SHOP,
        "# Property: maplerye.ca - GA4",
        "# ----------------------------------------",
        "# ",
        "# All Users",
        "# Start date: %s" % start.strftime("%Y%m%d"),
        "# End date: %s" % end.strftime("%Y%m%d"),
        header,
    ]
    lines += [",".join(v if "," not in v else '"%s"' % v for v in r[2]) for r in rows]
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("\r\n".join(lines) + "\r\n")
