"""Mailchimp exports of the demo shop.

- mailchimp_campaigns.csv: the campaign list export (Reports > Export, Mailchimp's own header
  spelling, rates as percentages of successful deliveries) of two years of campaigns: a generic
  "Weekly bake list" every Friday, a personalized "[P] ..." campaign every other Tuesday for the
  customers in the personalization programme, seasonal generic campaigns, and three A/B
  campaigns written as "<name> | Combo 1" / "<name> | Combo 2". One [P] theme in four ("Your
  usual, ready to reorder") names the programme's offer code FORYOU in its subject, so the app
  can count who received the offer (offer_redemption_rate); only the subject text says so.
- mailchimp_activity.csv: per-recipient activity (Email Address, Campaign, Action, Timestamp:
  sent, bounced, opened, clicked, unsubscribed; the first open and click of each recipient) of a
  fixed random sample of the audience, so the file stays small. Every row is one of the events
  the campaign list export counts: the export's totals are those of the whole audience, the
  activity is the sampled recipients' share of them.

The audience is the orders export's customers who accept marketing, each from the day of their
first order that carries their email (customers who bought before the export starts are on the
list from its first day). Personalized campaigns go to the programme's customers only, from the
day after the order at which the programme invited them. Built-in effects: personalized campaigns are opened and clicked
clearly more often; recipients who order online within days of a send open and click it more
often, their click before the order (the email-to-order join); weeks with three sends or more
are opened less and unsubscribed from more (personalization fatigue).
"""

import datetime as dt
import math
import os
import random

from demo_common import FIRST_DAY, LAST_DAY, WEEKDAYS, clamp, csv_line, easter

CAMPAIGNS_FILE = "mailchimp_campaigns.csv"
ACTIVITY_FILE = "mailchimp_activity.csv"
LIST_NAME = "Maple & Rye friends"
# One subscriber in this many is in the activity file.
ACTIVITY_SAMPLE_ONE_IN = 4

HEADER = ("Title,Subject,List,Send Date,Send Weekday,Total Recipients,Successful Deliveries,"
          "Soft Bounces,Hard Bounces,Total Bounces,Times Forwarded,Forwarded Opens,Unique Opens,"
          "Open Rate,Total Opens,Unique Clicks,Click Rate,Total Clicks,Unsubscribes,"
          "Abuse Complaints").split(",")

WEEKLY_SUBJECTS = [
    "Fresh from the oven this weekend", "Saturday pickup slots are open",
    "This week: rye & caraway is back", "New: cardamom knots on Saturdays",
    "Our sourdough, start to finish", "Coffee beans just roasted", "A cake for every occasion",
    "What's baking this week", "Meet our new seasonal Danish", "Pastry box for the weekend",
    "Baguettes, warm at 8 a.m.", "Stock up: bread freezes beautifully",
]
P_THEMES = [
    ("Picked for you", "*|FNAME|*, your picks for this week"),
    ("Your usual, ready to reorder", "*|FNAME|*, your usual is one click away with code FORYOU"),
    ("New bakes you might like", "*|FNAME|*, new bakes we think you'll love"),
    ("Your favourites are back", "*|FNAME|*, your favourites are back this week"),
]


class Campaign:
    __slots__ = ("title", "subject", "sent", "personalized", "ab_group", "ab_arm", "arm_lift",
                 "recipients", "soft", "hard", "delivered", "opens", "total_opens", "clicks",
                 "total_clicks", "unsubscribes", "complaints", "forwarded", "forwarded_opens")

    def __init__(self, title, subject, sent, personalized, ab_group=None, ab_arm=0, arm_lift=1.0):
        self.title, self.subject, self.sent = title, subject, sent
        self.personalized = personalized
        self.ab_group, self.ab_arm, self.arm_lift = ab_group, ab_arm, arm_lift
        for name in ("recipients", "soft", "hard", "delivered", "opens", "total_opens", "clicks",
                     "total_clicks", "unsubscribes", "complaints", "forwarded", "forwarded_opens"):
            setattr(self, name, 0)

    @property
    def day(self):
        return self.sent.date()


