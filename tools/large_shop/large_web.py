"""The large shop's GA4 landing-page reports: one download per day of the two years
(ga4/ga4_landing_page_YYYY-MM-DD.csv, Start date = End date), in the demo's layout and with the
demo's pages, rates and personalized /for-you/ pages. Each day's key events and revenue follow
that day's valid online orders, as the demo's months do.
"""

import os
import random

import demo_web as demo
from demo_common import SHOP
from large_customers import DAYS

FOLDER = "ga4"
FILE_PATTERN = "ga4_landing_page_%s.csv"


def write(out_dir, seed, daily):
    rng = random.Random(seed * 7 + 3)
    folder = os.path.join(out_dir, FOLDER)
    os.makedirs(folder, exist_ok=True)
    rows_written = 0
    for off, day in enumerate(DAYS):
        personal, generic = daily.personal[off], daily.generic[off]
        key_p = int(round(0.42 * personal * rng.gauss(1.0, 0.05)))
        key_g = int(round(0.85 * (generic + 0.5 * personal) * rng.gauss(1.0, 0.04)))
        aov_p = daily.personal_value[off] / max(1, personal)
        aov_g = daily.generic_value[off] / max(1, generic)
        sessions_p = int(round(key_p / (demo.PERSONALIZED_CR * rng.gauss(1.0, 0.05))))
        sessions_g = int(round(key_g / (demo.GENERIC_CR * rng.gauss(1.0, 0.04))))
        rows = demo.page_rows(rng, demo.GENERIC_PAGES, sessions_g, key_g, key_g * aov_g,
                              demo.GENERIC_ENGAGED, demo.GENERIC_SECONDS, day.month)
        rows += demo.page_rows(rng, demo.PERSONALIZED_PAGES, sessions_p, key_p, key_p * aov_p,
                               demo.PERSONALIZED_ENGAGED, demo.PERSONALIZED_SECONDS, day.month)
        rows.sort(key=lambda r: (-r[0], r[1]))
        stamp = day.strftime("%Y%m%d")
        lines = [
            "# ----------------------------------------",
            "# Landing page: Landing page",
            "# Account: %s" % SHOP,
            "# Property: maplerye.ca - GA4",
            "# ----------------------------------------",
            "# ",
            "# All Users",
            "# Start date: %s" % stamp,
            "# End date: %s" % stamp,
            demo.HEADER,
        ]
        lines += [",".join(v if "," not in v else '"%s"' % v for v in r[2]) for r in rows]
        path = os.path.join(folder, FILE_PATTERN % day.isoformat())
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write("\r\n".join(lines) + "\r\n")
        rows_written += len(rows)
    return {os.path.join(FOLDER, FILE_PATTERN % "*"): rows_written}
