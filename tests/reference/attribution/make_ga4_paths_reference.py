#!/usr/bin/python3
"""Independent reference values for attribution over GA4 conversion paths.

Reads the GA4 Conversion paths downloads under tests/fixtures/web/ with pandas (the `#` comment
block skipped) and computes, without looking at the C++ code, from the conventions documented in
docs/ga4-conversion-paths.md:

* every path is a converted journey weighted by its conversions (key events), worth its revenue;
  steps split at " > "; its touches lie evenly over its days to conversion before the conversion
  (first touch that many days earlier, one-step paths at the conversion);
* first touch, last touch, linear, time decay 2^(-age/7 days) normalized per path,
  position based 40/20/40 (2 touches 50/50), W-shaped 30/30/30 with 10% over the rest
  (3 touches 1/3 each, 2 touches 50/50); credit = share x conversions, value = share x revenue;
* Markov removal effects two ways:
  1. share of conversions whose path includes the channel (pandas) -- what the removal effect is
     when every path converts and no path returns to a channel it left;
  2. the absorbing chain solved with numpy.linalg.solve (states start, channels, conversion,
     null; consecutive repeats collapsed; counts weighted by conversions; removing c sends c to
     null; effect 1 - P_without_c / P).
  For the channel-group fixture (no path returns to a channel) both agree (asserted); the cyclic
  set below shows where they part: there the chain's value is the reference;
* Markov credit = removal effect / sum of effects x total conversions (value likewise); its
  personalized share per channel = personalized touches / touches on converted paths, weighted
  by conversions (value-weighted for value), with the landing-page-prefix "/for-you/".

Run: /usr/bin/python3 tests/reference/attribution/make_ga4_paths_reference.py
Writes: tests/reference/attribution/ga4_paths_expected.json
"""
import json
import os

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "..", "fixtures", "web")
HALF_LIFE_DAYS = 7.0
PREFIX = "/for-you/"


def read_download(name):
    frame = pd.read_csv(os.path.join(FIXTURES, name), comment="#", skip_blank_lines=True)
    path_column = frame.columns[0]
    return [
        {
            "steps": [s.strip() for s in str(row[path_column]).split(" > ") if s.strip()],
            "conversions": float(row["Key events"]),
            "revenue": float(row["Purchase revenue"]),
            "days": float(row["Days to key event"]),
        }
        for _, row in frame.iterrows()
    ]


