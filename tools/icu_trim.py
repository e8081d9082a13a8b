"""Trim the ICU data library of the Linux bundle to the app's languages (31 MB down to 5 MB).

QtCore links ICU, and the Qt wheels ship ICU's whole data library: every locale of the world,
the Chinese/Japanese/Thai word-break dictionaries, the transliterators and some two hundred
legacy code pages. Qt uses ICU for collation, locale-aware case mapping, time-zone display
names and the code pages of QStringConverter beyond UTF and Latin-1; Groundgame speaks English
and German. This keeps, of that data:

- every item that is not per-locale (Unicode properties, normalisation, time-zone rules, the
  likely-subtags and plural tables, the break-iterator rules …);
- per-locale items of the root locale and the app's languages (`en*`, `de*`): other locales fall
  back to the root locale's collation and English names, exactly as ICU does for a locale it
  has no data for;
- the single-byte code pages (windows-1252, ISO-8859-15 …, 0.5 MB together), not the multi-byte
  East Asian ones, nor the dictionaries or transliterators.

How: the data is one symbol (`icudt<N>_dat`) in libicudata.so.<N>. Its bytes are cut out of the
library, ICU's own `icupkg` (Debian's icu-devtools) removes the items, and the GNU assembler
and linker wrap the result into a library with the same soname and symbol. `icupkg` takes the
item-name prefix of the package from the output file name, so that name must be the original
`icudt<N>l.dat`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

# Items kept whatever their size: per-locale trees share these.
SHARED_ITEMS = {"pool.res", "res_index.res", "root.res"}
# A code page smaller than this is a single-byte table; the multi-byte ones are far larger.
SINGLE_BYTE_LIMIT = 12_000
LOCALE_NAME = re.compile(r"^(?P<language>[a-z]{2,3})(_|$)")


def keep(item: str, size: int, languages: set[str]) -> bool:
    """Whether an item of ICU's data package stays (see the module docstring)."""
    tree, _, name = item.rpartition("/")
    if name.endswith(".cnv"):
        return size < SINGLE_BYTE_LIMIT
    if tree == "translit" or name.endswith(".dict"):
        return False
    if not name.endswith(".res") or name in SHARED_ITEMS:
        return True
    match = LOCALE_NAME.match(name[: -len(".res")])
    if match is None:
        return True  # supplementalData.res, zoneinfo64.res, plurals.res …
    return match["language"] in languages


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size (the library holds nothing else)."""
    symbols = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    address, size, name = int(symbols[0], 16), int(symbols[1], 16), symbols[3]
    if not re.fullmatch(r"icudt\d+_dat", name):
        raise RuntimeError(f"{library}: expected one icudt<N>_dat symbol, found {name}")
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in sections.splitlines():
        fields = line.replace("[", " ").replace("]", " ").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            return name, address - section_address + section_offset, size
    raise RuntimeError(f"{library}: no .rodata section")


def find_tool(name: str) -> str | None:
    """A build tool on PATH, or in /usr/sbin (where Debian puts icupkg, off a user's PATH)."""
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")


def tools_missing() -> list[str]:
    return [tool for tool in ("icupkg", "nm", "readelf", "as", "ld") if find_tool(tool) is None]


def trim(library: Path, languages: set[str], work: Path) -> tuple[int, int]:
    """Replace `library` (libicudata.so.<N>) by one holding only the kept items.

    Returns the sizes before and after, in bytes.
    """
    before = library.stat().st_size
    symbol, offset, size = _data_symbol(library)
    icupkg = find_tool("icupkg") or "icupkg"
    stem = symbol.removesuffix("_dat") + "l"  # icudt73l: little-endian ASCII data
    shutil.rmtree(work, ignore_errors=True)
    (work / "in").mkdir(parents=True)
    (work / "out").mkdir()
    whole = work / "in" / f"{stem}.dat"
    with library.open("rb") as source:
        source.seek(offset)
        whole.write_bytes(source.read(size))
    # The items and their sizes: extract them all (a few seconds), then choose.
    items_dir = work / "items"
    items_dir.mkdir()
    subprocess.run(
        [icupkg, "-x", "*", "-d", str(items_dir), str(whole)], check=True, capture_output=True
    )
    listing = subprocess.run(
        [icupkg, "-l", str(whole)], capture_output=True, text=True, check=True
    ).stdout.split()
    removed = [
        item
        for item in listing
        if not keep(item, (items_dir / item).stat().st_size, languages | {"root"})
    ]
    (work / "remove.txt").write_text("\n".join(removed) + "\n", encoding="ascii")
    trimmed = work / "out" / f"{stem}.dat"
    # --ignore-deps: the root break rules name the dictionaries that go; without them ICU
    # breaks Thai, Lao, Khmer, Burmese and CJK text by its rules alone.
    subprocess.run(
        [icupkg, "--ignore-deps", "-r", str(work / "remove.txt"), str(whole), str(trimmed)],
        check=True,
        capture_output=True,
    )
    assembly = work / "icudata.s"
    assembly.write_text(
        "    .section .rodata\n"
        f"    .globl {symbol}\n"
        f"    .type {symbol}, @object\n"
        "    .balign 16\n"
        f"{symbol}:\n"
        f'    .incbin "{trimmed}"\n'
        f"    .size {symbol}, . - {symbol}\n"
        '    .section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    subprocess.run(["as", str(assembly), "-o", str(work / "icudata.o")], check=True)
    built = work / library.name
    subprocess.run(
        ["ld", "-shared", "-soname", library.name, "-o", str(built), str(work / "icudata.o")],
        check=True,
    )
    shutil.copyfile(built, library)
    return before, library.stat().st_size
