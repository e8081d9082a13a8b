"""One spelling of a name: the key under which every way of writing a name is compared.

A rep types "Schroder" for Schröder, a spreadsheet says "Schroeder", a card says "SCHRÖDER";
"Straße" arrives as "Strasse", "José" as "Jose". `fold_name` maps all of them to one spelling,
and search (index and query), the duplicate rules and import matching compare only folded text:

1. case is folded (`str.casefold`, which also turns ß into ss);
2. accents are dropped (NFKD, combining marks removed: é → e, ü → u, å → a);
3. letters that have no accent to drop are transliterated (ø → o, ł → l, æ → ae, œ → oe,
   ı → i; other scripts to Latin letters, by anyascii);
4. a spelled-out umlaut loses its e: a, o or u followed by e → a, o, u (ae → a, oe → o, ue → u).

Step 4 also shortens words that merely contain such a pair: "Manuel" folds to "manul", "Michael"
to "michal", "Joel" to "jol". That is harmless because both sides of every comparison are folded
— "Manuel" still finds Manuel — and it keeps search as you type working: the fold of what the rep
has typed so far is always a prefix of the fold of the whole name ("Mue" → "mu", "Mueller" →
"muller"). Both properties are tested with hypothesis in tests/tracker/domain/test_names.py.

The search index stores folded text: changing these rules needs a migration that rebuilds it
(as revision 0006 does).
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

_SPELLED_UMLAUT = re.compile(r"(?<=[aou])e+")  # the e's after a, o or u
_WORD = re.compile(r"[^\W_]+")


def fold_name(text: str) -> str:
    """The text in its one spelling: lower case, plain letters, umlauts not spelled out.

    Only letters change; spaces, digits and punctuation stay where they are, so folded text is
    split into words as the original would be.
    """
    text = text.casefold()
    if not text.isascii():
        # Most names need only the Latin letters of the table; the rest is decomposed.
        text = text.translate(_LATIN)
        if not text.isascii():
            text = _decomposed(text)
    return _SPELLED_UMLAUT.sub("", text)


def _decomposed(text: str) -> str:
    """Accents dropped and every other letter in plain Latin letters (steps 2 and 3)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(_plain(ch) for ch in decomposed if not unicodedata.combining(ch))


def _plain(ch: str) -> str:
    """One character of decomposed text in plain lower-case letters (ℍ → h, ø → o, Д → d);
    symbols and punctuation as they are."""
    if ch.isascii():
        return ch.lower()  # compatibility forms decompose to capitals: 𝕬 → A
    if ch.isalnum():
        return anyascii(ch).lower()
    return ch


# Steps 2 and 3 worked out once for the Latin letters with accents (À to ɏ): a name made of
# them is folded by one str.translate. Each character folds on its own, so this is the same.
_LATIN = {code: _decomposed(chr(code)) for code in range(0xC0, 0x250)}


def name_words(text: str) -> list[str]:
    """The folded words of a text, in order (as the search index splits them)."""
    return _WORD.findall(fold_name(text))


def name_key(text: str) -> str:
    """The folded words joined by single spaces ("Müller-Lüdenscheidt, Jörg" → "muller
    ludenscheidt jorg"): the key under which names and company names are compared."""
    return " ".join(name_words(text))
