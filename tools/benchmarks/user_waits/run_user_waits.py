#!/usr/bin/env python3
"""Measures where the user waits, each figure as a ratio against a peer measured in the same run
on the same machine, so the figures travel between machines (see docs/performance.md):

  recompute   `pvi metrics WS --json` against the sqlite3 shell reading once every row the PVIs
              use (target <= 1x)
  cold start  the Overview page's first screenshot against the Data page's (target <= 1.5x)
  report      `pvi report` (every section, the PDF written) against `pvi metrics --json`, the
              recompute it contains
  gui stall   the longest gap between ticks of a 10 ms timer on the window's thread while it
              imports the orders and recomputes every page, and Cancel's delay (target <= 50 ms,
              <= 1 s)
  import      `pvi import` of the large shop against sqlite3's own .import of the same CSV
              files (a lower bound), with its peak memory
  memory      peak RSS of the large shop's recompute (target <= 500 MB) and, with --huge, of a
              10,000,000-line orders import (target <= 150 MB)

on the bundled demo shop and on the generated large shop (tools/large_shop, generated once into
the work folder). Ratios are reported, never asserted: missing a target does not fail the run.
Wall times are medians of --runs runs; imports run once (each needs a fresh workspace).

    python3 tools/benchmarks/user_waits/run_user_waits.py                  # as `make bench`
    python3 tools/benchmarks/user_waits/run_user_waits.py --large-scale 0.1 --runs 1
    python3 tools/benchmarks/user_waits/run_user_waits.py --huge          # + 10M-line import
"""

import argparse
import os
import shutil
import subprocess
import sys

import measure
import shops
import sqlite_peer

MB = 1024.0


