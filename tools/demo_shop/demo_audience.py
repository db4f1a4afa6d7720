"""The demo shop's Mailchimp audience export (Audience > All contacts > Export audience): a zip
Mailchimp sends holding three files, written here unzipped as Mailchimp names them:

    subscribed_members_export_<id>.csv, unsubscribed_members_export_<id>.csv,
    cleaned_members_export_<id>.csv

The members are the subscribers of the e-mail simulation (demo_email.py) in their final state:
subscribed, unsubscribed (after a campaign; "SPAM" for the few who complained) or cleaned (the
hard-bouncing addresses). Layout as in the real files (FORMATS.md §3.1): the email first, the
default merge fields, one interest-group category ("Favourite bakes", the member's groups joined
by ", "), Mailchimp's fixed columns with every timestamp quoted and in UTC, negative numbers
guarded by an apostrophe, commas inside values backslash-escaped, TAGS last.

Opt-in: members who were customers before the orders export starts opted in on a day of 2023 or
2024; the others on the day of their first order with an email. Tags: "Wholesale" for a few
cafés, "Market sign-up" for people who joined at the farmers' market stall, "VIP" for customers
with ten orders or more. Groups: most members pick one or two favourite kinds of bake; customers
in the personalization programme pick more often (they were asked when invited), so the groups
are not independent of personalization - as in a real shop.
"""

import datetime as dt
import hashlib
import os
import random

from demo_common import FIRST_DAY, quote, tz_offset

EXPORT_ID = "7c2e41a9d0"
FILES = {status: "%s_members_export_%s.csv" % (status, EXPORT_ID)
         for status in ("subscribed", "unsubscribed", "cleaned")}
GROUPS = ["Bread", "Pastries", "Cakes\\, tarts", "Coffee beans", "Gift boxes"]

MERGE = ["Email Address", "First Name", "Last Name", "Address", "Phone Number", "Birthday",
         "Favourite bakes"]
FIXED_HEAD = ["MEMBER_RATING", "OPTIN_TIME", "OPTIN_IP", "CONFIRM_TIME", "CONFIRM_IP",
              "LATITUDE", "LONGITUDE", "GMTOFF", "DSTOFF", "TIMEZONE", "CC", "REGION",
              "LAST_CHANGED"]
FIXED_TAIL = ["LEID", "EUID", "NOTES", "TAGS"]
EXTRA = {
    "subscribed": [],
    "unsubscribed": ["UNSUB_TIME", "UNSUB_CAMPAIGN_TITLE", "UNSUB_CAMPAIGN_ID", "UNSUB_REASON",
                     "UNSUB_REASON_OTHER"],
    "cleaned": ["CLEAN_TIME", "CLEAN_CAMPAIGN_TITLE", "CLEAN_CAMPAIGN_ID"],
}
OTHER_REASONS = ["Too many emails\\, sorry", "Moved away from Toronto", "", "", ""]


def header_cell(name):
    """Mailchimp quotes the header cells that hold a space."""
    return '"%s"' % name if " " in name else name


def utc_stamp(local):
    """A naive Toronto time as Mailchimp writes it: UTC, quoted."""
    hours = -int(tz_offset(local.date())[:3])
    return '"%s"' % (local + dt.timedelta(hours=hours)).strftime("%Y-%m-%d %H:%M:%S")


def campaign_id(title):
    return hashlib.sha1(title.encode("utf-8")).hexdigest()[:10]


def write(shop, out_dir, seed, email):
    rng = random.Random(seed * 7 + 6)
    by_status = {status: [] for status in FILES}
    for s in email.subscribers:
        by_status[s.status].append(member_row(rng, s))
    rows = {}
    for status, name in FILES.items():
        header = MERGE + FIXED_HEAD + EXTRA[status] + FIXED_TAIL
        with open(os.path.join(out_dir, name), "w", encoding="utf-8", newline="") as out:
            out.write(",".join(header_cell(h) for h in header) + "\n")
            for cells in by_status[status]:
                out.write(",".join(cells) + "\n")
        rows[name] = len(by_status[status])
    return rows


def member_row(rng, s):
    c = s.cust
    if c.pre_existing:
        optin_day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(
            (FIRST_DAY - dt.date(2023, 1, 1)).days))
    else:
        optin_day = c.first_email_day
    optin = dt.datetime.combine(optin_day, dt.time(rng.randint(8, 20), rng.randint(0, 59),
                                                   rng.randint(0, 59)))
    rating = max(1, min(5, 1 + int(s.engagement * 5)))
    picks = 0
    if rng.random() < (0.85 if c.programme_start is not None else 0.45):
        picks = 1 + (rng.random() < 0.4)
    groups = ", ".join(sorted(rng.sample(GROUPS, picks), key=GROUPS.index))
    tags = []
    if rng.random() < 0.03:
        tags.append("Wholesale")
    if rng.random() < 0.10:
        tags.append("Market sign-up")
    if len(c.orders) >= 10:
        tags.append("VIP")
    changed = s.left_at if s.left_at is not None else optin
    cells = [c.email, quote(c.first), quote(c.last, always=True), "", "", "",
             '"%s"' % groups if groups else "",
             str(rating), utc_stamp(optin), "", utc_stamp(optin), "198.51.100.%d" % rng.randint(2, 254),
             "43.6532000", "'-79.3832000", "'-5", "'-4", "america/toronto", "ca", "ON",
             utc_stamp(changed)]
    if s.status == "unsubscribed":
        other = rng.choice(OTHER_REASONS) if s.left_reason == "NORMAL" else ""
        cells += [utc_stamp(s.left_at), '"%s"' % s.left_campaign.replace(",", "\\,"),
                  campaign_id(s.left_campaign), s.left_reason, '"%s"' % other if other else ""]
    elif s.status == "cleaned":
        cells += [utc_stamp(s.left_at), '"%s"' % s.left_campaign.replace(",", "\\,"),
                  campaign_id(s.left_campaign)]
    tag_cell = '"%s"' % ",".join('""%s""' % t for t in tags) if tags else ""
    cells += [str(rng.randint(10000000, 99999999)), "%010x" % rng.getrandbits(40), "", tag_cell]
    return cells
