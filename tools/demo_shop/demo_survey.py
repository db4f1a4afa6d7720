"""The demo shop's customer survey, as Google Forms downloads its responses (Responses > Download
responses (.csv)): Timestamp in the form owner's zone (`2026/06/22 11:07:29 AM EDT`), the
collected Email Address, then one column per question titled with the question's text.

The bakery links the form in its order confirmation from 2025-05-01 on; a few percent of the
customers answer a few days after an order (at most once in four months), and a few people who
are not customers answer too (the link gets shared). Questions: NPS (0-10), CSAT (1-5), CES
(1-7, optional), three linear-scale questions (1-5, optional) about how the shop personalizes
("I understand why I am shown the offers I receive", "I feel in control of how my data is used
for recommendations", "The personalized offers I receive are fair"), a multiple-choice "How did
you hear about us?" (optional; "Other" answers are the typed text) and a free-text comment
(optional). Built-in effects: customers already reached by personalization (a personalized order,
or a personalized campaign in the Mailchimp activity) are more often promoters, so NPS, CSAT and
CES are better among them; comments follow the score. About 60% of respondents answer the three
personalization questions; agreement follows the NPS category (promoters +0.3 points, detractors
-0.5 on a mean of 3.5, 3.0 and 3.5) and, among respondents reached by personalization, is higher
for understanding (+0.6, the "picked for you" emails say why) and fairness (+0.3) but not for
control (+0.0): the personalization-ethics score is a little higher for them, mostly from
transparency. People who heard of the shop from a friend are more often promoters (a third of
promoters against a tenth of detractors). The new columns draw from their own random stream, so
the NPS, CSAT, CES and comment columns are the same as without them.
"""

import datetime as dt
import os
import random

from demo_common import LAST_DAY, SHOP, csv_line, zone_abbreviation

SURVEY_FILE = "customer_feedback_responses.csv"
SURVEY_START = dt.date(2025, 5, 1)

QUESTIONS = [
    "How likely are you to recommend %s to a friend or colleague?" % SHOP,
    "On a scale of 1 to 5, how would you rate your overall satisfaction with your order?",
    "How easy was it to place your order?",
]
ETHICS_QUESTIONS = [
    "I understand why I am shown the offers I receive",
    "I feel in control of how my data is used to tailor offers to me",
    "The personalized offers I receive are fair",
]
HEARD_QUESTION = "How did you hear about us?"
COMMENT_QUESTION = "Do you have any other comments, questions, or concerns?"

# Mean agreement (1-5) per ethics question, and what being reached by personalization adds.
ETHICS_MEAN = [3.5, 3.0, 3.5]
ETHICS_EXPOSED_LIFT = [0.6, 0.0, 0.3]

# "How did you hear about us?": weights for detractors, passives and promoters; the last entry
# stands for Google Forms' "Other" option, whose answer is the typed text.
HEARD_OPTIONS = ["Instagram", "Google search", "A friend", "Walked by the shop",
                 "Farmers' market", None]
HEARD_WEIGHTS = {"detractor": [30, 30, 10, 17, 9, 4],
                 "passive": [28, 26, 20, 15, 8, 3],
                 "promoter": [24, 20, 33, 12, 8, 3]}
HEARD_OTHER = ["Local newspaper", "My office orders from you", "Saw the van at a wedding",
               "Christmas market stall", "Podcast ad"]

