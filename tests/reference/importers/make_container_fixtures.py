#!/usr/bin/env python3
"""Writes tests/fixtures/containers/: the Shopify and Typeform fixtures as the files people send.

Python 3 standard library only (zipfile, gzip); the .xlsx parts are written by hand the way Excel
and Google Sheets write them. Fixed timestamps, so the same bytes every time.

- shopify_orders.xlsx: tests/fixtures/shopify/orders_2025_layout/input.csv re-saved by Excel as a
  workbook: one sheet named after the file, text in the shared-string table, numbers as numbers,
  true/false as booleans, "Created at" (with its -0700 offset) left as text as Excel leaves it.
- shopify_orders.csv.gz: the same CSV gzipped; shopify_orders.zip: a zip holding it as
  orders_export_1.csv (Shopify e-mails large exports that way).
- typeform_responses.xlsx: tests/fixtures/surveys/typeform_responses.csv as Typeform's .xlsx
  download: inline strings, scores as numbers, the three "(UTC)" dates as serial numbers in a custom
  `yyyy-mm-dd hh:mm:ss` style (numFmt 164), 1900 date system.
- typeform_responses_1904.xlsx: the same in the 1904 date system (an old Excel for Mac workbook):
  every serial 1,462 smaller.
- dates.xlsx: one sheet of date cells with known answers (serial 45292 is 2024-01-01 in the 1900
  system; built-in formats 14 and 22, a custom format, a time, a plain number).
- corrupt.zip: shopify_orders.zip cut in the middle; bomb.zip: a CSV member of 129 MiB (a header,
  then blanks) that deflates to ~130 KB, over the 128 MiB limit; traversal.zip: a member named
  ../../evil.csv next to a good one; broken_sheet.xlsx: the Shopify workbook with its sheet XML cut
  after row 3's first cell; many_strings.xlsx: a shared-string table declaring 5,000,000 strings;
  far_row.xlsx: the Shopify workbook with one more row numbered 1,712,727,127 (beyond Excel's
  1,048,576 rows; found by fuzz_containers, where it became a billion blank lines).

Usage: make_container_fixtures.py [--out-dir tests/fixtures/containers]
"""
import argparse
import csv
import datetime as dt
import gzip
import io
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.normpath(os.path.join(HERE, "..", "..", "fixtures"))
STAMP = (2026, 1, 5, 12, 0, 0)  # every zip entry's timestamp
NUMBER = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$")

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '</Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    '</Relationships>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '</Relationships>')
# Cell styles (cellXfs by index): 0 General, 1 custom date-time (164), 2 built-in date (14),
# 3 built-in date-time (22), 4 built-in time (21).
STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm:ss"/></numFmts>'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border/></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="21" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '</cellXfs></styleSheet>')


def column_letters(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def serial(text, date1904):
    """A 'YYYY-MM-DD HH:MM:SS' text as an Excel serial number."""
    moment = dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
    base = dt.datetime(1904, 1, 1) if date1904 else dt.datetime(1899, 12, 30)
    delta = moment - base
    return delta.days + delta.seconds / 86400.0


class Workbook:
    """One sheet; cells added row by row as (kind, value, style)."""

    def __init__(self, sheet_name, date1904=False, inline=False):
        self.sheet_name = sheet_name
        self.date1904 = date1904
        self.inline = inline
        self.strings = []
        self.string_index = {}
        self.rows = []

    def add_row(self, cells):
        self.rows.append(cells)

    def _shared(self, text):
        if text not in self.string_index:
            self.string_index[text] = len(self.strings)
            self.strings.append(text)
        return self.string_index[text]

    def sheet_xml(self):
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
               '<sheetData>']
        for r, cells in enumerate(self.rows, start=1):
            out.append('<row r="%d">' % r)
            for c, (kind, value, style) in enumerate(cells):
                if kind == "empty":
                    continue
                ref = "%s%d" % (column_letters(c), r)
                s = ' s="%d"' % style if style else ""
                if kind == "text" and self.inline:
                    out.append('<c r="%s"%s t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                               % (ref, s, escape(value)))
                elif kind == "text":
                    out.append('<c r="%s"%s t="s"><v>%d</v></c>' % (ref, s, self._shared(value)))
                elif kind == "bool":
                    out.append('<c r="%s"%s t="b"><v>%d</v></c>' % (ref, s, 1 if value else 0))
                else:
                    out.append('<c r="%s"%s><v>%s</v></c>' % (ref, s, value))
            out.append("</row>")
        out.append("</sheetData></worksheet>")
        return "".join(out)

    def shared_xml(self):
        items = "".join('<si><t xml:space="preserve">%s</t></si>' % escape(t) for t in self.strings)
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'count="%d" uniqueCount="%d">%s</sst>' % (len(self.strings), len(self.strings), items))

    def workbook_xml(self):
        pr = '<workbookPr date1904="1"/>' if self.date1904 else '<workbookPr defaultThemeVersion="166925"/>'
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '%s<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>'
                % (pr, escape(self.sheet_name, {'"': "&quot;"})))

    def parts(self, sheet_xml=None, shared_xml=None):
        sheet = self.sheet_xml() if sheet_xml is None else sheet_xml
        shared = self.shared_xml() if shared_xml is None else shared_xml
        return [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                ("xl/workbook.xml", self.workbook_xml()),
                ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS), ("xl/styles.xml", STYLES),
                ("xl/sharedStrings.xml", shared), ("xl/worksheets/sheet1.xml", sheet)]


