"""Conversations written as text files, run through `hipcoach chat`'s engine.

In tests/transcripts/*.txt:
    > what the runner says (or "(wait 90)", "(silence)", "exit")
    < text the reply must contain (case-insensitive)
    !< text the reply must not contain
    # a comment
Every transcript runs as a new user against a fresh SQLite store, so resuming in a new session
goes through the embedded default store.
"""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from skill.alexa.skill import build_skill, handle_event
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.store.sqlite import SqliteProgressStore

TRANSCRIPTS = sorted((Path(__file__).parent / "transcripts").glob("*.txt"))
START = datetime(2026, 11, 25, 7, 30, tzinfo=UTC)


def parse(path: Path) -> list[tuple[str, list[str], list[str]]]:
    turns: list[tuple[str, list[str], list[str]]] = []
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if line.startswith("> "):
            turns.append((line[2:], [], []))
        elif line.startswith("< "):
            turns[-1][1].append(line[2:])
        elif line.startswith("!< "):
            turns[-1][2].append(line[3:])
        elif line.strip() and not line.startswith("#"):
            raise ValueError(f"{path.name}:{number}: cannot read {line!r}")
    return turns


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda p: p.stem)
def test_transcript(path, tmp_path):
    skill = build_skill(SqliteProgressStore(tmp_path / "progress.sqlite3"))
    conversation = Conversation(lambda event, context: handle_event(skill, event, context),
                                Caller(user_id=f"amzn1.ask.account.{path.stem}"), start=START)
    turns = parse(path)
    assert turns, f"{path.name} has no turns"
    for said, expected, unwanted in turns:
        reply = conversation.say(said).render()
        for text in expected:
            assert text.lower() in reply.lower(), f"> {said}\nexpected {text!r} in:\n{reply}"
        for text in unwanted:
            assert text.lower() not in reply.lower(), f"> {said}\nunexpected {text!r} in:\n{reply}"


def test_transcripts_exist_for_the_required_behaviours():
    names = {p.stem for p in TRANSCRIPTS}
    assert {"one_shot_start", "full_post_run", "pause_and_resume_next_day", "stretch_info",
            "unmatched_stretch", "help", "stop", "forget_me"} <= names