class EmailResult:
    """What the other exports take from the email simulation."""

    def __init__(self):
        self.campaigns = []
        self.personalized_clicks = {}  # month start -> clicks on [P] campaigns (whole audience)
        self.generic_clicks = {}
        self.list_size = {}            # month start -> subscribed addresses on its first day
        self.first_p_send = {}         # customer idx -> first [P] send in the activity sample
        self.subscribers = []          # every Subscriber, in its final state (the audience export)
        self.rows = {}                 # file name -> data rows written


def at(day, hour, minute):
    return dt.datetime.combine(day, dt.time(hour, minute))


def schedule():
    """Every campaign of the two years, in send order."""
    out = []
    ab_weeks = {dt.date(2025, 5, 13): ("[P] Spring favourites",
                                       ["*|FNAME|*, your favourites are back",
                                        "Back in the oven this week: your usual"]),
                dt.date(2026, 9, 15): ("[P] Back-to-school breakfast picks",
                                       ["*|FNAME|*, breakfast picks for busy mornings",
                                        "*|FNAME|*, we packed your school-week breakfast"])}
    day = FIRST_DAY + dt.timedelta(days=7)  # first Friday after the export starts
    n = 0
    while day <= LAST_DAY:
        subject = WEEKLY_SUBJECTS[n % len(WEEKLY_SUBJECTS)]
        out.append(Campaign("Weekly bake list %s" % day.isoformat(), subject, at(day, 7, 30), False))
        n += 1
        day += dt.timedelta(days=7)
    day = FIRST_DAY + dt.timedelta(days=11)  # every other Tuesday
    n = 0
    while day <= LAST_DAY:
        if day in ab_weeks:
            name, subjects = ab_weeks[day]
            for arm, subject in enumerate(subjects, 1):
                out.append(Campaign("%s | Combo %d" % (name, arm), subject, at(day, 8, 0), True,
                                    name, arm, 1.0 if arm == 1 else 1.09))
        else:
            theme, subject = P_THEMES[n % len(P_THEMES)]
            out.append(Campaign("[P] %s %s" % (theme, day.isoformat()), subject, at(day, 8, 0), True))
        n += 1
        day += dt.timedelta(days=14)
    for year in (2024, 2025, 2026):
        seasonal = [
            (dt.date(year, 11, 20), "Holiday pre-orders %d" % year, "Holiday pre-orders are open"),
            (dt.date(year, 12, 17), "Last call for Christmas %d" % year, "Last call: Christmas orders close Sunday"),
            (dt.date(year, 2, 6), "Valentine's treats %d" % year, "Heart-shaped everything (and a cake)"),
            (easter(year) - dt.timedelta(days=9), "Easter weekend %d" % year, "Hot cross buns and Easter hours"),
            (dt.date(year, 6, 25), "Summer hours %d" % year, "Our summer hours and patio menu"),
        ]
        if year in (2025, 2026):
            # Autumn extras, in weeks that already have a personalized send: three sends that
            # week for the programme's members.
            shift = 1 if year == 2025 else 0
            seasonal += [
                (dt.date(year, 9, 2 + shift), "Back to school %d" % year, "Lunchbox loaves and after-school buns"),
                (dt.date(year, 10, 1 + shift), "Thanksgiving pre-orders %d" % year, "Pies, rolls and stuffing loaves for Thanksgiving"),
                (dt.date(year, 10, 15 + shift), "Pumpkin season %d" % year, "Pumpkin loaf and spiced buns are here"),
            ]
        for day, title, subject in seasonal:
            if not (FIRST_DAY < day <= LAST_DAY):
                continue
            if title == "Holiday pre-orders 2025":  # the generic A/B campaign
                for arm, subj in enumerate(["Holiday pre-orders are open",
                                            "Reserve your Bûche de Noël now"], 1):
                    out.append(Campaign("%s | Combo %d" % (title, arm), subj, at(day, 10, 0), False,
                                        title, arm, 1.0 if arm == 1 else 1.07))
            else:
                out.append(Campaign(title, subject, at(day, 10, 0), False))
    out.sort(key=lambda c: (c.sent, c.title))
    return out


