"""What the bundle keeps of ICU's data: everything shared, the app's languages, small code pages."""

from __future__ import annotations

import pytest

from tools.icu_trim import keep

LANGUAGES = {"en", "de", "root"}


@pytest.mark.parametrize(
    "item",
    [
        "coll/de.res", "coll/de_AT.res", "coll/en_GB.res", "coll/root.res", "coll/ucadata.icu",
        "zone/de_CH.res", "zone/pool.res", "curr/res_index.res", "de.res", "en_US_POSIX.res",
        "supplementalData.res", "zoneinfo64.res", "likelySubtags.res", "plurals.res",
        "brkitr/word.brk", "brkitr/de.res", "nfkc.nrm", "uts46.nrm", "cnvalias.icu",
    ],
)  # fmt: skip
def test_shared_data_and_the_apps_languages_stay(item: str) -> None:
    """Collation, zone names and the rest for English and German, and every shared table."""
    assert keep(item, 50_000, LANGUAGES)


@pytest.mark.parametrize(
    "item",
    [
        "coll/sv.res", "coll/zh.res", "zone/fr.res", "lang/ja.res", "ja.res", "fr_CA.res",
        "brkitr/cjdict.dict", "brkitr/thaidict.dict", "translit/Latin_ASCII.res",
        "translit/root.res",
    ],
)  # fmt: skip
def test_other_locales_dictionaries_and_transliterators_go(item: str) -> None:
    """Other languages fall back to the root locale; dictionaries and transliterators are unused."""
    assert not keep(item, 50_000, LANGUAGES)


def test_single_byte_code_pages_stay_multi_byte_ones_go() -> None:
    """windows-1252 and ISO-8859-15 (a few KB) stay; the East Asian tables (100s of KB) go."""
    assert keep("ibm-5348_P100-1997.cnv", 3_000, LANGUAGES)
    assert not keep("ibm-943_P15A-2003.cnv", 150_000, LANGUAGES)
