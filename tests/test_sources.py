"""Every claim carries its true source: an article mark quotes the article word for word (only
whitespace and quote marks folded), a research mark names a study the catalogue doc lists, and
every exercise, version, dose, cue, target, kit item, advice line and run rule is marked."""

import re

import pytest

from skill.catalog import EXERCISES, VERSIONS, Equipment
from skill.catalog.model import STUDIES
from skill.catalog.sources import DOC_PATH, marks, normalized
from tests.article import article_text

MARKS = marks()


@pytest.mark.parametrize("mark", [m for m in MARKS if m.source.kind == "article"],
                         ids=lambda m: f"{m.subject}: {m.claim}")
def test_every_article_mark_is_the_articles_own_words(mark):
    assert normalized(mark.source.basis) in article_text(), mark


def test_words_an_ours_mark_quotes_from_the_article_are_there():
    text = article_text()
    for mark in MARKS:
        if mark.source.kind == "ours":
            for quoted in re.findall(r'"([^"]+)"', mark.source.basis):
                assert normalized(quoted) in text, mark


def test_every_mark_is_one_of_three_and_research_names_a_listed_study():
    doc = DOC_PATH.read_text()
    for mark in MARKS:
        assert mark.source.kind in ("article", "research", "ours"), mark
        if mark.source.kind == "research":
            assert mark.source.basis in STUDIES and STUDIES[mark.source.basis] in doc, mark
        if mark.source.kind == "article":
            assert mark.source.basis, mark


def test_every_exercise_version_and_kit_item_is_marked():
    subjects = {(m.subject, m.claim) for m in MARKS}
    for entry in EXERCISES:
        claims = {c for s, c in subjects if s == entry.name}
        assert {"exercise", "cues", "dose"} <= claims, entry.id
        assert claims & {"targets", "what it reveals"}, entry.id
    for exercise_id, versions in VERSIONS.items():
        for other in (versions.easier, versions.harder):
            if other:
                name = next(e.name for e in EXERCISES if e.id == exercise_id)
                assert any(s == name and c.endswith(
                    next(e.name for e in EXERCISES if e.id == other)) for s, c in subjects)
    kit = {s for s, _ in subjects if s.startswith("kit: ")}
    assert kit == {f"kit: {e.value}" for e in Equipment if e is not Equipment.NONE}


def test_the_doc_counts_the_marks_and_never_claims_everything_is_the_articles():
    doc = DOC_PATH.read_text()
    kinds = [m.source.kind for m in MARKS]
    assert (f"{len(MARKS)} marks: {kinds.count('article')} article, "
            f"{kinds.count('research')} research, {kinds.count('ours')} ours") in doc
    assert kinds.count("ours") and kinds.count("article") and kinds.count("research")
    assert "Every exercise, drill and test comes from the source article" not in doc
    assert "stop on pain is the article's" not in doc


def test_the_easier_versions_the_article_does_not_give_are_ours():
    given = {"straddle_rocking_easier", "banded_clamshells_easier", "kneeling_hip_flexor"}
    for versions in VERSIONS.values():
        if versions.easier and versions.easier not in given:
            assert versions.easier_source.kind == "ours", versions
    by_id = {e.id: e for e in EXERCISES}
    assert by_id["goblet_squat"].cues_source.kind == "ours"  # the kettlebell
    assert by_id["couch_stretch"].dose.source.kind == "ours"


def test_every_line_the_coach_says_is_in_our_own_words():
    """Facts carry over from the article, its sentences do not: no line of the locale table
    shares a run of eight words with it (a list of props may share fewer)."""
    from skill.voice.locale_en import TEXT

    def words(text: str) -> list[str]:
        return re.findall(r"[a-z0-9']+", normalized(text).lower())

    source = words(article_text())
    runs = {tuple(source[i:i + 8]) for i in range(len(source) - 7)}
    copied = []
    for key, value in TEXT.items():
        for text in value if isinstance(value, list) else [value]:
            said = words(text)
            copied += [(key, " ".join(said[i:i + 8])) for i in range(len(said) - 7)
                       if tuple(said[i:i + 8]) in runs]
    assert copied == []
