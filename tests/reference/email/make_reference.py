#!/usr/bin/python3
"""Expected values of the email tests, computed independently of the C++ code with pandas,
statsmodels and scipy from the fixture files (and, when present, the real exports).

Run:  /usr/bin/python3 tests/reference/email/make_reference.py [SHARED_DATASETS_DIR]
Writes expected.json (fixtures) and, with the shared datasets, conformance.json beside this file.
"""
import json
import math
import os
import sys

import numpy as np
import pandas as pd
from scipy.stats.contingency import relative_risk
from statsmodels.stats.proportion import proportion_confint, proportions_ztest

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "..", "..", "fixtures", "email")
PERIOD = (pd.Timestamp("2025-03-01"), pd.Timestamp("2025-04-30"))
PREVIOUS = (pd.Timestamp("2024-12-30"), pd.Timestamp("2025-02-28"))
RULE = "[p]"  # campaign-name rule "[P]", matched case-insensitively


def split_stats(pers_x, pers_n, ctrl_x, ctrl_n):
    """Personalized/control rates (percent), lift %, Katz 95% CI of the lift, z-test p."""
    out = {"personalized": 100 * pers_x / pers_n, "control": 100 * ctrl_x / ctrl_n,
           "personalized_n": int(pers_n), "control_n": int(ctrl_n)}
    out["lift"] = (pers_x / pers_n / (ctrl_x / ctrl_n) - 1) * 100
    ci = relative_risk(int(pers_x), int(pers_n), int(ctrl_x), int(ctrl_n)).confidence_interval(0.95)
    out["lift_ci"] = [(ci.low - 1) * 100, (ci.high - 1) * 100]
    _, p = proportions_ztest([pers_x, ctrl_x], [pers_n, ctrl_n])
    out["p"] = float(p)
    return out


def campaigns_fixture():
    df = pd.read_csv(os.path.join(FIX, "mailchimp_campaigns_export.csv"))
    df["date"] = pd.to_datetime(df["Send Date"]).dt.normalize()
    df["pers"] = df["Title"].str.lower().str.contains(RULE, regex=False)
    res = {"rows": len(df), "ab_arms": int(df["Title"].str.contains("Combo").sum())}
    cur = df[(df.date >= PERIOD[0]) & (df.date <= PERIOD[1])]
    prev = df[(df.date >= PREVIOUS[0]) & (df.date <= PREVIOUS[1])]
    for key, col in [("open", "Unique Opens"), ("click", "Unique Clicks"),
                     ("unsubscribe", "Unsubscribes")]:
        d = cur["Successful Deliveries"].sum()
        r = {"value": 100 * cur[col].sum() / d, "n": int(d),
             "previous": 100 * prev[col].sum() / prev["Successful Deliveries"].sum()}
        p, c = cur[cur.pers], cur[~cur.pers]
        r.update(split_stats(p[col].sum(), p["Successful Deliveries"].sum(),
                             c[col].sum(), c["Successful Deliveries"].sum()))
        res[key] = r
    res["click_to_open"] = 100 * cur["Unique Clicks"].sum() / cur["Unique Opens"].sum()
    res["opt_outs_campaigns"] = int(cur["Unsubscribes"].sum())
    # per-campaign Wilson interval of the open rate (first campaign in the period)
    first = cur.sort_values(["date", "Title"]).iloc[0]
    lo, hi = proportion_confint(first["Unique Opens"], first["Successful Deliveries"],
                                method="wilson")
    res["first_campaign"] = {"name": first["Title"], "open_low": lo, "open_high": hi}
    return res


def resaved_fixture():
    df = pd.read_csv(os.path.join(FIX, "mailchimp_campaigns_resaved.csv"), encoding="mac_roman")
    return {"rows": len(df), "delivered": int(df["Successful_Deliveries"].sum()),
            "opens": int(df["Unique_Opens"].sum()), "subject0": df["Subject"].iloc[0],
            "title2": df["Title"].iloc[2]}


def rates_only_fixture():
    df = pd.read_csv(os.path.join(FIX, "mailchimp_campaigns_rates_only.csv"), dtype=str)
    rate = lambda s: float(s.rstrip("%")) / 100
    dl = df["Successful Deliveries"].astype(int)
    opens = [round(rate(r) * d) for r, d in zip(df["Open Rate"], dl)]
    clicks = [round(rate(r) * d) for r, d in zip(df["Click Rate"], dl)]
    return {"opens": opens, "clicks": clicks}


