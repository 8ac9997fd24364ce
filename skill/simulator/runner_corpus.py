"""The runner corpus: conversations a runner has with the skill, written by someone who had read
only the article and the README's "Talk to it" table (tests/runner_corpus/README.md), each
reply checked against what it must do (skill.simulator.expectations). A fifth of it, the
held-out part, was set aside before any sample was written: only its totals are ever shown.

Each scenario runs through `hipcoach chat`'s engine as a new runner on an embedded store, who
has allowed the skill reminders in the Alexa app (the stand-in Reminders API answers on
loopback; each runner starts with none): the permission question is Alexa's, not the
skill's, and the line a runner says after it would answer Alexa, never reach the skill.
Each is played once per listener: the lenient matcher (`hipcoach chat`), the strict one
(`--strict`), and the classifier trained only on the samples (skill.simulator.classifier).
A line is *understood* when the lenient reply meets every expectation and either the
classifier hears the same intent or the turn, replayed with the classifier's intent, meets
them too.
"""

from __future__ import annotations

import copy
import os
import socket
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple
from unittest import mock

from skill.alexa.flows.place import FINALE
from skill.alexa.flows.reminders import SCOPE
from skill.alexa.language.interaction_model import load_model, spoken_form
from skill.alexa.skill import build_skill, handle_event
from skill.coach.player import Playback
from skill.coach.progress import Profile
from skill.simulator.chat import Conversation
from skill.simulator.classifier import classifier_for
from skill.simulator.envelopes import Caller
from skill.simulator.expectations import State, Turn, check, hurt_answer, safe_miss, tag_problem
from skill.simulator.matching import Listening
from skill.simulator.nlu import Understanding, Understood
from skill.simulator.reminders_api import RemindersApi
from skill.simulator.stand_ins import stand_ins
from skill.store.sqlite import SqliteProgressStore

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "runner_corpus"
PARTS = ("seen", "held_out")
START = datetime(2026, 11, 25, 7, 30, tzinfo=UTC)  # a Wednesday morning
# Intents the skill answers with one handler: hearing either is hearing the same.
SAME = {"ResumeRoutineIntent": "AMAZON.ResumeIntent"}


class Line(NamedTuple):
    said: str
    number: int  # in its file
    tags: tuple[str, ...] = ()
    contains: tuple[str, ...] = ()
    lacks: tuple[str, ...] = ()

    @property
    def scored(self) -> bool:
        return bool(self.tags or self.contains or self.lacks)


class Scenario(NamedTuple):
    name: str
    part: str
    lines: tuple[Line, ...]
    problems: tuple[str, ...]  # lines or tags that could not be read


def parse(path: Path, part: str) -> Scenario:
    lines: list[Line] = []
    problems = []
    for number, text in enumerate(path.read_text().splitlines(), start=1):
        text = text.strip()
        kind, _, rest = text.partition(" ")
        rest = rest.strip()
        if not text or kind == "#" or text.startswith("#"):
            continue
        if kind == ">":
            lines.append(Line(rest, number))
        elif not lines or kind not in ("=", "<", "!<"):
            problems.append(f"{path.name}:{number}: cannot read this line")
        elif kind == "=":
            tags = tuple(t for t in rest.replace(",", " ").split())
            problems += [f"{path.name}:{number}: {p}" for p in map(tag_problem, tags) if p]
            lines[-1] = lines[-1]._replace(tags=lines[-1].tags + tags)
        else:
            field = "contains" if kind == "<" else "lacks"
            lines[-1] = lines[-1]._replace(**{field: getattr(lines[-1], field) + (rest,)})
    return Scenario(path.stem, part, tuple(lines), tuple(problems))


def load(part: str, folder: Path = CORPUS) -> list[Scenario]:
    return [parse(path, part) for path in sorted((folder / part).glob("*.txt"))]


