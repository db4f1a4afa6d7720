#!/usr/bin/python3
"""Reference values for the survey tests, computed independently of PVI Studio's code with
pandas, scipy and statsmodels from the fixtures in tests/fixtures/surveys (and, when the shared
datasets are given, the real SurveyMonkey exports).

    /usr/bin/python3 make_reference.py [SHARED_EXPORTS_DIR]

writes reference.json (fixtures) and, with the folder, real_exports.json. Definitions follow
PVI.md family F; exposure: a respondent is personalized when their email is in
personalized_list.csv with added_on on or before the day they answered."""
import json
import math
import re
import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest

HERE = Path(__file__).resolve().parent
FIX = HERE.parent.parent / "fixtures" / "surveys"
LEX = HERE.parent.parent.parent / "resources" / "lexicon"


def lead_int(text):
    m = re.match(r"\s*(\d+)", str(text))
    return float(m.group(1)) if m else None


SATISFACTION = ["very dissatisfied", "dissatisfied", "neither satisfied nor dissatisfied",
                "satisfied", "very satisfied"]
AGREEMENT = ["strongly disagree", "disagree", "neither agree nor disagree", "agree",
             "strongly agree"]


def answers():
    """One row per answer: instrument, score, scale_min, scale_max, comment, date, email."""
    rows = []
    gf = pd.read_csv(FIX / "google_forms_responses.csv", dtype=str, keep_default_na=False)
    for _, r in gf.iterrows():
        ts = pd.to_datetime(r["Timestamp"].replace(" AST", ""), format="%Y/%m/%d %I:%M:%S %p")
        d, email = ts.date(), r["Email Address"].strip().lower()
        cols = list(gf.columns)
        rows.append(("nps", float(r[cols[2]]), 0, 10, None, d, email))
        rows.append(("csat", lead_int(r[cols[3]]), 1, 5, None, d, email))
        rows.append(("ces", float(r[cols[4]]), 1, 7, None, d, email))
        if r[cols[5]].strip():
            rows.append(("comment", None, None, None, r[cols[5]].strip(), d, email))
    sm = pd.read_csv(FIX / "surveymonkey_responses.csv", header=None, skiprows=2, dtype=str,
                     keep_default_na=False, encoding="cp1252")
    for _, r in sm.iterrows():
        d = pd.to_datetime(r[3], format="%m/%d/%Y %I:%M:%S %p").date()
        email = r[5].strip().lower()
        rows.append(("nps", float(r[9]), 0, 10, None, d, email))
        for c in (13, 14):
            rows.append(("csat", SATISFACTION.index(r[c].lower()) + 1.0, 1, 5, None, d, email))
        rows.append(("likert", AGREEMENT.index(r[15].lower()) + 1.0, 1, 5, None, d, email))
        for c in (12, 16):  # "Other (please specify)" and the open-ended question
            if r[c].strip():
                rows.append(("comment", None, None, None, r[c].strip(), d, email))
    tf = pd.read_csv(FIX / "typeform_responses.csv", dtype=str, keep_default_na=False)
    for _, r in tf.iterrows():
        d = pd.to_datetime(r["Submit Date (UTC)"]).date()
        email = r["What's your email?"].strip().lower()
        rows.append(("nps", float(r.iloc[1]), 0, 10, None, d, email))
        c = r["Anything else you'd like to tell us?"].strip()
        if c:
            rows.append(("comment", None, None, None, c, d, email))
    df = pd.DataFrame(rows, columns=["instrument", "score", "smin", "smax", "comment", "date",
                                     "email"])
    lst = pd.read_csv(FIX / "personalized_list.csv", dtype=str)
    added = {e.lower(): date.fromisoformat(a) for e, a in zip(lst.email, lst.added_on)}
    df["exposed"] = [e in added and added[e] <= d for e, d in zip(df.email, df.date)]
    return df


