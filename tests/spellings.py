"""Hypothesis strategies for names written in several spellings (Schröder, Schroeder, SCHRODER).

A name is made of plain letters and "special" letters — an umlaut, ß or an accented e — and each
special letter may be written in any of its spellings, each variant in any case. Shared by the
property tests of folding, search, the duplicate check and import matching.
"""

from __future__ import annotations

from hypothesis import strategies as st

SPELLINGS: dict[str, tuple[str, ...]] = {
    "ä": ("ä", "ae", "a"),
    "ö": ("ö", "oe", "o"),
    "ü": ("ü", "ue", "u"),
    "Ä": ("Ä", "Ae", "A"),
    "Ö": ("Ö", "Oe", "O"),
    "Ü": ("Ü", "Ue", "U"),
    "ß": ("ß", "ss"),
    "é": ("é", "e"),
    "è": ("è", "e"),
    "ê": ("ê", "e"),
}
PLAIN = "bcdfghklmnprstwzaeiou"
CASES = (str, str.lower, str.upper, str.title)

Segment = tuple[bool, str]  # (special?, letters)


def _word() -> st.SearchStrategy[list[Segment]]:
    """A word of 3 to 12 letters with at least one special letter."""
    plain = st.text(PLAIN, min_size=1, max_size=4).map(lambda text: (False, text))
    special = st.sampled_from(sorted(SPELLINGS)).map(lambda letter: (True, letter))
    return st.lists(st.one_of(plain, special), min_size=2, max_size=5).filter(
        lambda segments: any(is_special for is_special, _ in segments)
    )


@st.composite
def spelled_words(draw: st.DrawFn, count: int = 2) -> tuple[list[str], list[list[str]]]:
    """`count` words as written first, and four to six other spellings of all of them."""
    words = [draw(_word()) for _ in range(count)]
    as_written = ["".join(letters for _, letters in word) for word in words]
    variants = []
    for _ in range(draw(st.integers(4, 6))):
        case = draw(st.sampled_from(CASES))
        spelled = []
        for word in words:
            pieces = [
                draw(st.sampled_from(SPELLINGS[letters])) if is_special else letters
                for is_special, letters in word
            ]
            spelled.append(case("".join(pieces)))
        variants.append(spelled)
    return as_written, variants


def spelled_names() -> st.SearchStrategy[tuple[str, list[str]]]:
    """A full name and other spellings of it, as single strings."""
    return spelled_words(2).map(
        lambda drawn: (" ".join(drawn[0]), [" ".join(words) for words in drawn[1]])
    )
