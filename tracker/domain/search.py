"""Search as the rep types: turning typed text into an FTS5 query, phone prefixes and snippets.

The index folds case and diacritics (unicode61 remove_diacritics 2), so "Muller" finds "Müller"
and the reverse. German spells umlauts out too — "Mueller" for "Müller", "Strasse" for "Straße" —
so each typed word also matches its folded spelling (ue → u, oe → o, ae → a, ss → ß). Every word is
a prefix, and all words must match.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

import phonenumbers

MIN_PHONE_DIGITS = 4
_WORD = re.compile(r"\w+", re.UNICODE)
_PHONE_TEXT = re.compile(r"^[\d\s+()/.\-]+$")
_TRANSLITERATIONS = (("ae", "a"), ("oe", "o"), ("ue", "u"))
MARK_START, MARK_END = "\x02", "\x03"


class HitKind(StrEnum):
    CONTACT = "contact"
    ACCOUNT = "account"
    NOTE = "note"


@dataclass(frozen=True)
class SearchHit:
    """One search result; `contact_id` is who to open for a note (None for account notes)."""

    kind: HitKind
    id: str
    name: str
    account: str | None
    snippet: str
    contact_id: str | None = None
    account_id: str | None = None

    def plain_snippet(self) -> str:
        """The snippet without its match marks."""
        return self.snippet.replace(MARK_START, "").replace(MARK_END, "")


def fold(text: str) -> str:
    """Lower case without diacritics, as the index stores words (ß stays ß, as in the index)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The words of typed text in lower case (umlauts kept), in order, without repeats."""
    return list(dict.fromkeys(word.lower() for word in _WORD.findall(text)))


def spellings(word: str) -> list[str]:
    """The folded spellings a typed word may have in the index, the word's own first.

    "müller" → ["muller", "mueller"]; "mueller" → ["mueller", "muller"]; "strasse" →
    ["strasse", "straße"]; "groß" → ["groß", "gross"].
    """
    lowered = word.lower()
    variants = [fold(lowered)]
    spelled_out = lowered.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    variants.append(fold(spelled_out))
    contracted = fold(lowered)
    for spelled, umlaut in _TRANSLITERATIONS:
        contracted = contracted.replace(spelled, umlaut)
    variants.append(contracted)
    for variant in list(variants):
        variants.append(variant.replace("ss", "ß"))
        variants.append(variant.replace("ß", "ss"))
    return list(dict.fromkeys(variants))


def query_words(text: str) -> list[str]:
    """The words that go into the query: a lone letter after other words is left out until the
    rep types its second letter (one letter matches too much to narrow anything down)."""
    typed = words(text)
    longer = [word for word in typed if len(word) > 1]
    return longer if longer else typed


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression: every typed word as a prefix, in any spelling; None if no words."""
    terms = []
    for word in query_words(text):
        options = [f'"{variant}"*' for variant in spellings(word)]
        terms.append(options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")")
    return " AND ".join(terms) if terms else None


def title_query(text: str) -> str | None:
    """The same query restricted to the title column (names), for very common words."""
    query = fts_query(text)
    return None if query is None else "{title} : (" + query + ")"


def looks_like_phone(text: str) -> bool:
    """Digits (and phone punctuation) only, enough of them to be worth a number look-up."""
    return (
        bool(_PHONE_TEXT.match(text.strip())) and len(re.sub(r"\D", "", text)) >= MIN_PHONE_DIGITS
    )


def phone_prefixes(text: str, region: str) -> list[str]:
    """E.164 prefixes the typed digits can mean, or [] when the text is not a phone number.

    "0151 23" in Germany → ["+4915123"]; "+44 20" → ["+4420"]; "4915123" → ["+4915123",
    "+494915123"] (with or without the country code).
    """
    if not looks_like_phone(text):
        return []
    digits = re.sub(r"\D", "", text)
    stripped = text.strip()
    if stripped.startswith("+"):
        return [f"+{digits}"]
    if digits.startswith("00"):
        return [f"+{digits[2:]}"]
    code = phonenumbers.country_code_for_region(region.upper()) or 0
    if digits.startswith("0"):
        return [f"+{code}{digits[1:]}"] if code else []
    options = [f"+{digits}"]
    if code:
        options.append(f"+{code}{digits}")
    return options


def snippet_prefixes(terms: list[str]) -> tuple[str, ...]:
    """The folded word beginnings a snippet marks for these typed words (work this out once)."""
    return tuple(dict.fromkeys([*(v for term in terms for v in spellings(term)), *terms]))


def snippet(
    text: str, terms: list[str], *, width: int = 80, prefixes: tuple[str, ...] | None = None
) -> str:
    """A stretch of `text` around the first typed word it contains, matches marked.

    Marks are MARK_START/MARK_END around each matching word; the UI turns them into bold text
    and `plain_snippet()` drops them. Pass `prefixes` (from snippet_prefixes) for many snippets.
    """
    text = " ".join(text.split())
    if not text:
        return ""
    if prefixes is None:
        prefixes = snippet_prefixes(terms)
    found: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        word = fold(match.group())
        if any(word.startswith(prefix) for prefix in prefixes):
            found.append(match.span())
    start = 0
    if found and found[0][0] > width // 3:
        start = text.rfind(" ", 0, found[0][0] - width // 3) + 1
    end = min(len(text), start + width)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    pieces, position = [], start
    for begin, finish in found:
        if begin < start or finish > end:
            continue
        pieces.append(text[position:begin])
        pieces.append(MARK_START + text[begin:finish] + MARK_END)
        position = finish
    pieces.append(text[position:end])
    return ("…" if start > 0 else "") + "".join(pieces) + ("…" if end < len(text) else "")
