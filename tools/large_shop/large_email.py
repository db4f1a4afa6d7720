"""The large shop's Mailchimp exports, in the demo's layouts: the campaign list
(mailchimp_campaigns.csv, the demo's two-year schedule of weekly, "[P] ..." personalized,
seasonal and A/B campaigns) and the per-recipient activity (mailchimp_activity.csv: sent,
bounced, opened, clicked, unsubscribed), written campaign by campaign.

The activity holds a fixed sample of the audience, sized so the full-size shop has about
5,000,000 events; the campaign list's totals are the sample's counts scaled to the whole
audience, as in the demo. The audience is the customers who accept marketing, from their first
order in the export (from the start for customers who bought before it); "[P]" campaigns go to
the programme's members from the day after their first order. Built-in effects as in the demo:
personalized campaigns are opened and clicked more, weeks with three sends or more are opened
less and unsubscribed from more. (The demo's email-to-order join, a click shortly before an
order, is left out: it would need every order in memory.)
"""

import bisect
import datetime as dt
import math
import os
import random

import demo_email as demo
from demo_common import FIRST_DAY, LAST_DAY, csv_line
from large_customers import ACCEPTS, PERSONALIZED, PRE_EXISTING, customer

# Activity rows per recipient of a campaign (the send, plus opens, clicks, bounces and
# unsubscribes), measured on the generated files; sizes the sample.
EVENTS_PER_RECIPIENT = 1.26
HORIZON = dt.datetime.combine(LAST_DAY, dt.time(23, 59, 59))


def _in_sample(seed, idx, threshold):
    """A fixed pseudo-random sample of the customers (a multiplicative hash of the index)."""
    return ((idx + seed) * 2654435761) % (1 << 32) < threshold


class Audience:
    """The sampled subscribers, sorted by the day they join the list."""

    def __init__(self, seed, customers, sample, rng):
        threshold = int(sample * (1 << 32))
        rows = []
        for idx in range(customers.count):
            flags = customers.flags[idx]
            if flags & ACCEPTS and _in_sample(seed, idx, threshold):
                pre = flags & PRE_EXISTING
                since = -1 if pre else customers.first_day[idx]
                start = (0 if pre else since + 1) if flags & PERSONALIZED else None
                rows.append((since, idx, start))
        rows.sort()
        self.since = [r[0] for r in rows]
        self.idx = [r[1] for r in rows]
        self.member_from = [r[2] for r in rows]
        self.email = [customer(seed, r[1]).email for r in rows]
        self.engagement = [rng.betavariate(2.2, 3.0) for _ in rows]
        self.bad_address = [rng.random() < 0.012 for _ in rows]
        self.subscribed = [True] * len(rows)


def sample_share(customers, campaigns, target_events):
    """The share of the audience whose activity gives about target_events rows."""
    since, member = [], []
    for idx in range(customers.count):
        flags = customers.flags[idx]
        if flags & ACCEPTS:
            pre = flags & PRE_EXISTING
            s = -1 if pre else customers.first_day[idx]
            since.append(s)
            if flags & PERSONALIZED:
                member.append(0 if pre else s + 1)
    since.sort()
    member.sort()
    recipients = 0.0
    for camp in campaigns:
        off = (camp.day - FIRST_DAY).days
        n = bisect.bisect_right(member, off) if camp.personalized else bisect.bisect_left(since, off)
        recipients += n / 2 if camp.ab_group else n
    return min(1.0, target_events / max(1.0, recipients * EVENTS_PER_RECIPIENT))