# --- the bundled lexicon, read from its files and applied as PVI.md / the formula text say ---
def load_lexicon():
    def lines(name):
        return [l.strip() for l in (LEX / name).read_text().splitlines()
                if l.strip() and not l.startswith("#")]
    words = {l.split("\t")[0]: float(l.split("\t")[1]) for l in lines("words.tsv")}
    neg = set(lines("negations.txt"))
    inten = {l.split("\t")[0]: float(l.split("\t")[1]) for l in lines("intensifiers.tsv")}
    stop = set(lines("stopwords.txt"))
    return words, neg, inten, stop


WORDS, NEG, INTEN, STOP = load_lexicon()


def tokens(text):
    result = []
    for t in re.findall(r"[a-zà-ÿ'’\-]+", text.lower()):
        t = t.replace("’", "'").strip("'-")
        if t:
            result.append(t)
    return result


def sentiment(text):
    toks = tokens(text)
    raw = 0.0
    for i, t in enumerate(toks):
        if t not in WORDS:
            continue
        v = WORDS[t]
        if i > 0 and toks[i - 1] in INTEN:
            v *= INTEN[toks[i - 1]]
        if any(toks[j] in NEG for j in range(max(0, i - 3), i)):
            v *= -0.5
        raw += v
    return raw, raw / math.sqrt(raw * raw + 15)


def themes(text):
    seen = []
    for t in tokens(text):
        if len(t) < 3 or t in STOP or t in WORDS or t in NEG or t in INTEN or t in seen:
            continue
        seen.append(t)
    return seen


def group(v, n):
    return {"value": None if v is None or (isinstance(v, float) and math.isnan(v)) else v, "n": int(n)}


def welch_p(p, c):
    if len(p) < 2 or len(c) < 2:
        return None
    return float(stats.ttest_ind(p, c, equal_var=False).pvalue)


def mean_lift(p, c):
    mt, mc = np.mean(p), np.mean(c)
    st, sc = np.var(p, ddof=1), np.var(c, ddof=1)
    est = (mt / mc - 1) * 100
    var = st / (len(p) * mc ** 2) + sc * mt ** 2 / (len(c) * mc ** 4)
    z = stats.norm.ppf(0.975)
    return est, [est - z * math.sqrt(var) * 100, est + z * math.sqrt(var) * 100]


def pvis(df, lo, hi):
    sel = df[(df.date >= lo) & (df.date <= hi)]
    out = {}
    # NPS
    s = sel[sel.instrument == "nps"]
    def nps(x):
        return ((x >= 9).mean() - (x <= 6).mean()) * 100
    def nps_var(x):
        p, d = (x >= 9).mean(), (x <= 6).mean()
        return (p + d - (p - d) ** 2) / len(x) * 1e4
    P, C = s[s.exposed].score, s[~s.exposed].score
    d = nps(P) - nps(C)
    se = math.sqrt(nps_var(P) + nps_var(C))
    z = stats.norm.ppf(0.975)
    out["nps"] = {"value": nps(s.score), "n": len(s), "personalized": group(nps(P), len(P)),
                  "control": group(nps(C), len(C)), "lift": d, "ci": [d - z * se, d + z * se],
                  "p": float(2 * stats.norm.sf(abs(d / se)))}
    out["nps_uplift"] = dict(out["nps"], value=d)
    # CSAT
    s = sel[sel.instrument == "csat"]
    top = s.score >= s.smax - 1
    xp, np_ = int(top[s.exposed].sum()), int(s.exposed.sum())
    xc, nc = int(top[~s.exposed].sum()), int((~s.exposed).sum())
    rp, rc = xp / np_, xc / nc
    lift = (rp / rc - 1) * 100
    se = math.sqrt(1 / xp - 1 / np_ + 1 / xc - 1 / nc)
    ci = [(math.exp(math.log(rp / rc) - z * se) - 1) * 100,
          (math.exp(math.log(rp / rc) + z * se) - 1) * 100]
    p = float(proportions_ztest([xp, xc], [np_, nc])[1])
    out["csat"] = {"value": top.mean() * 100, "n": len(s), "personalized": group(rp * 100, np_),
                   "control": group(rc * 100, nc), "lift": lift, "ci": ci, "p": p}
    out["csat_uplift"] = dict(out["csat"], value=lift)
    # CES (1-7, higher = easier) and the ethics score (Likert 1-5 as 0-100)
    for pid, inst, f in (("ces", "ces", lambda x: x),
                         ("personalization_ethics_score", "likert", lambda x: (x - 1) / 4 * 100)):
        s = sel[sel.instrument == inst]
        v = f(s.score)
        P, C = v[s.exposed].values, v[~s.exposed].values
        lift, ci = mean_lift(P, C)
        out[pid] = {"value": float(v.mean()), "n": len(s), "personalized": group(float(np.mean(P)), len(P)),
                    "control": group(float(np.mean(C)), len(C)), "lift": lift, "ci": ci,
                    "p": welch_p(P, C)}
    # comment sentiment
    s = sel[sel.instrument == "comment"]
    sc = np.array([sentiment(t)[1] for t in s.comment])
    raw = np.array([sentiment(t)[0] for t in s.comment])
    P, C = sc[s.exposed.values], sc[~s.exposed.values]
    classes = {}
    for name, mask in (("positive", raw > 0), ("neutral", raw == 0), ("negative", raw < 0)):
        counts = {}
        for t in s.comment[mask]:
            for term in themes(t):
                counts[term] = counts.get(term, 0) + 1
        top5 = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        classes[name] = {"comments": int(mask.sum()), "share": float(mask.mean() * 100),
                         "themes": [[k, v] for k, v in top5]}
    out["comment_sentiment"] = {"value": float(sc.mean()), "n": len(s),
                                "personalized": group(float(np.mean(P)), len(P)),
                                "control": group(float(np.mean(C)), len(C)),
                                "p": welch_p(P, C), "classes": classes}
    return out