class Bench:
    def __init__(self, args):
        self.pvi = os.path.join(args.bin_dir, "pvi")
        self.studio = os.path.join(args.bin_dir, "pvi-studio")
        self.work = args.work_dir
        self.runs = args.runs
        self.sqlite3 = shutil.which("sqlite3")
        if not self.sqlite3:
            sys.exit("sqlite3 is missing: run installer/deps.sh (Debian package sqlite3)")
        for binary in (self.pvi, self.studio):
            if not os.access(binary, os.X_OK):
                sys.exit("%s is missing: build it first (make build)" % binary)
        os.makedirs(self.work, exist_ok=True)

    def path(self, name):
        return os.path.join(self.work, name)

    def recompute(self, label, workspace, rss_target=""):
        """pvi metrics --json against the sqlite3 shell reading every PVI row once."""
        sql = self.path(label + "-read-once.sql")
        with open(sql, "w", encoding="utf-8") as f:
            f.write(sqlite_peer.read_once_sql(workspace))
        engine = measure.median_of(self.runs, [self.pvi, "metrics", workspace, "--json"])
        peer = measure.median_of(self.runs, [self.sqlite3, "-readonly", workspace], stdin_path=sql)
        print("recompute %s: %.2f s, sqlite3 read %.2f s, ratio %.1fx (target <= 1x); "
              "peak RSS %.0f MB%s" % (label, engine.seconds, peer.seconds,
                                      engine.seconds / peer.seconds, engine.peak_kb / MB,
                                      rss_target), flush=True)
        return engine

    def report(self, label, workspace, runs):
        """pvi report (every section, PDF written) against pvi metrics --json, the recompute the
        report cannot do without: the ratio is what loading the pages and writing cost on top."""
        pdf = self.path(label + "-report.pdf")
        made = measure.median_of(runs, [self.pvi, "report", workspace, "--out", pdf])
        recompute = measure.median_of(runs, [self.pvi, "metrics", workspace, "--json"])
        print("report %s: %.2f s, recompute %.2f s, ratio %.1fx; peak RSS %.0f MB"
              % (label, made.seconds, recompute.seconds, made.seconds / recompute.seconds,
                 made.peak_kb / MB), flush=True)

    def gui_stall(self, label, orders):
        """bench_gui_stall: the longest GUI-thread gap while the window imports and recomputes,
        and how fast Cancel stops an import (its own lines, against the 50 ms a user notices)."""
        bench = os.path.join(os.path.dirname(self.pvi), "..", "tools", "benchmarks", "gui_stall",
                             "bench_gui_stall")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
        out = subprocess.run([bench, orders, self.path(label + "-gui-stall")], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        for line in out.stdout.splitlines():
            print("%s (%s)" % (line, label), flush=True)

    def cold_start(self, label, workspace, runs):
        """The Overview's first screenshot against the Data page's, each a fresh process."""
        env = {"QT_QPA_PLATFORM": "offscreen"}
        times = {}
        for page in ("overview", "data"):
            shot = self.path("%s-%s.png" % (label, page))
            times[page] = measure.median_of(
                runs, [self.studio, "--screenshot", shot, "--page", page, workspace], env)
        print("cold start %s: Overview %.2f s, Data page %.2f s, ratio %.1fx (target <= 1.5x)"
              % (label, times["overview"].seconds, times["data"].seconds,
                 times["overview"].seconds / times["data"].seconds), flush=True)

    def import_shop(self, label, folder, with_peer=True, rss_target=""):
        """A fresh workspace holding the shop in folder; prints the import's time and memory
        against sqlite3's .import of the same files. Returns the workspace path."""
        files = shops.shop_files(folder)
        workspace = self.path(label + ".pvi")
        shops.remove_workspace(workspace)
        subprocess.run([self.pvi, "init", workspace], check=True, stdout=subprocess.DEVNULL)
        engine = measure.run([self.pvi, "import", workspace] + [f[0] for f in files])
        line = "import %s: %.1f s, peak RSS %.0f MB%s" % (label, engine.seconds,
                                                          engine.peak_kb / MB, rss_target)
        if with_peer:
            peer_db = self.path(label + "-sqlite-import.db")
            shops.remove_workspace(peer_db)
            script = self.path(label + "-import.sql")
            with open(script, "w", encoding="utf-8") as f:
                f.write(sqlite_peer.import_script(files))
            with open(script, encoding="utf-8") as stdin:
                peer = measure.run([self.sqlite3, peer_db], stdin=stdin)
            shops.remove_workspace(peer_db)
            line += ", sqlite3 .import %.1f s, ratio %.1fx (lower bound)" % (
                peer.seconds, engine.seconds / peer.seconds)
        print(line, flush=True)
        shops.add_demo_rules(self.pvi, workspace)
        return workspace


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin-dir", default="build/dev/app", help="where pvi and pvi-studio are")
    ap.add_argument("--work-dir", default="build/bench", help="generated shops and workspaces")
    ap.add_argument("--runs", type=int, default=3, help="runs per median (default 3)")
    ap.add_argument("--large-scale", type=float, default=1.0,
                    help="size of the large shop (default 1: 1,000,000 order lines)")
    ap.add_argument("--skip-large", action="store_true", help="the demo shop only")
    ap.add_argument("--large-studio", action="store_true",
                    help="also the Overview/Data cold start on the large shop (slow)")
    ap.add_argument("--huge", action="store_true",
                    help="also import a 10,000,000-line orders export (slow; make bench BENCH_HUGE=1)")
    args = ap.parse_args()
    bench = Bench(args)

    print("== demo shop (pvi demo)", flush=True)
    demo = bench.path("demo.pvi")
    shops.remove_workspace(demo)
    created = measure.run([bench.pvi, "demo", demo])
    print("demo import: %.2f s" % created.seconds, flush=True)
    bench.recompute("demo", demo)
    bench.cold_start("demo", demo, args.runs)
    bench.report("demo", demo, args.runs)
    bench.gui_stall("demo", os.path.join(os.path.dirname(__file__), "..", "..", "..",
                                         "resources", "demo", "orders_export.csv"))

    if not args.skip_large:
        scale = [] if args.large_scale == 1.0 else ["--scale", repr(args.large_scale)]
        folder, generated = shops.generated_shop(
            bench.path("large-shop" + ("" if not scale else "-%g" % args.large_scale)), scale)
        print("== large shop (tools/large_shop %s)%s" % (
            " ".join(scale) or "full size",
            ", generated in %.0f s" % generated if generated else ", cached"), flush=True)
        large = bench.import_shop("large", folder)
        bench.recompute("large", large, " (target <= 500 MB)")
        bench.report("large", large, 1)
        bench.gui_stall("large", os.path.join(folder, "orders_export.csv"))
        if args.large_studio:
            bench.cold_start("large", large, 1)

    if args.huge:
        folder, generated = shops.generated_shop(
            bench.path("huge-shop"), ["--orders-lines", "10000000", "--orders-only"])
        print("== huge orders export (10,000,000 order lines)%s" % (
            ", generated in %.0f s" % generated if generated else ", cached"), flush=True)
        huge = bench.import_shop("huge", folder, with_peer=False, rss_target=" (target <= 150 MB)")
        bench.recompute("huge", huge)
    print("targets: recompute <= 1x, Overview <= 1.5x the Data page, large recompute <= 500 MB, "
          "10M-line import <= 150 MB (reported, not asserted)")


if __name__ == "__main__":
    main()