def write(out_dir, seed, customers, target_events):
    rng = random.Random(seed * 7 + 1)
    campaigns = demo.schedule()
    share = sample_share(customers, campaigns, target_events)
    audience = Audience(seed, customers, share, rng)
    week_generic, week_personal = {}, {}
    for camp in campaigns:
        if camp.ab_arm > 1:
            continue  # the arms of one A/B campaign are one send for a recipient
        table = week_personal if camp.personalized else week_generic
        w = demo.week_of(camp.day)
        table[w] = table.get(w, 0) + 1
    events = 0
    with open(os.path.join(out_dir, demo.ACTIVITY_FILE), "w", encoding="utf-8", newline="") as out:
        out.write("Email Address,Campaign,Action,Timestamp\n")
        for camp in campaigns:
            off = (camp.day - FIRST_DAY).days
            w = demo.week_of(camp.day)
            end = bisect.bisect_left(audience.since, off)
            lines = []
            for i in range(end):
                if not audience.subscribed[i]:
                    continue
                start = audience.member_from[i]
                member = start is not None and start <= off
                if camp.personalized and not member:
                    continue
                if camp.ab_group and 1 + audience.idx[i] % 2 != camp.ab_arm:
                    continue  # Mailchimp splits an A/B campaign's audience evenly
                per_week = week_generic.get(w, 0) + (week_personal.get(w, 0) if member else 0)
                _send(rng, camp, audience, i, per_week, lines)
            out.write("".join(lines))
            events += len(lines)
            camp.forwarded = sum(1 for _ in range(camp.opens) if rng.random() < 0.004)
            camp.forwarded_opens = camp.forwarded + sum(1 for _ in range(camp.forwarded)
                                                        if rng.random() < 0.5)
    with open(os.path.join(out_dir, demo.CAMPAIGNS_FILE), "w", encoding="utf-8", newline="") as out:
        out.write(",".join(demo.HEADER) + "\n")
        for camp in campaigns:
            _scale_to_audience(camp, share)
            out.write(csv_line(demo.campaign_row(camp)))
    return {demo.CAMPAIGNS_FILE: len(campaigns), demo.ACTIVITY_FILE: events}, share


def _scale_to_audience(camp, share):
    """The campaign list counts the whole audience; the activity is the sample's share of it."""
    for name in ("recipients", "soft", "hard", "delivered", "opens", "total_opens", "clicks",
                 "total_clicks", "unsubscribes", "complaints", "forwarded", "forwarded_opens"):
        setattr(camp, name, int(round(getattr(camp, name) / share)))
    camp.delivered = camp.recipients - camp.soft - camp.hard


def _send(rng, camp, audience, i, per_week, lines):
    """One campaign sent to one sampled subscriber: its activity rows and the campaign's
    counts."""
    email, title, sent = audience.email[i], camp.title, camp.sent
    sent_at = demo.stamp(sent)

    def event(t, action):
        lines.append(csv_line([email, title, action, demo.stamp(t) if t is not sent else sent_at]))

    camp.recipients += 1
    event(sent, "sent")
    if audience.bad_address[i]:
        camp.hard += 1
        audience.subscribed[i] = False  # cleaned
        event(sent + dt.timedelta(minutes=1), "bounced")
        return
    if rng.random() < 0.004:
        camp.soft += 1
        event(sent + dt.timedelta(minutes=2), "bounced")
        return
    camp.delivered += 1
    fatigue = 1.0 if per_week <= 1 else 0.96 if per_week == 2 else 0.74
    p_open = audience.engagement[i] * (1.12 if camp.personalized else 0.78) * fatigue * camp.arm_lift
    opened_at = None
    if rng.random() < min(0.95, p_open):
        opened_at = sent + dt.timedelta(hours=min(140.0, rng.lognormvariate(math.log(2.5), 1.2)))
        if opened_at > HORIZON:
            opened_at = None
    if opened_at is not None:
        camp.opens += 1
        camp.total_opens += 1
        while rng.random() < 0.35:
            camp.total_opens += 1
        event(opened_at, "opened")
        if rng.random() < (0.21 if camp.personalized else 0.11):
            camp.clicks += 1
            camp.total_clicks += 1
            while rng.random() < 0.3:
                camp.total_clicks += 1
            event(opened_at + dt.timedelta(seconds=rng.randint(8, 420)), "clicked")
    p_unsub = (0.0007 if camp.personalized else 0.0012) * (2.5 if per_week >= 3 else 1.0)
    if rng.random() < p_unsub:
        t = (opened_at or sent) + dt.timedelta(minutes=rng.randint(1, 30))
        if t <= HORIZON:
            camp.unsubscribes += 1
            audience.subscribed[i] = False
            event(t, "unsubscribed")
