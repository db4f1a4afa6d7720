"""The shops the user-wait benchmark runs on: the bundled demo (pvi demo) and the generated
large shop (tools/large_shop), generated once per generator version and size into the work
folder and reused by later runs."""

import glob
import hashlib
import os
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
GENERATOR_DIR = os.path.join(ROOT, "tools", "large_shop")
DEMO_GENERATOR_DIR = os.path.join(ROOT, "tools", "demo_shop")

# The demo's personalization rules (importers/demo_shop.h), which the large shop's data follows.
DEMO_RULES = [("order-tag", "personalized"), ("discount-code-prefix", "FORYOU"),
              ("campaign-name", "[P]"), ("landing-page-prefix", "/for-you/")]

# (file pattern, sqlite3 table of the .import peer, comment lines before the header), in the
# order pvi imports them: the orders bring the customers the other files join to by email.
LARGE_SHOP_FILES = [
    ("orders_export.csv", "orders", 0),
    ("mailchimp_campaigns.csv", "campaigns", 0),
    ("mailchimp_activity.csv", "activity", 0),
    ("customer_feedback_responses.csv", "survey", 0),
    ("ga4/ga4_landing_page_*.csv", "ga4", 9),
    ("costs.csv", "costs", 0),
    ("experiments.csv", "experiments", 0),
]


def generator_version():
    """A hash of the generator's sources: a changed generator makes the cached shop stale."""
    h = hashlib.sha256()
    for folder in (GENERATOR_DIR, DEMO_GENERATOR_DIR):
        for path in sorted(glob.glob(os.path.join(folder, "*.py"))):
            with open(path, "rb") as f:
                h.update(f.read())
    return h.hexdigest()[:16]


def generated_shop(folder, args):
    """Generates the large shop into folder unless the same generator already did with the same
    arguments; returns (folder, seconds spent generating, 0 when cached)."""
    stamp_path = os.path.join(folder, "GENERATED")
    stamp = "%s %s\n" % (generator_version(), " ".join(args))
    if os.path.exists(stamp_path):
        with open(stamp_path, encoding="utf-8") as f:
            if f.read() == stamp:
                return folder, 0.0
    os.makedirs(folder, exist_ok=True)
    if os.path.exists(stamp_path):
        os.remove(stamp_path)
    print("  generating %s (%s), once..." % (folder, " ".join(args) or "full size"), flush=True)
    began = time.monotonic()
    subprocess.run([sys.executable, os.path.join(GENERATOR_DIR, "generate_large_shop.py"),
                    "--out-dir", folder] + args, check=True)
    seconds = time.monotonic() - began
    with open(stamp_path, "w", encoding="utf-8") as f:
        f.write(stamp)
    return folder, seconds


def shop_files(folder):
    """(path, peer table, comment lines) of every export in folder, in import order."""
    out = []
    for pattern, table, skip in LARGE_SHOP_FILES:
        for path in sorted(glob.glob(os.path.join(folder, pattern))):
            out.append((path, table, skip))
    return out


def remove_workspace(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def add_demo_rules(pvi, workspace):
    for kind, pattern in DEMO_RULES:
        subprocess.run([pvi, "rules", "add", workspace, "--kind", kind, "--pattern", pattern],
                       check=True, stdout=subprocess.DEVNULL)
