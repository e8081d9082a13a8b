"""Translation workflow for the Qt UI (German; English is the source language).

    python tools/i18n.py update            # lupdate the .ts from ui/ and main.py, then lrelease
    python tools/i18n.py missing [-o F]    # list unfinished entries as JSON {context: {source: ""}}
    python tools/i18n.py fill F.json       # write translations from such a JSON file, then release
    python tools/i18n.py merge A.ts …      # take finished translations from other .ts files

`update` keeps existing translations and drops obsolete ones; `fill` marks entries finished.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "groundgame_de.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def _tool(name: str) -> str:
    import PySide6

    base = Path(PySide6.__file__).resolve().parent
    for candidate in (base / name, base / "Qt" / "libexec" / name, base / "Qt" / "bin" / name):
        if candidate.exists():
            return str(candidate)
    scripts = Path(sys.executable).parent / f"pyside6-{name}"
    return str(scripts)


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    return [*files, "main.py"]


def lupdate(ts: Path = TS_FILE, *, extra: list[str] | None = None) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    command = [_tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts)]
    subprocess.run([*command, *(extra or [])], cwd=ROOT, check=True, capture_output=True)
    _set_language(ts)


def lrelease(ts: Path = TS_FILE, qm: Path = QM_FILE) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def _set_language(ts: Path) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "de_DE")
    root.set("sourcelanguage", "en_US")
    _write(tree, ts)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def entries(ts: Path = TS_FILE):  # type: ignore[no-untyped-def]
    """(context, source, translation element, message element) for every message."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.find("translation"), message


def unfinished(ts: Path = TS_FILE) -> dict[str, dict[str, str]]:
    missing: dict[str, dict[str, str]] = {}
    for context, source, translation, _message in entries(ts):
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not (translation.text or translation.findall("numerusform"))
        ):
            missing.setdefault(context, {})[source] = ""
    return missing


def fill(values: dict[str, dict[str, str | list[str]]], ts: Path = TS_FILE) -> int:
    """Write translations (a list for plural forms); returns how many were filled."""
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        wanted = values.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            value = wanted.get(source)
            if not value:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[0]
            count += 1
    _write(tree, ts)
    return count


def finished(ts: Path) -> dict[str, dict[str, str | list[str]]]:
    done: dict[str, dict[str, str | list[str]]] = {}
    for context, source, translation, _message in entries(ts):
        if translation is None or translation.get("type"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        value: str | list[str] = forms if forms else (translation.text or "")
        if value:
            done.setdefault(context, {})[source] = value
    return done


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    missing = sub.add_parser("missing")
    missing.add_argument("-o", "--output")
    fill_cmd = sub.add_parser("fill")
    fill_cmd.add_argument("json_file")
    merge = sub.add_parser("merge")
    merge.add_argument("ts_files", nargs="+")
    args = parser.parse_args()

    if args.command == "update":
        lupdate()
        lrelease()
        count = sum(len(v) for v in unfinished().values())
        print(f"{TS_FILE.relative_to(ROOT)}: {count} unfinished")
    elif args.command == "missing":
        text = json.dumps(unfinished(), ensure_ascii=False, indent=2)
        if args.output:
            Path(args.output).write_text(text + "\n", encoding="utf-8")
        else:
            print(text)
    elif args.command == "fill":
        values = json.loads(Path(args.json_file).read_text(encoding="utf-8"))
        print(f"filled {fill(values)} translations")
        lrelease()
    elif args.command == "merge":
        lupdate()  # first, so messages new in the code are there to receive translations
        total = 0
        for other in args.ts_files:
            total += fill(finished(Path(other)))
        lrelease()
        print(f"merged {total} translations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