def main():
    df = answers()
    last = max(df.date)
    lo = last - timedelta(days=89)
    plo, phi = lo - timedelta(days=90), lo - timedelta(days=1)
    current = pvis(df, lo, last)
    prev = {}
    psel = df[(df.date >= plo) & (df.date <= phi)]
    for inst, pid in (("nps", "nps"), ("csat", "csat"), ("ces", "ces")):
        s = psel[psel.instrument == inst]
        if inst == "nps":
            v = ((s.score >= 9).mean() - (s.score <= 6).mean()) * 100
        elif inst == "csat":
            v = (s.score >= 4).mean() * 100
        else:
            v = s.score.mean()
        prev[pid] = {"value": float(v), "n": len(s)}
    for pid in current:
        current[pid]["previous"] = prev.get(pid)
    ref = {"period": {"from": str(lo), "to": str(last)}, "pvis": current,
           "respondents": {"google_forms": 9, "surveymonkey": 6, "typeform": 4}}
    (HERE / "reference.json").write_text(json.dumps(ref, indent=2, default=float) + "\n")
    if len(sys.argv) > 1:
        real(Path(sys.argv[1]))


def real(folder):
    sw = pd.read_csv(folder / "surveymonkey_starwars_survey.csv", header=None, skiprows=2,
                     dtype=str, keep_default_na=False, encoding="cp1252")
    head = pd.read_csv(folder / "surveymonkey_starwars_survey.csv", header=None, nrows=2,
                       dtype=str, keep_default_na=False, encoding="cp1252")
    col = 13  # ranking question, sub-answer "Star Wars: Episode V The Empire Strikes Back"
    assert head.iloc[1, col] == "Star Wars: Episode V The Empire Strikes Back"
    ranks = pd.to_numeric(sw[col].replace("", np.nan)).dropna()
    steak = pd.read_csv(folder / "surveymonkey_steak_risk_survey.csv", header=None, skiprows=2,
                        dtype=str, keep_default_na=False)
    out = {"starwars": {"respondents": len(sw), "question": head.iloc[0, 9] + " | " + head.iloc[1, col],
                        "distribution": {str(int(k)): int(v) for k, v in ranks.value_counts().sort_index().items()}},
           "steak": {"respondents": len(steak)}}
    (HERE / "real_exports.json").write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
