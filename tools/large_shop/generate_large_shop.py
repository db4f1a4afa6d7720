#!/usr/bin/env python3
"""Writes a large synthetic shop as real-export-layout CSV files, for the benchmarks.

The demo bakery (tools/demo_shop) grown to a chain: its layouts, products, campaigns, survey
questions and GA4 pages, with, at full size (--scale 1):

    orders_export.csv                 Shopify, ~1,000,000 order lines, ~604,000 orders,
                                      ~117,000 customers
    mailchimp_campaigns.csv           the demo's two-year campaign schedule
    mailchimp_activity.csv            ~5,000,000 email events
    customer_feedback_responses.csv   Google Forms, ~200,000 answers
    ga4/ga4_landing_page_DATE.csv     one GA4 landing-page report per day of the two years
    costs.csv, experiments.csv        as in the demo, sized to the shop

Personalization is in the data the way the demo's rules see it (`pvi demo` adds them): order tag
"personalized", discount codes starting with "FORYOU", campaigns starting with "[P]", landing
pages under /for-you/. Import in this order (the orders bring the customers the others join to):

    pvi init ws.pvi
    pvi import ws.pvi orders_export.csv mailchimp_campaigns.csv mailchimp_activity.csv \
        customer_feedback_responses.csv ga4/*.csv costs.csv experiments.csv
    pvi rules add ws.pvi order-tag personalized   (and the demo's three other rules)

Everything is written in one pass and streamed (memory grows with the customers, not the rows).
Deterministic: the same arguments give the same bytes. Python 3 standard library only.

    python3 generate_large_shop.py --out-dir build/bench/large-shop             # full size
    python3 generate_large_shop.py --out-dir /tmp/s --scale 0.1                 # a tenth
    python3 generate_large_shop.py --out-dir /tmp/h --orders-lines 10000000 --orders-only
"""

import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "demo_shop"))

import large_costs  # noqa: E402
import large_email  # noqa: E402
import large_orders  # noqa: E402
import large_survey  # noqa: E402
import large_web  # noqa: E402
from large_customers import DAYS, FULL_SIZE_CUSTOMERS, Customers  # noqa: E402

FULL_SIZE_LINES = 1_000_000
FULL_SIZE_EMAIL_EVENTS = 5_000_000
ORDERS_FILE = "orders_export.csv"


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out-dir", required=True)
    ap.add_argument("--scale", type=float, default=1.0,
                    help="size of every export relative to the full-size shop (default 1)")
    ap.add_argument("--orders-lines", type=int, default=0,
                    help="about this many order lines (sets the customers; the other exports "
                         "keep --scale)")
    ap.add_argument("--orders-only", action="store_true",
                    help="write only the orders export (the streaming-import check)")
    ap.add_argument("--seed", type=int, default=20261031)
    args = ap.parse_args()
    if args.scale <= 0:
        ap.error("--scale must be positive")
    os.makedirs(args.out_dir, exist_ok=True)

    orders_scale = args.orders_lines / FULL_SIZE_LINES if args.orders_lines else args.scale
    began = time.monotonic()
    customers = Customers(args.seed, max(50, int(round(FULL_SIZE_CUSTOMERS * orders_scale))))
    written = {}
    daily = large_orders.DailyWeb()
    survey = None if args.orders_only else large_survey.SurveyWriter(
        os.path.join(args.out_dir, large_survey.SURVEY_FILE), args.seed)
    last_off = [-1]

    def on_order(off, fact, email, exposed):
        if survey is None:
            return
        if off != last_off[0]:
            survey.flush_before(DAYS[off])
            last_off[0] = off
        daily.add(off, fact)
        survey.on_order(fact, email, exposed)

    orders, lines, seen = large_orders.write(os.path.join(args.out_dir, ORDERS_FILE), args.seed,
                                             customers, 0, on_order)
    written[ORDERS_FILE] = lines
    report("%s: %d orders, %d lines, %d customers" % (ORDERS_FILE, orders, lines, seen), began)
    if not args.orders_only:
        written.update(survey.close())
        email_rows, share = large_email.write(args.out_dir, args.seed, customers,
                                              FULL_SIZE_EMAIL_EVENTS * args.scale)
        written.update(email_rows)
        report("email activity of %.1f%% of the audience" % (100 * share), began)
        written.update(large_web.write(args.out_dir, args.seed, daily))
        written.update(large_costs.write_costs(args.out_dir, args.seed, customers, args.scale))
        written.update(large_costs.write_experiments(args.out_dir, args.seed, args.scale))
    for name in sorted(written):
        print("wrote %s: %d data rows" % (name, written[name]), file=sys.stderr)
    report("done", began)


def report(what, began):
    print("[%6.1f s] %s" % (time.monotonic() - began, what), file=sys.stderr)


if __name__ == "__main__":
    main()