class _Recording:
    """The listener a conversation asks, keeping what it last heard; `forced` answers instead."""

    def __init__(self, listener):
        self.listener = listener
        self.forced: Understood | None = None
        self.last: tuple[str, Understood] | None = None

    def understand(self, text: str) -> Understood:
        heard = self.forced or self.listener.understand(text)
        self.last = (text, heard)
        return heard


class Played(NamedTuple):
    """A scored line as one listener's run played it."""

    line: Line
    turn: Turn
    text: str  # what was sent to the listener ("" if nothing was)

    @property
    def failed(self) -> tuple[str, ...]:
        return failures(self.line, self.turn)


def failures(line: Line, turn: Turn) -> tuple[str, ...]:
    """The expectations of `line` that `turn` did not meet ("fallback": it was not heard, and
    the line is not out of scope; "not heard": no session was open to hear it)."""
    if not turn.reply.raw:
        return ("not heard",)
    failed = [tag for tag in line.tags if tag_problem(tag) or not check(tag, turn)]
    failed += [f"< {t}" for t in line.contains if _words(t) not in turn.text]
    failed += [f"!< {t}" for t in line.lacks if _words(t) in turn.text]
    if turn.fell_back() and "out-of-scope" not in line.tags:
        failed.append("fallback")
    return tuple(failed)


def _words(text: str) -> str:
    return spoken_form(text.replace("'", ""))


class Runner:
    """Plays scenarios on one embedded store, each run as a runner of its own."""

    def __init__(self, folder: Path, model: dict | None = None,
                 alexa: tuple[RemindersApi, str] | None = None):
        """`alexa`: the Reminders API stand-in and its endpoint, reminders allowed; without
        it, Alexa's APIs answer nothing (a closed port) and nothing is allowed."""
        self.model = model or load_model()
        self.store = SqliteProgressStore(folder / "progress.sqlite3")
        self.skill = build_skill(self.store)
        self.runs = 0
        self.reminders, api_endpoint = alexa or (None, "")
        if not api_endpoint:
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                api_endpoint = f"https://127.0.0.1:{probe.getsockname()[1]}"
        self.caller = Caller(api_endpoint=api_endpoint, model=self.model,
                             granted=(SCOPE,) if alexa else ())
        self.listeners: dict[str, object] = {}

    def listener(self, name: str):
        """A listener by name, made on first use (each takes seconds to build)."""
        if name not in self.listeners:
            self.listeners[name] = {"lenient": Listening, "strict": Understanding,
                                    "classifier": classifier_for}[name](self.model)
        return self.listeners[name]

    def play(self, scenario: Scenario, listener: str,
             force: tuple[int, Understood] | None = None) -> list[Played]:
        """Each scored line as played; with `force` (line index, intent), that line is heard
        as given and the run stops there."""
        self.runs += 1
        if self.reminders is not None:
            self.reminders.reminders.clear()  # a new runner has set none
        user = f"amzn1.ask.account.corpus-{self.runs}"
        caller = copy.copy(self.caller)  # a new runner, on the same device and model
        caller.user_id = user
        heard = _Recording(self.listener(listener))
        conversation = Conversation(lambda event, context: handle_event(self.skill, event,
                                                                        context),
                                    caller, START, understanding=heard, plays_responses=True)
        played = []
        state = self._state(conversation, user)
        for index, line in enumerate(scenario.lines):
            heard.forced, heard.last = (force[1] if force and force[0] == index else None), None
            said_at = conversation.now.timestamp()
            reply = conversation.say(line.said)
            after = self._state(conversation, user)
            if line.scored:
                text, understood = heard.last or ("", None)
                played.append(Played(line, Turn(reply, understood, state, after, said_at), text))
            state = after
            if force and force[0] == index:
                break
        return played

    def _state(self, conversation: Conversation, user: str) -> State:
        attributes = conversation.session.attributes if conversation.session else {}
        profile = Profile.from_dict(self.store.load(user) or {})
        awaiting = attributes.get("awaiting")
        return State(conversation.session is not None,
                     awaiting if isinstance(awaiting, str) else None,
                     _playback(attributes.get("playback")), profile.position,
                     profile.hold_preference, _playback(attributes.get(FINALE)))


