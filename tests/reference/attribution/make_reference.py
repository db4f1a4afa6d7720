#!/usr/bin/python3
"""Independent reference values for PVI Studio's attribution models.

Generates the fixture journeys (tests/fixtures/attribution/touchpoints.csv and conversions.csv)
from a fixed seed, then computes every model's credit per channel with numpy, written without
looking at the C++ code, from the conventions of the product spec:

* only touches at or before the conversion count (ties in time keep file order);
* a channel's credit is the sum of its touches' shares, value credit = share x journey value;
* first touch, last touch, linear, time decay 2^(-(conversion - touch)/7 days) normalized per
  journey, position based 40/20/40 (2 touches 50/50, 1 touch 100%), W-shaped 30/30/30 at first,
  index floor((n-1)/2) and last with 10% spread over the rest (3 touches 1/3 each, 2 touches 50/50);
* Markov: states start, channels, conversion, null; consecutive repeats collapsed; transition
  matrix from counts; P(conversion) from numpy.linalg.solve on (I - Q) x = r; removal of c sends
  c to null; removal effect 1 - P_without_c / P; conversions and value credited in proportion to
  the removal effects; each channel's Markov credit split personalized/generic by the share of its
  counted touches on converted journeys that were personalized (value-weighted for value).

Cross-check of the Markov solve by Monte Carlo simulation of the same chain
(400,000 walks per scenario, seed 7), printed by this script when run with --simulate; the run
that produced the committed JSON printed:
   P(conversion): exact 0.377976, simulated 0.378848
   without direct       exact 0.216061, simulated 0.215537
   without email        exact 0.208418, simulated 0.209180
   without paid_search  exact 0.197872, simulated 0.198700
   without referral     exact 0.246760, simulated 0.247295
   without social       exact 0.226375, simulated 0.225345

Run: /usr/bin/python3 tests/reference/attribution/make_reference.py [--simulate]
Writes: tests/fixtures/attribution/{touchpoints,conversions}.csv and
        tests/reference/attribution/expected.json
"""
import csv
import datetime as dt
import json
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
FIXTURES = os.path.join(ROOT, "tests", "fixtures", "attribution")

CHANNELS = ["direct", "email", "paid_search", "referral", "social"]
EPOCH = dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc)
HALF_LIFE = 7 * 86400.0


