#!/usr/bin/env python3
"""Reference figures for the Shopify importers, computed independently with pandas.

Reads the real exports in the shared datasets and the bundled demo shop and writes
shopify_reference.json, which tests/importers/test_shopify_conformance.cpp compares the C++
import with. Run from anywhere with Debian's python3 (pandas 1.5):

    /usr/bin/python3 tests/reference/importers/shopify_reference.py

Rules applied (FORMATS.md §1.1, PVI.md "Shared definitions"): an order's values are on the row
whose Financial Status is non-empty; an order is valid when Cancelled at is empty, the status is
neither voided nor refunded and the refunded amount is below the total; net revenue =
max(0, Subtotal - Refunded Amount); customers are distinct lower-cased emails.
"""
import json
import os

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared", "datasets", "exports"))


def read(path):
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def orders_figures(path):
    rows = read(path)
    heads = rows[rows["Financial Status"].str.strip() != ""].copy()
    money = lambda col: pd.to_numeric(heads[col].replace("", "0"))
    subtotal, total, refunded = money("Subtotal"), money("Total"), money("Refunded Amount")
    status = heads["Financial Status"].str.strip().str.lower()
    valid = ((heads["Cancelled at"].str.strip() == "") & ~status.isin(["voided", "refunded"])
             & ~((refunded > 0) & (refunded >= total)))
    net = (subtotal - refunded).clip(lower=0)
    emails = heads["Email"].str.strip().str.lower()
    return {
        "rows": int(len(rows)),
        "orders": int(len(heads)),
        "valid_orders": int(valid.sum()),
        "valid_net_revenue": round(float(net[valid].sum()), 6),
        "net_revenue_all": round(float(net.sum()), 6),
        "customers": int(emails[emails != ""].nunique()),
        "orders_without_email": int((emails == "").sum()),
        "line_quantity": int(pd.to_numeric(rows["Lineitem quantity"]).sum()),
        "discount_code_prefix_FORYOU": int(heads["Discount Code"].str.startswith("FORYOU").sum()),
        "tagged_personalized": int(heads["Tags"].str.contains("personalized").sum()),
    }


def customers_figures(path):
    rows = read(path)
    emails = rows["Email"].str.strip().str.lower()
    ids = rows["Customer ID"].str.strip().str.lstrip("'")
    identified = (emails != "") | (ids != "")
    spent = pd.to_numeric(rows["Total Spent"].replace("", "0"))
    accepts = rows["Accepts Email Marketing"].str.strip().str.lower() == "yes"
    return {
        "rows": int(len(rows)),
        "records": int(identified.sum()),
        "customers_with_email": int(emails[emails != ""].nunique()),
        "total_spent": round(float(spent[identified].sum()), 6),
        "accepts_marketing": int((accepts & identified).sum()),
    }


def main():
    out = {
        "_about": "Written by shopify_reference.py (pandas); do not edit by hand.",
        "demo": {"file": "resources/demo/orders_export.csv",
                 "orders": orders_figures(os.path.join(REPO, "resources", "demo", "orders_export.csv"))},
        "shared": {
            "shopify_orders_export.csv": orders_figures(os.path.join(SHARED, "shopify_orders_export.csv")),
            "shopify_orders_export_2025.csv": orders_figures(os.path.join(SHARED, "shopify_orders_export_2025.csv")),
            "shopify_customers_export.csv": customers_figures(os.path.join(SHARED, "shopify_customers_export.csv")),
        },
    }
    with open(os.path.join(HERE, "shopify_reference.json"), "w") as f:
        json.dump(out, f, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