def week_of(day):
    return day - dt.timedelta(days=day.weekday())


class Subscriber:
    __slots__ = ("cust", "since", "status", "engagement", "bad_address", "sampled", "orders",
                 "left_at", "left_campaign", "left_reason")


def stamp(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def write(shop, out_dir, seed):
    rng = random.Random(seed * 7 + 1)
    campaigns = schedule()
    subs = []
    for c in shop.subscribers():
        s = Subscriber()
        s.cust = c
        s.since = FIRST_DAY - dt.timedelta(days=1) if c.pre_existing else c.first_email_day
        s.status = "subscribed"
        s.engagement = rng.betavariate(2.2, 3.0)
        s.bad_address = rng.random() < 0.012
        s.sampled = rng.random() < 1.0 / ACTIVITY_SAMPLE_ONE_IN
        # Valid online orders with the customer's email, as send-to-order candidates.
        s.orders = [(o.day, o.seconds) for o in c.email_orders() if o.valid and o.online]
        s.left_at = s.left_campaign = s.left_reason = None
        subs.append(s)

    # Sends per recipient per week: generic campaigns go to everyone, [P] ones to members.
    week_generic, week_personal = {}, {}
    for camp in campaigns:
        w = week_of(camp.day)
        if camp.ab_arm > 1:
            continue  # the arms of one A/B campaign are one send for a recipient
        table = week_personal if camp.personalized else week_generic
        table[w] = table.get(w, 0) + 1

    result = EmailResult()
    result.campaigns = campaigns
    result.subscribers = subs
    events = []  # (send time, title, timestamp, email, action) of sampled recipients
    months = sorted({camp.day.replace(day=1) for camp in campaigns})
    month_i = 0
    ab_arm_of = {}
    for camp in campaigns:
        while month_i < len(months) and months[month_i] <= camp.day:
            result.list_size[months[month_i]] = sum(
                1 for s in subs if s.status == "subscribed" and s.since < months[month_i])
            month_i += 1
        w = week_of(camp.day)
        recipients = []
        for s in subs:
            c = s.cust
            if s.status != "subscribed" or s.since >= camp.day:
                continue
            member = c.programme_start is not None and c.programme_start <= camp.day
            if camp.personalized and not member:
                continue
            recipients.append((s, member))
        if camp.ab_group:
            # Mailchimp splits the audience of an A/B campaign evenly and at random.
            if camp.ab_arm == 1:
                order = list(range(len(recipients)))
                rng.shuffle(order)
                ab_arm_of = {recipients[i][0].cust.idx: 1 + (k % 2) for k, i in enumerate(order)}
            recipients = [r for r in recipients if ab_arm_of[r[0].cust.idx] == camp.ab_arm]
        for s, member in recipients:
            per_week = week_generic.get(w, 0) + (week_personal.get(w, 0) if member else 0)
            simulate_send(rng, camp, s, per_week, events, result)
        camp.forwarded = sum(1 for _ in range(camp.opens) if rng.random() < 0.004)
        camp.forwarded_opens = camp.forwarded + sum(1 for _ in range(camp.forwarded) if rng.random() < 0.5)

    with open(os.path.join(out_dir, CAMPAIGNS_FILE), "w", encoding="utf-8", newline="") as out:
        out.write(",".join(HEADER) + "\n")
        for camp in campaigns:
            out.write(csv_line(campaign_row(camp)))
    events.sort()
    with open(os.path.join(out_dir, ACTIVITY_FILE), "w", encoding="utf-8", newline="") as out:
        out.write("Email Address,Campaign,Action,Timestamp\n")
        for _, title, t, email, action in events:
            out.write(csv_line([email, title, action, stamp(t)]))
    result.rows = {CAMPAIGNS_FILE: len(campaigns), ACTIVITY_FILE: len(events)}
    return result


def percent(count, base):
    return "%.2f%%" % (100.0 * count / base) if base else "0.00%"


def campaign_row(c):
    return [c.title, c.subject, LIST_NAME, stamp(c.sent), WEEKDAYS[c.day.weekday()],
            str(c.recipients), str(c.delivered), str(c.soft), str(c.hard), str(c.soft + c.hard),
            str(c.forwarded), str(c.forwarded_opens), str(c.opens), percent(c.opens, c.delivered),
            str(c.total_opens), str(c.clicks), percent(c.clicks, c.delivered), str(c.total_clicks),
            str(c.unsubscribes), str(c.complaints)]


def upcoming_order(s, sent):
    """The first valid online order within four days after the send (at least 20 minutes
    after it), as a datetime, or None."""
    for day, seconds in s.orders:
        t = dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=seconds)
        if t < sent + dt.timedelta(minutes=20):
            continue
        if (day - sent.date()).days > 4:
            return None
        return t
    return None


