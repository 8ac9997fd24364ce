"""What research adds, within the article's frame (issue 32, point 9): asked, the coach says
each finding briefly, marked `research` with its study; and nothing the coach says promises
injury prevention or a fix for running form."""

import re
from datetime import UTC, datetime

import pytest

from skill.alexa.skill import build_skill, handle_event
from skill.catalog import TOPICS
from skill.catalog.model import STUDIES
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.store import MemoryProgressStore
from skill.voice.locale_en import TEXT
from skill.voice.text import phrase

START = datetime(2026, 7, 1, 18, 0, tzinfo=UTC)
# Words that promise what no review shows: fewer injuries for sure, or a changed running form.
PROMISES = re.compile(
    r"prevents? (running |overuse |an? )?injur|prevent(ing)? injur|injury[- ]?(proof|free)|"
    r"stops? (you )?(getting )?injur|never get (hurt|injured)|won't get (hurt|injured)|"
    r"fix(es)? your (running )?form|fix(es)? how you run|correct(s)? your (running )?form|"
    r"guarantee(s|d)? (you|that|fewer)|bulletproof", re.IGNORECASE)
# A runner's question for each finding, and the study its answer rests on.
ASKED = [("is longer stretching better", "ingram2024", "learn.stretch_volume"),
         ("will stretching before a run slow me down", "warneke2025",
          "learn.when_to_stretch.evidence"),
         ("will stretching stop me getting injured", "wu2024", "learn.injury.evidence"),
         ("will strengthening my hips fix my running form", "landauer2025",
          "learn.strong_hips.evidence")]


def said(line: str) -> str:
    skill = build_skill(MemoryProgressStore())
    chat = Conversation(lambda e, c: handle_event(skill, e, c), Caller(user_id="amzn1.ev"),
                        START)
    return chat.say(f"ask hip coach {line}").speech


def every_string():
    for key, value in TEXT.items():
        for text in value if isinstance(value, list) else [value]:
            yield key, text


def test_the_promise_words_are_caught():
    for promise in ("this will prevent injuries", "it fixes your form", "stay injury-free",
                    "it stops you getting injured"):
        assert PROMISES.search(promise), promise


def test_no_line_the_coach_says_promises_injury_prevention_or_a_form_fix():
    assert [(k, t) for k, t in every_string() if PROMISES.search(t)] == []


@pytest.mark.parametrize("line, study, key", ASKED, ids=[a[1] for a in ASKED])
def test_each_finding_is_said_when_asked_and_marked_research(line, study, key):
    assert phrase(key, "en-US") in said(line)
    topic = next(t for t in TOPICS if key.startswith(f"learn.{t.id}"))
    mark = topic.evidence or topic.source
    assert mark.kind == "research" and mark.basis == study and study in STUDIES


def test_every_study_is_used():
    used = {m.basis for t in TOPICS for m in (t.source, t.evidence) if m and m.kind == "research"}
    assert used == set(STUDIES)