def audience_fixture():
    read = lambda n: pd.read_csv(os.path.join(FIX, n), escapechar="\\")
    sub = read("subscribed_members_export_4de65ff335.csv")
    uns = read("unsubscribed_members_export_4de65ff335.csv")
    cln = read("cleaned_members_export_4de65ff335.csv")
    frames = []
    for df, status, changed in [(sub, "subscribed", None), (uns, "unsubscribed", "UNSUB_TIME"),
                                (cln, "cleaned", "CLEAN_TIME")]:
        f = pd.DataFrame({"email": df.iloc[:, 0].str.strip().str.lower(), "status": status,
                          "optin": pd.to_datetime(df["OPTIN_TIME"]).dt.normalize()})
        f["changed"] = pd.to_datetime(df[changed]).dt.normalize() if changed else pd.NaT
        f["campaign"] = df["UNSUB_CAMPAIGN_TITLE"] if status == "unsubscribed" else ""
        frames.append(f)
    a = pd.concat(frames)
    frm, to = PERIOD
    start = ((a.optin < frm) & ~((a.status != "subscribed") & (a.changed < frm))).sum()
    new = ((a.optin >= frm) & (a.optin <= to)).sum()
    unsub = ((a.status == "unsubscribed") & (a.changed >= frm) & (a.changed <= to)).sum()
    cleaned = ((a.status == "cleaned") & (a.changed >= frm) & (a.changed <= to)).sum()
    inper = a[(a.status == "unsubscribed") & (a.changed >= frm) & (a.changed <= to)]
    per_month = inper.groupby(inper.changed.dt.strftime("%Y-%m")).size().to_dict()
    pers = inper.campaign.fillna("").str.lower().str.contains(RULE, regex=False).sum()
    return {"members": len(a), "start": int(start), "new": int(new), "unsubscribed": int(unsub),
            "cleaned": int(cleaned), "growth": 100 * (new - unsub - cleaned) / start,
            "opt_outs": int(len(inper)), "opt_outs_personalized": int(pers),
            "opt_outs_per_month": {k: int(v) for k, v in per_month.items()},
            "reason_gus": uns.loc[uns.iloc[:, 0] == "gus@example.com",
                                  "UNSUB_REASON"].iloc[0] + ": " +
            uns.loc[uns.iloc[:, 0] == "gus@example.com", "UNSUB_REASON_OTHER"].iloc[0],
            "campaign_gus": uns.loc[uns.iloc[:, 0] == "gus@example.com",
                                    "UNSUB_CAMPAIGN_TITLE"].iloc[0]}


def klaviyo_fixture():
    out = {}
    for name, sep in [("klaviyo_campaigns_export.csv", ","), ("klaviyo_campaigns_export.tsv", "\t")]:
        df = pd.read_csv(os.path.join(FIX, name), sep=sep)
        email = df[df["Campaign Channel"] == "Email"]
        out[name] = {"rows": len(df), "email_campaigns": len(email),
                     "delivered": int(email["Successful Deliveries"].sum()),
                     "opens": int(email["Unique Opens"].sum()),
                     "orders": int(email["Unique Placed Order"].sum()),
                     "revenue": float(email["Revenue"].sum()),
                     "subject1": email["Subject"].iloc[1]}
    prof = pd.read_csv(os.path.join(FIX, "klaviyo_profiles_export.csv"), encoding="utf-8-sig")
    out["profiles"] = {"rows": len(prof)}
    return out