def simulate_send(rng, camp, s, per_week, events, result):
    """One campaign sent to one subscriber: the counts of the campaign, the sampled events."""
    c = s.cust
    sent = camp.sent
    log = s.sampled

    def event(t, action):
        if log:
            events.append((sent, camp.title, t, c.email, action))

    camp.recipients += 1
    event(sent, "sent")
    if log and camp.personalized and c.idx not in result.first_p_send:
        result.first_p_send[c.idx] = camp.day
    if s.bad_address:
        camp.hard += 1
        s.status = "cleaned"
        s.left_at, s.left_campaign, s.left_reason = sent, camp.title, ""
        event(sent + dt.timedelta(minutes=1), "bounced")
        return
    if rng.random() < 0.004:
        camp.soft += 1
        event(sent + dt.timedelta(minutes=2), "bounced")
        return
    camp.delivered += 1
    order_at = upcoming_order(s, sent)
    fatigue = 1.0 if per_week <= 1 else 0.96 if per_week == 2 else 0.74
    p_open = s.engagement * (1.12 if camp.personalized else 0.78) * fatigue * camp.arm_lift
    if order_at is not None:
        p_open *= 1.35
    horizon = dt.datetime.combine(LAST_DAY, dt.time(23, 59, 59))
    opened_at = None
    if rng.random() < clamp(p_open, 0.0, 0.95):
        opened_at = sent + dt.timedelta(hours=min(140.0, rng.lognormvariate(math.log(2.5), 1.2)))
        if order_at is not None and opened_at > order_at - dt.timedelta(minutes=15):
            # Read shortly before ordering.
            lead = rng.randint(15, 180)
            opened_at = max(sent + dt.timedelta(minutes=1), order_at - dt.timedelta(minutes=lead))
        if opened_at > horizon:
            opened_at = None
    clicked_at = None
    if opened_at is not None:
        camp.opens += 1
        camp.total_opens += 1
        while rng.random() < 0.35:
            camp.total_opens += 1
        event(opened_at, "opened")
        if order_at is not None:
            p_click = 0.62 if camp.personalized else 0.45
        else:
            p_click = 0.21 if camp.personalized else 0.11
        if rng.random() < p_click:
            clicked_at = opened_at + dt.timedelta(seconds=rng.randint(8, 420))
            if order_at is not None and clicked_at >= order_at:
                clicked_at = opened_at
            camp.clicks += 1
            camp.total_clicks += 1
            while rng.random() < 0.3:
                camp.total_clicks += 1
            event(clicked_at, "clicked")
            month = camp.day.replace(day=1)
            table = result.personalized_clicks if camp.personalized else result.generic_clicks
            table[month] = table.get(month, 0) + 1
    p_unsub = (0.0007 if camp.personalized else 0.0012) * (2.5 if per_week >= 3 else 1.0)
    if rng.random() < p_unsub:
        t = (opened_at or sent) + dt.timedelta(minutes=rng.randint(1, 30))
        if t <= horizon:
            camp.unsubscribes += 1
            s.status = "unsubscribed"
            s.left_at, s.left_campaign, s.left_reason = t, camp.title, "NORMAL"
            event(t, "unsubscribed")
    elif opened_at is not None and rng.random() < 0.0003:
        camp.complaints += 1
        s.status = "unsubscribed"
        s.left_at, s.left_campaign, s.left_reason = opened_at, camp.title, "SPAM"
