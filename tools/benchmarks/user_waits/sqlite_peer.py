"""The peers measured with the sqlite3 shell on the same workspace and CSV files.

read_once_sql: one aggregate query per table the PVIs read, touching every row and column once
(text by its length, numbers by their sum). The engine must read at least this much, so its
time is a floor for a full recompute; order_lines and experiment_units are not in it because no
PVI reads them (the experiment PVIs read the arms' totals).

import_script: sqlite3's own .import of the same CSV files into fresh tables, no parsing of
dates or money, no customer matching: a lower bound for an import.
"""

import sqlite3

# Every table a PVI query reads (grep FROM/JOIN in model/pvi, model/analytics, model/stats).
PVI_TABLES = [
    "orders", "customers", "customer_records", "email_events", "email_campaigns", "audience",
    "survey_responses", "survey_respondents", "survey_question_choices", "web_pages", "costs",
    "experiments", "experiment_arms", "touchpoints", "conversions", "targets",
    "personalization_rules", "model_parameters", "settings",
]


def read_once_sql(workspace):
    """SQL text for the sqlite3 shell: one SELECT per table, every column read once."""
    db = sqlite3.connect("file:%s?mode=ro" % workspace, uri=True)
    try:
        statements = []
        for table in PVI_TABLES:
            columns = db.execute("SELECT name, type FROM pragma_table_info(?)", (table,)).fetchall()
            if not columns:
                continue
            terms = ["total(%s(%s))" % ("length" if kind.upper() == "TEXT" else "", name)
                     for name, kind in columns]
            statements.append("SELECT '%s', count(*), %s FROM %s;" % (table, ", ".join(terms), table))
        return "\n".join(statements) + "\n"
    finally:
        db.close()


def import_script(files):
    """SQL text for the sqlite3 shell: .import --csv of each file into a table of its kind (the
    first file of a kind creates the table from its header). files: (path, table, comment lines
    to skip) in import order."""
    lines = [".bail on", "PRAGMA journal_mode=WAL;", "PRAGMA synchronous=NORMAL;"]
    created = set()
    for path, table, skip in files:
        # Once the table exists, the header line is data to skip as well.
        n = skip + (1 if table in created else 0)
        lines.append(".import --csv %s'%s' %s" % ("--skip %d " % n if n else "", path, table))
        created.add(table)
    return "\n".join(lines) + "\n"
