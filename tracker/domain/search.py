"""Search as the rep types: turning typed text into an FTS5 query, phone prefixes and snippets.

The index holds every document in its one spelling (`tracker.domain.names.fold_name`), so the
typed words are folded the same way: "Muller", "Mueller" and "Müller" are one query, and each
finds all three spellings; "Strasse" finds "Straße". Every word is a prefix, and all words must
match.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import phonenumbers

from tracker.domain.names import fold_name, name_words

MIN_PHONE_DIGITS = 4
_WORD = re.compile(r"[^\W_]+")  # words as the index splits them
_PHONE_TEXT = re.compile(r"^[\d\s+()/.\-]+$")
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


def typed_words(text: str) -> list[str]:
    """The folded words of typed text, in order, without repeats ("Mü ha" → ["mu", "ha"])."""
    return list(dict.fromkeys(name_words(text)))


def query_words(text: str) -> list[str]:
    """The words that go into the query: a lone letter after other words is left out until the
    rep types its second letter (one letter matches too much to narrow anything down)."""
    typed = typed_words(text)
    longer = [word for word in typed if len(word) > 1]
    return longer if longer else typed


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression: every typed word, folded, as a prefix; None if no words.

    Folded words are plain letters and digits, so quoting them is all the escaping FTS5 needs.
    """
    terms = [f'"{word}"*' for word in query_words(text)]
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


def snippet(text: str, prefixes: Sequence[str], *, width: int = 80) -> str:
    """A stretch of `text` around the first word that starts with one of the folded `prefixes`
    (from typed_words), matches marked.

    Marks are MARK_START/MARK_END around each matching word; the UI turns them into bold text
    and `plain_snippet()` drops them.
    """
    text = " ".join(text.split())
    if not text:
        return ""
    found: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        word = fold_name(match.group())
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
