"""The large shop's survey answers in the demo's Google Forms layout
(customer_feedback_responses.csv), fed by the orders as they are written.

A customer answers a day or a few after an order that carries their email, with a probability
set so the full-size shop has about 200,000 answers; a few people who are not customers answer
too. Answers wait in a small heap until the orders have passed their day, so the file is in
time order without holding the whole survey. Built-in effect (the demo's NPS blocks): customers
reached by personalization are more often promoters.
"""

import datetime as dt
import heapq
import random

import demo_survey as demo
from demo_common import LAST_DAY, csv_line

SURVEY_FILE = demo.SURVEY_FILE
# Answers per order with an email; about 200,000 answers per 604,000 orders at full size.
ANSWER_SHARE = 0.37
HORIZON = dt.datetime.combine(LAST_DAY, dt.time(23, 59, 59))


class SurveyWriter:
    def __init__(self, path, seed):
        self.rng = random.Random(seed * 7 + 2)
        self.dealer = demo.NpsDealer(self.rng)
        self.out = open(path, "w", encoding="utf-8", newline="")
        self.out.write(csv_line(["Timestamp", "Email Address"] + demo.QUESTIONS))
        self.pending = []  # (time, sequence, email, exposed)
        self.sequence = 0
        self.rows = 0

    def on_order(self, fact, email, exposed):
        rng = self.rng
        if email and fact.valid and rng.random() < ANSWER_SHARE:
            self._queue(fact.day, fact.seconds, rng.uniform(18, 6 * 24), email, exposed)
        if rng.random() < 0.002:  # someone the link was shared with
            self._queue(fact.day, fact.seconds, rng.uniform(1, 48),
                        "%s%d@example.net" % (rng.choice(demo.OTHER_PEOPLE), rng.randint(90, 99999)),
                        False)

    def _queue(self, day, seconds, hours_later, email, exposed):
        t = dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=seconds, hours=hours_later)
        if not 7 <= t.hour <= 22:
            t = t.replace(hour=self.rng.randint(7, 22))
        if t > HORIZON:
            return
        heapq.heappush(self.pending, (t, self.sequence, email, exposed))
        self.sequence += 1

    def flush_before(self, day):
        """Writes the answers given before `day` (no order of a later day can precede them)."""
        limit = dt.datetime.combine(day, dt.time())
        while self.pending and self.pending[0][0] < limit:
            t, _, email, exposed = heapq.heappop(self.pending)
            self._write(t, email, exposed)

    def close(self):
        while self.pending:
            t, _, email, exposed = heapq.heappop(self.pending)
            self._write(t, email, exposed)
        self.out.close()
        return {SURVEY_FILE: self.rows}

    def _write(self, t, email, exposed):
        rng = self.rng
        nps = self.dealer.score(exposed)
        ces = "" if rng.random() < 0.08 else str(demo.ces_score(rng, nps))
        self.out.write(csv_line([demo.forms_time(t), email, str(nps), str(demo.csat_score(rng, nps)),
                                 ces, demo.comment(rng, nps)]))
        self.rows += 1
