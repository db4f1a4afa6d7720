#!/usr/bin/env python3
"""Fills resources/translations/pvi_plurals_en.ts: the English singular and plural of every
message written with a count (tr("%Ln order(s)", nullptr, n)).

Qt writes such a message's source text once, with "(s)"; the English forms come from a plural-only
translation like any other language's. update_ts.sh makes the file with `lupdate -pluralonly`;
this script fills each <numerusform> pair: the "(s)" words lose it in the singular and keep an
"s" in the plural, and the verbs that follow a count agree ("have" / "has"). A form already
filled by hand is kept. Run: tools/translations/english_plurals.py
"""
import pathlib
import re
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "pvi_plurals_en.ts"

# Words whose singular is not the "(s)" rule's, and the verbs that agree with a count.
SINGULAR_FIXES = [
    (r"\bhave\b", "has"),
    (r"\bcount as guests\b", "counts as a guest"),
    (r"\bwere\b", "was"),
    (r"\bare\b", "is"),
]


def singular(text: str) -> str:
    text = re.sub(r"\(s\)", "", text)
    text = text.replace("(es)", "")
    for pattern, replacement in SINGULAR_FIXES:
        text = re.sub(pattern, replacement, text)
    return text


def plural(text: str) -> str:
    return text.replace("(s)", "s").replace("(es)", "es")


def main() -> None:
    tree = ET.parse(TS)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        while len(forms) < 2:
            forms.append(ET.SubElement(translation, "numerusform"))
        if not (forms[0].text and forms[1].text):
            forms[0].text = singular(source)
            forms[1].text = plural(source)
            filled += 1
        translation.attrib.pop("type", None)
    ET.indent(tree)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    # lupdate's own files start with a DOCTYPE; keep it so linguist reads the file as its own.
    text = TS.read_text(encoding="utf-8")
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>",
                        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    TS.write_text(text + ("" if text.endswith("\n") else "\n"), encoding="utf-8")
    print(f"{TS.name}: {filled} messages filled")


if __name__ == "__main__":
    main()