def write_zip(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def excel_cell(value):
    """How Excel stores a CSV value it opens: numbers, booleans, the rest as text."""
    if value == "":
        return ("empty", None, 0)
    if value in ("true", "false"):
        return ("bool", value == "true", 0)
    if NUMBER.match(value) and not (len(value) > 1 and value[0] == "0" and value[1] != "."):
        return ("number", value, 0)
    return ("text", value, 0)


def shopify_workbook():
    rows = read_csv(os.path.join(FIXTURES, "shopify", "orders_2025_layout", "input.csv"))
    book = Workbook("orders_export")
    book.add_row([("text", h, 0) for h in rows[0]])
    for row in rows[1:]:
        book.add_row([excel_cell(v) for v in row])
    return book


def typeform_workbook(date1904):
    rows = read_csv(os.path.join(FIXTURES, "surveys", "typeform_responses.csv"))
    book = Workbook("Responses", date1904=date1904, inline=True)
    header = rows[0]
    book.add_row([("text", h, 0) for h in header])
    for row in rows[1:]:
        cells = []
        for name, value in zip(header, row):
            if name.endswith("(UTC)") and value:
                cells.append(("number", repr(serial(value, date1904)), 1))
            elif NUMBER.match(value):
                cells.append(("number", value, 0))
            else:
                cells.append(("text", value, 0) if value else ("empty", None, 0))
        book.add_row(cells)
    return book


def dates_workbook():
    book = Workbook("Dates")
    book.add_row([("text", "case", 0), ("text", "value", 0)])
    book.add_row([("text", "45292 format 14", 0), ("number", "45292", 2)])
    book.add_row([("text", "45292.5 format 22", 0), ("number", "45292.5", 3)])
    book.add_row([("text", "45658.75 custom", 0), ("number", "45658.75", 1)])
    book.add_row([("text", "0.25 time", 0), ("number", "0.25", 4)])
    book.add_row([("text", "45292 general", 0), ("number", "45292", 0)])
    book.add_row([("text", "59 format 14", 0), ("number", "59", 2)])
    book.add_row([("text", "61 format 14", 0), ("number", "61", 2)])
    return book


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", default=os.path.join(FIXTURES, "containers"))
    out = parser.parse_args().out_dir
    os.makedirs(out, exist_ok=True)
    path = lambda name: os.path.join(out, name)

    shopify = shopify_workbook()
    write_zip(path("shopify_orders.xlsx"), shopify.parts())
    with open(os.path.join(FIXTURES, "shopify", "orders_2025_layout", "input.csv"), "rb") as f:
        shopify_csv = f.read()
    with open(path("shopify_orders.csv.gz"), "wb") as f:
        with gzip.GzipFile(filename="orders_export.csv", mode="wb", fileobj=f, mtime=0) as g:
            g.write(shopify_csv)
    write_zip(path("shopify_orders.zip"), [("orders_export_1.csv", shopify_csv)])

    write_zip(path("typeform_responses.xlsx"), typeform_workbook(False).parts())
    write_zip(path("typeform_responses_1904.xlsx"), typeform_workbook(True).parts())
    write_zip(path("dates.xlsx"), dates_workbook().parts())

    with open(path("shopify_orders.zip"), "rb") as f:
        whole = f.read()
    with open(path("corrupt.zip"), "wb") as f:
        f.write(whole[: len(whole) // 2])
    bomb = io.BytesIO()
    bomb.write(shopify_csv.splitlines(keepends=True)[0])
    bomb.write(b"\n" * (129 * 1024 * 1024))
    write_zip(path("bomb.zip"), [("orders_export_1.csv", bomb.getvalue())])
    write_zip(path("traversal.zip"), [("../../evil.csv", shopify_csv),
                                      ("orders_export_1.csv", shopify_csv)])
    sheet = shopify.sheet_xml()
    cut = sheet.index('<row r="3">')
    cut = sheet.index("</c>", cut) + len("</c>")
    write_zip(path("broken_sheet.xlsx"), shopify.parts(sheet_xml=sheet[:cut] + "<c r=\"B3\"><v>1</c>"))
    far = sheet.replace("</sheetData>",
                        '<row r="1712727127"><c r="A1712727127"><v>1</v></c></row></sheetData>')
    write_zip(path("far_row.xlsx"), shopify.parts(sheet_xml=far))
    many = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'count="5000000" uniqueCount="5000000"><si><t>x</t></si></sst>')
    write_zip(path("many_strings.xlsx"), shopify.parts(shared_xml=many))


if __name__ == "__main__":
    main()