def shares(model, n, ages):
    if model == "first_touch":
        s = np.zeros(n); s[0] = 1
    elif model == "last_touch":
        s = np.zeros(n); s[-1] = 1
    elif model == "linear":
        s = np.full(n, 1.0 / n)
    elif model == "time_decay":
        w = np.power(2.0, -np.asarray(ages) / HALF_LIFE_DAYS)
        s = w / w.sum()
    elif model == "position_based":
        if n <= 2:
            s = np.full(n, 1.0 / n)
        else:
            s = np.full(n, 0.2 / (n - 2)); s[0] = s[-1] = 0.4
    elif model == "w_shaped":
        if n <= 3:
            s = np.full(n, 1.0 / n)
        else:
            s = np.full(n, 0.1 / (n - 3))
            for i in {0, (n - 1) // 2, n - 1}:
                s[i] = 0.3
    return s


def heuristics(paths, channels):
    out = {}
    for model in ["first_touch", "last_touch", "linear", "time_decay", "position_based",
                  "w_shaped"]:
        conv = dict.fromkeys(channels, 0.0)
        value = dict.fromkeys(channels, 0.0)
        for p in paths:
            n = len(p["steps"])
            ages = [p["days"] * (n - 1 - i) / (n - 1) if n > 1 else 0.0 for i in range(n)]
            for step, share in zip(p["steps"], shares(model, n, ages)):
                conv[step] += share * p["conversions"]
                value[step] += share * p["revenue"]
        out[model] = {"conversions": conv, "value": value}
    return out


def collapse(steps):
    out = []
    for s in steps:
        if not out or out[-1] != s:
            out.append(s)
    return out


def chain_removal_effects(paths, channels):
    k = len(channels)
    index = {c: i + 1 for i, c in enumerate(channels)}
    conv, null = k + 1, k + 2
    counts = np.zeros((k + 1, k + 3))
    for p in paths:
        state = 0
        for step in collapse(p["steps"]):
            counts[state, index[step]] += p["conversions"]
            state = index[step]
        counts[state, conv] += p["conversions"]

    def p_conversion(removed):
        a = np.eye(k + 1)
        r = np.zeros(k + 1)
        for i in range(k + 1):
            total = counts[i].sum()
            if total == 0 or i == removed:
                continue
            a[i, : k + 1] -= counts[i, : k + 1] / total
            r[i] = counts[i, conv] / total
        return np.linalg.solve(a, r)[0]

    base = p_conversion(-1)
    return base, {c: float(np.clip(1 - p_conversion(index[c]) / base, 0, 1)) for c in channels}


def share_including(paths, channels):
    frame = pd.DataFrame(
        [{"channel": c, "conversions": p["conversions"]} for p in paths for c in set(p["steps"])])
    total = sum(p["conversions"] for p in paths)
    by_channel = frame.groupby("channel")["conversions"].sum() / total
    return {c: float(by_channel.get(c, 0.0)) for c in channels}


def markov(paths, channels, effects):
    total_conv = sum(p["conversions"] for p in paths)
    total_value = sum(p["revenue"] for p in paths)
    effect_sum = sum(effects.values())
    out = {"conversions": {}, "value": {}, "personalized_conversions": {},
           "personalized_value": {}}
    for c in channels:
        share = effects[c] / effect_sum
        touches = sum(p["conversions"] for p in paths for s in p["steps"] if s == c)
        pers = sum(p["conversions"] for p in paths for s in p["steps"]
                   if s == c and s.startswith(PREFIX))
        touch_value = sum(p["revenue"] for p in paths for s in p["steps"] if s == c)
        pers_value = sum(p["revenue"] for p in paths for s in p["steps"]
                         if s == c and s.startswith(PREFIX))
        p_conv = pers / touches if touches else 0.0
        p_value = pers_value / touch_value if touch_value else p_conv
        out["conversions"][c] = share * total_conv
        out["value"][c] = share * total_value
        out["personalized_conversions"][c] = share * total_conv * p_conv
        out["personalized_value"][c] = share * total_value * p_value
    return out


def report(paths, check_share):
    channels = sorted({s for p in paths for s in p["steps"]})
    base, effects = chain_removal_effects(paths, channels)
    share = share_including(paths, channels)
    if check_share:
        for c in channels:
            assert abs(effects[c] - share[c]) < 1e-12, (c, effects[c], share[c])
    return {
        "channels": channels,
        "paths": len(paths),
        "conversions": sum(p["conversions"] for p in paths),
        "value": sum(p["revenue"] for p in paths),
        "conversion_probability": base,
        "removal_effect": effects,
        "share_of_conversions_including": share,
        "models": heuristics(paths, channels),
        "markov": markov(paths, channels, effects),
    }


def main():
    cyclic = [
        {"steps": ["A", "B"], "conversions": 3.0, "revenue": 300.0, "days": 0.0},
        {"steps": ["B", "A"], "conversions": 1.0, "revenue": 50.0, "days": 0.0},
        {"steps": ["A"], "conversions": 2.0, "revenue": 100.0, "days": 0.0},
    ]
    expected = {
        "channel_group": report(read_download("ga4_conversion_paths.csv"), True),
        "landing_page": report(read_download("ga4_conversion_paths_landing.csv"), True),
        "cyclic": dict(report(cyclic, False), input=[
            {"path": " > ".join(p["steps"]), "conversions": p["conversions"],
             "revenue": p["revenue"]} for p in cyclic]),
    }
    with open(os.path.join(HERE, "ga4_paths_expected.json"), "w") as f:
        json.dump(expected, f, indent=1, sort_keys=True)
        f.write("\n")
    cy = expected["cyclic"]
    print("cyclic set: removal effect", cy["removal_effect"], "share including",
          cy["share_of_conversions_including"])


if __name__ == "__main__":
    main()
