"""One spelling of a name: every spelling variant folds to one key, and prefixes stay prefixes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.spellings import spelled_names
from tracker.domain.names import fold_name, name_key, name_words


def test_german_spellings_fold_to_one_key() -> None:
    """Schröder, Schroeder and Schroder are one name; Straße and Strasse; é and e."""
    assert fold_name("Schröder") == fold_name("Schroeder") == fold_name("SCHRODER") == "schroder"
    assert fold_name("Straße") == fold_name("Strasse") == fold_name("STRASSE") == "strasse"
    assert fold_name("Bäcker") == fold_name("Baecker") == fold_name("Backer")
    assert fold_name("José Hervé") == fold_name("Jose Herve") == fold_name("Josè Hervê")


def test_letters_without_an_accent_to_drop_are_transliterated() -> None:
    """ø, ł, æ, œ and the dotless ı become plain letters; so do names in other scripts."""
    assert fold_name("Søren Łukasz Yılmaz") == "soren lukasz yilmaz"
    assert fold_name("Æbelø") == fold_name("Aebeloe") == "abelo"
    assert fold_name("Дмитрий") == "dmitrii"


def test_false_friends_fold_alike_on_both_sides() -> None:
    """Manuel, Samuel, Michael and Joel lose an e like Mueller does, so they still find
    themselves and their own beginnings; Raoul keeps his letters."""
    for name in ("Manuel", "Samuel", "Michael", "Joel", "Raoul"):
        for end in range(1, len(name) + 1):
            assert fold_name(name).startswith(fold_name(name[:end])), name[:end]
    assert fold_name("Raoul") == "raoul"


def test_words_and_keys_ignore_punctuation() -> None:
    """Hyphens, commas and underscores split words as the search index splits them."""
    assert name_words("Müller-Lüdenscheidt, Jörg") == ["muller", "ludenscheidt", "jorg"]
    assert name_key("  Groß_Müller  ") == "gross muller"
    assert name_key("") == ""


@given(spelled_names())
def test_every_spelling_variant_folds_to_the_same_key(spelled: tuple[str, list[str]]) -> None:
    """Whichever way each umlaut, ß or accent of a name is written, and in whatever case, the
    name folds to one key."""
    name, variants = spelled
    assert {fold_name(variant) for variant in variants} == {fold_name(name)}


@given(st.text())
def test_what_has_been_typed_so_far_folds_to_a_prefix(text: str) -> None:
    """The fold of any beginning of a text is a beginning of the text's fold, so search as you
    type finds a name at every keystroke."""
    folded = fold_name(text)
    for end in range(len(text) + 1):
        assert folded.startswith(fold_name(text[:end]))


@given(st.text())
def test_folding_twice_changes_nothing(text: str) -> None:
    """Folded text is already in its one spelling."""
    assert fold_name(fold_name(text)) == fold_name(text)