def activity_fixture():
    ev = pd.read_csv(os.path.join(FIX, "mailchimp_activity.csv"))
    ev["email"] = ev["Email Address"].str.lower()
    ev["day"] = pd.to_datetime(ev["Timestamp"]).dt.normalize()
    sends = ev[ev.Action == "sent"][["email", "Campaign", "day"]]
    opened = set(map(tuple, ev[ev.Action == "opened"][["email", "Campaign"]].values))
    unsub = set(map(tuple, ev[ev.Action == "unsubscribed"][["email", "Campaign"]].values))
    sends = sends.assign(
        opened=[(e, c) in opened for e, c in zip(sends.email, sends.Campaign)],
        unsub=[(e, c) in unsub for e, c in zip(sends.email, sends.Campaign)],
        week=sends.day - pd.to_timedelta(sends.day.dt.dayofweek, unit="D"))
    per_week = sends.groupby(["email", "week"]).size().rename("k")
    sends = sends.join(per_week, on=["email", "week"])
    sends["band"] = sends.k.clip(upper=4)
    bands = {}
    base = sends[sends.band == sends.band.min()]
    for b, g in sends.groupby("band"):
        entry = {"sends": int(len(g)), "open_rate": 100 * g.opened.mean(),
                 "unsub_rate": 100 * g.unsub.mean()}
        if b != sends.band.min():
            entry["open_p"] = float(proportions_ztest([g.opened.sum(), base.opened.sum()],
                                                      [len(g), len(base)])[1])
            entry["unsub_p"] = float(proportions_ztest([g.unsub.sum(), base.unsub.sum()],
                                                       [len(g), len(base)])[1])
        bands[str(int(b))] = entry
    onset = None
    for b in sorted(bands):
        e = bands[b]
        if "open_p" in e and ((e["open_p"] < 0.05 and e["open_rate"] < bands[min(bands)]["open_rate"])
                              or (e["unsub_p"] < 0.05 and e["unsub_rate"] > bands[min(bands)]["unsub_rate"])):
            onset = int(b)
            break
    pers = sends.Campaign.str.lower().str.contains(RULE, regex=False)
    weeks = lambda s: s.groupby(["email", "week"]).ngroups
    # conversion: deliveries with a click followed by a valid order within 5 days
    orders = pd.read_csv(os.path.join(FIX, "orders_for_email.csv"))
    orders["email"] = orders.Email.str.lower()
    orders["day"] = pd.to_datetime(orders["Created at"].str[:10])
    clicks = ev[ev.Action == "clicked"][["email", "Campaign", "day"]]
    conv = set()
    for e, c, d in clicks.values:
        od = orders[orders.email == e].day
        if ((od >= d) & (od <= d + pd.Timedelta(days=5))).any():
            conv.add((e, c))
    sends["converted"] = [(e, c) in conv for e, c in zip(sends.email, sends.Campaign)]
    per = sends[pers]
    ctl = sends[~pers]
    return {"sends": int(len(sends)), "bands": bands, "onset": onset,
            "personalized_per_week": len(per) / weeks(per),
            "generic_per_week": len(ctl) / weeks(ctl),
            "open_rate": 100 * sends.opened.mean(),
            "conversion": {"value": 100 * sends.converted.mean(), "n": int(len(sends)),
                           "personalized_x": int(per.converted.sum()),
                           "control_x": int(ctl.converted.sum())},
            "customers": int(sends.email.nunique())}


def conformance(shared):
    exp = os.path.join(shared, "exports")
    df = pd.read_csv(os.path.join(exp, "mailchimp_campaigns_report.csv"), encoding="mac_roman")
    d = df.Successful_Deliveries.sum()
    res = {"campaigns": {"rows": len(df), "delivered": int(d),
                         "opens": int(df.Unique_Opens.sum()), "clicks": int(df.Unique_Clicks.sum()),
                         "unsubscribes": int(df.Unsubscribes.sum()),
                         "open_rate": 100 * df.Unique_Opens.sum() / d,
                         "click_rate": 100 * df.Unique_Clicks.sum() / d,
                         "unsubscribe_rate": 100 * df.Unsubscribes.sum() / d,
                         "ab_arms": int(df.Title.str.contains(r"Combo \d+$", regex=True).sum()),
                         "first_date": str(pd.to_datetime(df.Send_Date, format="%m/%d/%y %H:%M").min().date()),
                         "last_date": str(pd.to_datetime(df.Send_Date, format="%m/%d/%y %H:%M").max().date())}}
    m = pd.read_csv(os.path.join(exp, "mailchimp_subscribed_members_export.csv"), escapechar="\\",
                    dtype=str)
    emails = m.iloc[:, 0].str.strip().str.lower()
    res["subscribed"] = {"rows": len(m), "distinct_emails": int(emails.nunique()),
                         "optin_missing": int(m.OPTIN_TIME.isna().sum())}
    return res


def main():
    expected = {"campaigns": campaigns_fixture(), "resaved": resaved_fixture(),
                "rates_only": rates_only_fixture(), "audience": audience_fixture(),
                "klaviyo": klaviyo_fixture(), "activity": activity_fixture()}
    with open(os.path.join(HERE, "expected.json"), "w") as f:
        json.dump(expected, f, indent=1, sort_keys=True, default=float)
    if len(sys.argv) > 1:
        with open(os.path.join(HERE, "conformance.json"), "w") as f:
            json.dump(conformance(sys.argv[1]), f, indent=1, sort_keys=True, default=float)


if __name__ == "__main__":
    main()