POSITIVE = [
    "The sourdough is the best in the city. We buy a loaf every Saturday.",
    "Love the almond croissants! Friendly staff and quick pickup.",
    "Amazing birthday cake, everyone loved it. Thank you!",
    "Great bread and very friendly service at the counter.",
    "The weekly picks email is really helpful, I found the cardamom knots through it.",
    "Delivery was fast and the pastries arrived perfect.",
    "Excellent coffee beans, fresh and delicious.",
    "My go-to bakery. The rye loaf is fantastic.",
    "Pickup was easy and the bread was still warm. Wonderful.",
    "Beautiful gift box, my mum was delighted.",
    "Consistently great quality, I recommend you to all my friends.",
    "The reorder button saves me time every week, very convenient.",
    "Perfect focaccia, and the staff are always kind.",
    "Love that you remember what I usually order.",
    "Best cinnamon buns I have ever had!",
    "Fresh, tasty and fairly priced. Happy customer.",
    "The Bûche de Noël was the star of our Christmas dinner.",
    "Helpful staff, lovely shop, great croissants.",
]
MIXED = [
    "Good bread, but the pickup line on Saturdays is long.",
    "Nice pastries. The website could be easier to use on my phone.",
    "Tasty, a bit expensive for everyday bread.",
    "The cake was good but smaller than I expected.",
    "Fine overall. I would like more gluten-free options.",
    "Delivery took longer than promised, but the bread was good.",
    "Good coffee, the pastry selection was limited in the afternoon.",
    "OK. Too many emails some weeks.",
    "Decent, though the baguette was a little dry.",
]
NEGATIVE = [
    "The croissants were stale and the delivery was late.",
    "My order was missing an item and nobody answered my email.",
    "Disappointed, the cake was not what I ordered.",
    "Checkout kept failing, I had to try three times.",
    "Too expensive for what you get.",
    "Rude service at the counter this time, unfortunately.",
    "The bread was burnt on the bottom. Not happy.",
    "Delivery never arrived, had to call twice to get a refund.",
    "Terrible experience with the pickup time, waited 30 minutes.",
    "You send far too many emails, please stop.",
]
OTHER_PEOPLE = ["sam.taylor", "alex.morgan", "jordan.lee", "casey.park", "robin.white",
                "taylor.brooks", "morgan.hall", "jamie.fox", "riley.chen", "drew.adams"]


# Promoter, passive and detractor counts in every block of 20 answers of a group: generic
# customers NPS +15 (8 - 5 of 20), customers reached by personalization NPS +40 (11 - 3). The
# categories of a group are dealt from shuffled blocks, so any few months of answers keep close
# to these shares; the score within a category is random.
BLOCK = {False: [("promoter", 8), ("passive", 7), ("detractor", 5)],
         True: [("promoter", 11), ("passive", 6), ("detractor", 3)]}


class NpsDealer:
    def __init__(self, rng):
        self.rng = rng
        self.decks = {False: [], True: []}

    def category(self, exposed):
        deck = self.decks[exposed]
        if not deck:
            deck.extend(name for name, count in BLOCK[exposed] for _ in range(count))
            self.rng.shuffle(deck)
        return deck.pop()

    def score(self, exposed):
        category = self.category(exposed)
        if category == "detractor":
            return self.rng.choices(range(0, 7), [1, 1, 1, 2, 3, 5, 7])[0]
        if category == "passive":
            return self.rng.choices([7, 8], [45, 55])[0]
        return self.rng.choices([9, 10], [45, 55])[0]


def csat_score(rng, nps):
    if nps >= 9:
        return rng.choices([5, 4, 3], [70, 27, 3])[0]
    if nps >= 7:
        return rng.choices([5, 4, 3, 2], [15, 55, 25, 5])[0]
    return rng.choices([5, 4, 3, 2, 1], [5, 15, 35, 30, 15])[0]


def ces_score(rng, nps):
    mean = 6.2 if nps >= 9 else 5.3 if nps >= 7 else 3.9
    return max(1, min(7, int(round(rng.gauss(mean, 0.9)))))


def comment(rng, nps):
    if rng.random() > 0.6:
        return ""
    if nps >= 9:
        pool = POSITIVE if rng.random() < 0.9 else MIXED
    elif nps >= 7:
        pool = rng.choices([POSITIVE, MIXED, NEGATIVE], [40, 50, 10])[0]
    else:
        pool = NEGATIVE if rng.random() < 0.75 else MIXED
    text = rng.choice(pool)
    if rng.random() < 0.04:
        text += "\nThanks!"  # a long answer with a line break
    return text


