"""The article's own questions, asked the way a runner would, reach that section's answer.

The headings are read from the article text itself (its question headings and the headings of
the exercises it describes), so a heading no runner phrasing walks fails here. Each phrasing goes
through the Lambda entry with the chat engine's Alexa-like matching, as `hipcoach chat` hears it."""

from datetime import UTC, datetime

import pytest

from skill.alexa.language.interaction_model import load_model
from skill.alexa.skill import build_skill, handle_event
from skill.catalog import find_exercise
from skill.catalog.sources import COVERAGE, normalized
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.simulator.matching import Listening
from skill.store import MemoryProgressStore
from skill.voice.locale_en import TEXT
from skill.voice.text import phrase
from tests.article import article_text

START = datetime(2026, 7, 1, 18, 0, tzinfo=UTC)
# Lines of the article that are neither a section's question nor an exercise it describes.
NOT_HEADINGS = {"Hip Mobility Stretches to Boost Performance for Trail and Ultra Runners",
                "Enjoying This Article? Get More Free Running Training Tips", "Comments 7"}
# Each heading, the ways a runner asks it, and the answer (a locale key) that section gives.
ASKED = {
    "What muscles are important for hip mobility?": [
        ("what muscles are important for hip mobility", "learn.hip_muscles"),
        ("which muscles make up my hips", "learn.hip_muscles")],
    "Why does good hip mobility matter for runners?": [
        ("why does hip mobility matter for runners", "learn.why_mobility_matters"),
        ("why does good hip mobility matter", "learn.why_mobility_matters"),
        ("why is hip mobility important for runners", "learn.why_mobility_matters")],
    "What's the difference between flexibility and mobility?": [
        ("what's the difference between flexibility and mobility", "learn.flexibility_mobility"),
        ("is mobility the same as flexibility", "learn.flexibility_mobility")],
    "What are the signs of poor hip mobility?": [
        ("what are the signs of poor hip mobility", "learn.tight_hip_signs"),
        ("how do i know if my hips are lacking mobility", "learn.tight_hip_signs")],
    "What are some at-home hip mobility tests?": [
        ("what are some at-home hip mobility tests", "learn.home_tests"),
        ("how can i test my hip mobility at home", "learn.home_tests")],
    "What stretches and exercises improve hip mobility?": [
        ("what stretches and exercises improve hip mobility", "learn.improve_mobility"),
        ("what exercises improve hip mobility", "learn.improve_mobility"),
        ("static or dynamic stretching", "learn.when_to_stretch"),
        ("should i stretch before or after a run", "learn.when_to_stretch")],
    "Can strength training improve hip mobility?": [
        ("can strength training improve hip mobility", "learn.strength_mobility"),
        ("does lifting help my hips", "learn.strength_mobility")],
    "Can hip mobility make a runner faster?": [
        ("can hip mobility make a runner faster", "learn.mobility_speed"),
        ("will hip mobility make me faster", "learn.mobility_speed")],
    "What mobility training tools are best?": [
        ("what mobility training tools are best", "equipment.overall"),
        ("what are the best mobility tools", "equipment.overall")],
}


def headings(text: str) -> list[str]:
    """The article's headings: its question lines, and the short title lines of the exercises
    (no closing full stop, not a list item, an advert or a comment)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    found = [line for line in lines
             if line.endswith("?") or (len(line) < 60 and not line.endswith((".", "!", ":"))
                                       and not line.startswith(("-", "►", "Pingback")))]
    return [normalized(line) for line in found if normalized(line) not in NOT_HEADINGS]


def article_headings() -> list[str]:
    from tests.article import PATH

    article_text()  # skips without the article
    return headings(PATH.read_text())


def ask(line: str) -> str:
    skill = build_skill(MemoryProgressStore())
    caller = Caller(user_id="amzn1.ask.account.headings")
    chat = Conversation(lambda e, c: handle_event(skill, e, c), caller, START,
                        understanding=Listening(load_model()))
    return chat.say(f"ask hip coach {line}").speech


def expected(key: str) -> str:
    """The answer's words as spoken (the kit answer's list filled in by the handler)."""
    return str(TEXT[key]).split("{")[0].strip()


def test_every_heading_of_the_article_is_walked():
    walked = set(ASKED) | {h for h in article_headings() if find_exercise(h.lower())}
    assert set(article_headings()) == walked
    sections = {normalized(s) for s, _, _ in COVERAGE if not s.startswith("(")}
    assert {h for h in article_headings() if h.endswith("?")} == sections


@pytest.mark.parametrize("heading, line, key",
                         [(h, line, key) for h, asked in ASKED.items() for line, key in asked],
                         ids=lambda v: v if isinstance(v, str) and " " in v else None)
def test_each_question_heading_reaches_its_sections_answer(heading, line, key):
    assert heading in article_headings()
    assert expected(key) in ask(line)


def test_each_exercise_heading_reaches_how_to_do_it():
    for heading in article_headings():
        entry = find_exercise(heading.lower())
        if entry is None:
            continue
        answer = ask(f"how do i do the {heading.lower()}")
        assert phrase("stretch.how", "en-US", name=entry.name, cues="").strip() in answer, heading
        assert phrase(entry.cue_keys[0], "en-US") in answer, heading
