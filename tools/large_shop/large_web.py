"""The large shop's GA4 landing-page reports: one download per day of the two years
(ga4/ga4_landing_page_YYYY-MM-DD.csv, Start date = End date), in the demo's layout and with the
demo's pages, rates and personalized /for-you/ pages. Each day's key events and revenue follow
that day's valid online orders, as the demo's months do.
"""

import os
import random

import demo_web as demo
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
        rows = demo.report_rows(rng, personal, generic, daily.personal_value[off],
                                daily.generic_value[off], day.month)
        demo.write_report(os.path.join(folder, FILE_PATTERN % day.isoformat()), day, day,
                          "Landing page: Landing page", demo.HEADER, rows)
        rows_written += len(rows)
    return {os.path.join(FOLDER, FILE_PATTERN % "*"): rows_written}