def nps_category(nps):
    return "promoter" if nps >= 9 else "passive" if nps >= 7 else "detractor"


def ethics_answers(rng, nps, exposed):
    """The three 1-5 answers (empty when skipped): 60% answer the block, 4% skip one item."""
    if rng.random() >= 0.6:
        return [""] * len(ETHICS_QUESTIONS)
    shift = {"promoter": 0.3, "passive": 0.0, "detractor": -0.5}[nps_category(nps)]
    answers = []
    for mean, lift in zip(ETHICS_MEAN, ETHICS_EXPOSED_LIFT):
        value = rng.gauss(mean + shift + (lift if exposed else 0.0), 0.9)
        answer = str(max(1, min(5, int(round(value)))))
        answers.append("" if rng.random() < 0.04 else answer)
    return answers


def heard_answer(rng, nps):
    if rng.random() < 0.12:
        return ""
    option = rng.choices(HEARD_OPTIONS, HEARD_WEIGHTS[nps_category(nps)])[0]
    return option if option is not None else rng.choice(HEARD_OTHER)


def forms_time(t):
    """Google Forms' timestamp: 2026/06/22 11:07:29 AM EDT (hour not zero-padded)."""
    hour = t.hour % 12 or 12
    return "%s %d:%02d:%02d %s %s" % (t.strftime("%Y/%m/%d"), hour, t.minute, t.second,
                                      "AM" if t.hour < 12 else "PM", zone_abbreviation(t.date()))


def write(shop, out_dir, seed, email):
    rng = random.Random(seed * 7 + 2)
    responses = []  # (time, email, exposed)
    for c in shop.customers.values():
        # First personalized touch the app will see: a personalized order, or a personalized
        # campaign in the activity export.
        touches = [d for d in (c.exposed_on, email.first_p_send.get(c.idx)) if d is not None]
        exposed_on = min(touches) if touches else None
        last = None
        for o in c.email_orders():
            if o.day < SURVEY_START or not o.valid:
                continue
            if last is not None and (o.day - last).days < 120:
                continue
            if rng.random() >= 0.17:
                continue
            t = (dt.datetime.combine(o.day, dt.time()) + dt.timedelta(seconds=o.seconds)
                 + dt.timedelta(hours=rng.uniform(18, 6 * 24)))
            if not 7 <= t.hour <= 22:
                t = t.replace(hour=rng.randint(7, 22))
            if t.date() > LAST_DAY:
                continue
            last = o.day
            responses.append((t, c.email, exposed_on is not None and exposed_on <= t.date()))
    # People who are not customers (the link was shared).
    span = (LAST_DAY - SURVEY_START).days
    for i in range(24):
        t = dt.datetime.combine(SURVEY_START + dt.timedelta(days=rng.randint(0, span)),
                                dt.time(rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59)))
        who = "%s%d@example.net" % (OTHER_PEOPLE[i % len(OTHER_PEOPLE)], 90 + i)
        responses.append((t, who, False))
    responses.sort()
    dealer = NpsDealer(rng)
    extra_rng = random.Random(seed * 13 + 2)  # the ethics and "heard about us" answers
    with open(os.path.join(out_dir, SURVEY_FILE), "w", encoding="utf-8", newline="") as out:
        out.write(csv_line(["Timestamp", "Email Address"] + QUESTIONS + ETHICS_QUESTIONS
                           + [HEARD_QUESTION, COMMENT_QUESTION]))
        for t, who, exposed in responses:
            nps = dealer.score(exposed)
            ces = "" if rng.random() < 0.08 else str(ces_score(rng, nps))
            csat = str(csat_score(rng, nps))
            text = comment(rng, nps)
            extra = ethics_answers(extra_rng, nps, exposed) + [heard_answer(extra_rng, nps)]
            out.write(csv_line([forms_time(t), who, str(nps), csat, ces] + extra + [text]))
    return {SURVEY_FILE: len(responses)}