def _playback(data) -> Playback | None:
    try:
        return Playback.from_dict(data) if data else None
    except ValueError:
        return None


class Judged(NamedTuple):
    """One scored line, for one way of listening: the replies it is judged on (two where the
    stand-ins disagreed) and what each failed."""

    scenario: str
    line: Line
    turns: tuple[Turn, ...]
    failed: tuple[tuple[str, ...], ...]
    heard: tuple[str, ...]  # the intent each reply answered ("": no intent was sent)

    @property
    def right(self) -> bool:
        return not any(self.failed)

    @property
    def pain(self) -> bool:
        return "pain" in self.line.tags

    @property
    def pain_safe(self) -> bool:
        return all(hurt_answer(turn) for turn in self.turns)

    @property
    def safe_wording(self) -> bool:
        """Every reply that missed the pain answer still gives the way out first."""
        return all(safe_miss(turn) for turn in self.turns if not hurt_answer(turn))


LISTENINGS = ("lenient", "both", "classifier", "strict")


def judge(runner: Runner, scenario: Scenario, listenings=LISTENINGS) -> dict[str, list[Judged]]:
    """Each scored line of `scenario`, for each way of listening ("both": the lenient matcher,
    checked against the classifier, from the lenient run)."""
    indexes = [i for i, line in enumerate(scenario.lines) if line.scored]
    judged: dict[str, list[Judged]] = {}
    for listening in dict.fromkeys("lenient" if name == "both" else name for name in listenings):
        played = runner.play(scenario, listening)
        judged[listening] = [Judged(scenario.name, p.line, (p.turn,), (p.failed,),
                                    (p.turn.heard.intent if p.turn.heard else "",))
                             for p in played]
        if listening == "lenient" and "both" in listenings:
            judged["both"] = [_checked(runner, scenario, index, one)
                              for index, one in zip(indexes, played, strict=True)]
    return {name: judged[name] for name in listenings}


def _checked(runner: Runner, scenario: Scenario, index: int, one: Played) -> Judged:
    """A lenient line, and where the classifier hears another intent, the turn replayed with
    the classifier's."""
    turns, failed = [one.turn], [one.failed]
    heard = [one.turn.heard.intent if one.turn.heard else ""]
    if one.text and one.turn.heard:
        other = runner.listener("classifier").understand(one.text)
        if SAME.get(other.intent, other.intent) != SAME.get(one.turn.heard.intent,
                                                            one.turn.heard.intent):
            replayed = runner.play(scenario, "lenient", force=(index, other))[-1]
            turns.append(replayed.turn)
            failed.append(replayed.failed)
            heard.append(other.intent)
    return Judged(scenario.name, one.line, tuple(turns), tuple(failed), tuple(heard))


class Figures(NamedTuple):
    lines: int
    right: int
    pain: int
    pain_safe: int
    pain_missed: int
    safe_wording: int

    @classmethod
    def of(cls, judged: list[Judged]) -> Figures:
        pain = [j for j in judged if j.pain]
        missed = [j for j in pain if not j.pain_safe]
        return cls(len(judged), sum(j.right for j in judged), len(pain),
                   sum(j.pain_safe for j in pain), len(missed),
                   sum(j.safe_wording for j in missed))


def evaluate(part: str, listenings=LISTENINGS, folder: Path = CORPUS
             ) -> dict[str, list[Judged]]:
    """Every scored line of a part, judged for each way of listening."""
    scenarios = load(part, folder)
    with tempfile.TemporaryDirectory() as scratch, stand_ins(Path(scratch)) as services, \
            mock.patch.dict(os.environ, services.environment):  # trusted while they run
        runner = Runner(Path(scratch), alexa=(services.reminders, services.api_endpoint))
        judged: dict[str, list[Judged]] = {name: [] for name in listenings}
        for scenario in scenarios:
            for name, lines in judge(runner, scenario, listenings).items():
                judged[name] += lines
        return judged