def fmt(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def generate():
    rng = np.random.default_rng(20240301)
    touch_rows, conv_rows = [], []
    # channel mix: email is the most often personalized, search converts best.
    conv_boost = {"direct": 0.05, "email": 0.12, "paid_search": 0.2, "referral": 0.08,
                  "social": 0.02}
    for j in range(400):
        key = "J%04d" % (j + 1)
        n = int(rng.integers(0, 7))  # 0..6 touches
        start = EPOCH + dt.timedelta(seconds=int(rng.integers(0, 60 * 86400)))
        t = start
        touches = []
        for i in range(n):
            if i > 0 and rng.random() < 0.15:
                ch = touches[-1][1]  # consecutive repeat of a channel
            else:
                ch = CHANNELS[int(rng.integers(0, len(CHANNELS)))]
            pers = bool(rng.random() < (0.7 if ch == "email" else 0.2))
            if i > 0 and rng.random() < 0.05:
                gap = 0  # a tie in time: file order decides
            else:
                gap = int(rng.integers(600, 12 * 86400))
            t = t + dt.timedelta(seconds=gap)
            touches.append((t, ch, pers))
        p = 0.1 + sum(conv_boost[c] for _, c, _ in touches[:4])
        converted = bool(rng.random() < min(p, 0.9))
        conv_at = None
        value = 0.0
        if converted:
            if touches and rng.random() < 0.2:
                # converts before the last touches (those must be ignored)
                k = int(rng.integers(0, len(touches)))
                conv_at = touches[k][0] + dt.timedelta(seconds=int(rng.integers(0, 3600)))
            elif touches:
                conv_at = touches[-1][0] + dt.timedelta(seconds=int(rng.integers(0, 5 * 86400)))
            else:
                conv_at = start
            value = round(float(rng.gamma(2.0, 40.0)), 2)
        # write touches in a shuffled order within the file (the reader must sort by time)
        order = [int(i) for i in rng.permutation(len(touches))]
        for i in order:
            tt, ch, pers = touches[i]
            touch_rows.append([key, fmt(tt), ch, "yes" if pers else "no"])
        conv_rows.append([key, "1" if converted else "0", fmt(conv_at) if conv_at else "",
                          "%.2f" % value])
    return touch_rows, conv_rows


def write_fixtures(touch_rows, conv_rows):
    os.makedirs(FIXTURES, exist_ok=True)
    with open(os.path.join(FIXTURES, "touchpoints.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["journey_id", "timestamp", "channel", "personalized"])
        w.writerows(touch_rows)
    with open(os.path.join(FIXTURES, "conversions.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["journey_id", "converted", "conversion_timestamp", "conversion_value"])
        w.writerows(conv_rows)


def parse_time(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def read_journeys():
    """Reads the fixture back from the CSV files (so the reference sees exactly what C++ sees)."""
    journeys = {}
    with open(os.path.join(FIXTURES, "conversions.csv")) as f:
        for row in csv.DictReader(f):
            journeys[row["journey_id"]] = {
                "touches": [],
                "converted": row["converted"] == "1",
                "at": parse_time(row["conversion_timestamp"]) if row["conversion_timestamp"] else None,
                "value": float(row["conversion_value"]),
            }
    with open(os.path.join(FIXTURES, "touchpoints.csv")) as f:
        for row in csv.DictReader(f):
            journeys[row["journey_id"]]["touches"].append(
                (parse_time(row["timestamp"]), row["channel"], row["personalized"] == "yes"))
    return [journeys[k] for k in sorted(journeys)]


def counted(j):
    ts = [t for t in j["touches"] if not (j["converted"] and j["at"] is not None) or t[0] <= j["at"]]
    idx = sorted(range(len(ts)), key=lambda i: (ts[i][0], i))  # stable by file order
    return [ts[i] for i in idx]


def shares(model, ts, conv_at):
    n = len(ts)
    s = np.zeros(n)
    if n == 1:
        s[0] = 1.0
        return s
    if model == "first_touch":
        s[0] = 1.0
    elif model == "last_touch":
        s[-1] = 1.0
    elif model == "linear":
        s[:] = 1.0 / n
    elif model == "time_decay":
        ref = conv_at if conv_at is not None else ts[-1][0]
        w = np.array([2.0 ** (-(ref - t).total_seconds() / HALF_LIFE) for t, _, _ in ts])
        s = w / w.sum()
    elif model == "position_based":
        if n == 2:
            s[:] = 0.5
        else:
            s[:] = 0.2 / (n - 2)
            s[0] = s[-1] = 0.4
    elif model == "w_shaped":
        if n == 2:
            s[:] = 0.5
        elif n == 3:
            s[:] = 1.0 / 3.0
        else:
            s[:] = 0.1 / (n - 3)
            s[0] = s[-1] = s[(n - 1) // 2] = 0.3
    return s


def empty(chs):
    return {k: {c: 0.0 for c in chs} for k in ("conv", "val", "pconv", "pval", "gconv", "gval")}


def rule_models(journeys, chs):
    out = {}
    for model in ["first_touch", "last_touch", "linear", "time_decay", "position_based", "w_shaped"]:
        m = empty(chs)
        for j in journeys:
            ts = counted(j)
            if not j["converted"] or not ts:
                continue
            for (t, ch, pers), s in zip(ts, shares(model, ts, j["at"])):
                m["conv"][ch] += s
                m["val"][ch] += s * j["value"]
                side = "p" if pers else "g"
                m[side + "conv"][ch] += s
                m[side + "val"][ch] += s * j["value"]
        out[model] = m
    return out


def markov_paths(journeys):
    paths = []
    for j in journeys:
        ts = counted(j)
        if not ts:
            continue
        p = []
        for _, ch, _ in ts:
            if not p or p[-1] != ch:
                p.append(ch)
        paths.append((p, j["converted"]))
    return paths


def transition_matrix(paths, chs):
    # state order: start, channels..., conversion, null
    k = len(chs)
    idx = {c: i + 1 for i, c in enumerate(chs)}
    counts = np.zeros((k + 3, k + 3))
    for p, conv in paths:
        prev = 0
        for c in p:
            counts[prev, idx[c]] += 1
            prev = idx[c]
        counts[prev, k + 1 if conv else k + 2] += 1
    P = np.zeros_like(counts)
    for i in range(k + 1):
        tot = counts[i].sum()
        if tot > 0:
            P[i] = counts[i] / tot
    return P


def p_conversion(P, k, removed=None):
    P = P.copy()
    if removed is not None:
        P[removed, :] = 0.0
        P[removed, k + 2] = 1.0
    Q = P[: k + 1, : k + 1]
    r = P[: k + 1, k + 1]
    x = np.linalg.solve(np.eye(k + 1) - Q, r)
    return x[0]


def simulate(P, k, removed, walks, rng):
    if removed is not None:
        P = P.copy()
        P[removed, :] = 0.0
        P[removed, k + 2] = 1.0
    cum = np.cumsum(P, axis=1)
    state = np.zeros(walks, dtype=int)
    alive = np.ones(walks, dtype=bool)
    converted = np.zeros(walks, dtype=bool)
    while alive.any():
        u = rng.random(alive.sum())
        nxt = (u[:, None] > cum[state[alive]]).sum(axis=1)
        state[alive] = nxt
        converted[alive] = nxt == k + 1
        alive[alive] = nxt <= k
    return converted.mean()


def markov_model(journeys, chs, simulate_walks=0):
    paths = markov_paths(journeys)
    P = transition_matrix(paths, chs)
    k = len(chs)
    base = p_conversion(P, k)
    effects = {}
    for i, c in enumerate(chs):
        effects[c] = min(max(1.0 - p_conversion(P, k, i + 1) / base, 0.0), 1.0) if base > 0 else 0.0
    if simulate_walks:
        rng = np.random.default_rng(7)
        print("#   P(conversion): exact %.6f, simulated %.6f" % (base, simulate(P, k, None, simulate_walks, rng)))
        for i, c in enumerate(chs):
            print("#   without %-12s exact %.6f, simulated %.6f" % (
                c, p_conversion(P, k, i + 1), simulate(P, k, i + 1, simulate_walks, rng)))
    conv_js = [j for j in journeys if j["converted"] and counted(j)]
    n_conv = len(conv_js)
    total_val = sum(j["value"] for j in conv_js)
    touches, ptouch, tval, pval = ({c: 0.0 for c in chs} for _ in range(4))
    for j in conv_js:
        for _, ch, pers in counted(j):
            touches[ch] += 1
            tval[ch] += j["value"]
            if pers:
                ptouch[ch] += 1
                pval[ch] += j["value"]
    esum = sum(effects.values())
    m = empty(chs)
    for c in chs:
        share = effects[c] / esum if esum > 0 else 0.0
        conv, val = share * n_conv, share * total_val
        pc = ptouch[c] / touches[c] if touches[c] > 0 else 0.0
        pv = pval[c] / tval[c] if tval[c] > 0 else pc
        m["conv"][c], m["val"][c] = conv, val
        m["pconv"][c], m["pval"][c] = conv * pc, val * pv
        m["gconv"][c], m["gval"][c] = conv * (1 - pc), val * (1 - pv)
    return m, effects, base


def main():
    touch_rows, conv_rows = generate()
    write_fixtures(touch_rows, conv_rows)
    journeys = read_journeys()
    chs = sorted({ch for j in journeys for _, ch, _ in counted(j)})
    models = rule_models(journeys, chs)
    walks = 400000 if "--simulate" in sys.argv else 0
    markov, effects, base = markov_model(journeys, chs, walks)
    models["markov"] = markov

    out = {"models": {}}
    for name, m in models.items():
        out["models"][name] = {
            "conversions": m["conv"], "value": m["val"],
            "personalized": {"conversions": m["pconv"], "value": m["pval"]},
            "generic": {"conversions": m["gconv"], "value": m["gval"]},
        }
    out["models"]["markov"]["removal_effect"] = effects
    conv_js = [j for j in journeys if j["converted"] and counted(j)]
    out["conversions"] = len(conv_js)
    out["conversion_value"] = sum(j["value"] for j in conv_js)
    out["unattributed_conversions"] = sum(1 for j in journeys if j["converted"] and not counted(j))
    out["markov_conversion_probability"] = base
    with open(os.path.join(HERE, "expected.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", len(journeys), "journeys,", out["conversions"], "attributed conversions")


if __name__ == "__main__":
    main()
