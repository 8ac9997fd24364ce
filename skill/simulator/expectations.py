"""What a reply must do, for each tag of the runner corpus (tests/runner_corpus/README.md), checked
on what the turn did rather than on whole sentences: the dialog state before and after it
(the routine playing, the step, what the skill asked, the place and hold saved) and which of
the skill's own phrasings (skill.voice.locale_en, by key) the reply holds.

`CHECKS` is the one table from tag to check; `Turn` is one runner line as the checks see it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import NamedTuple

from skill.alexa.flows import check as check_flow
from skill.alexa.flows import dialog
from skill.alexa.language.interaction_model import spoken_form
from skill.catalog import ROUTINES, exercise, routine
from skill.coach.player import Playback, stop_point
from skill.coach.progress import Position
from skill.coach.timeline import HOLD_CHOICES, Timeline
from skill.simulator.chat import Reply
from skill.simulator.nlu import Understood
from skill.voice.locale_en import TEXT
from skill.voice.script import script_for

FALLBACK = "AMAZON.FallbackIntent"
# The corpus names routines as the README does; the catalogue by id.
ROUTINE_IDS = {"post-run": "post_run", "quick": "quick_post_run", "pre-run": "pre_run",
               "strength": "strength", "deep-release": "deep_release", "check": "mobility_check"}
# Words that pretend the skill misheard (wrong for a line it simply does not serve), and words
# that tell the runner to go on (wrong after hurt).
MISHEARD = ("didnt get that", "didnt catch", "missed that", "not getting it",
            "didnt quite get", "not sure what thats about")
GO_ON = ("keep going", "continue", "carry on", "next")
# A health answer says it is not medical advice and names who to ask.
NOT_ADVICE = "medical advice"
WHO_TO_ASK = ("doctor", "physio", "pharmacist", "physiotherapist", "gp", "health professional")
# Questions the skill asks that a yes or no answers (skill.alexa.flows.dialog).
YES_NO = (dialog.RESUME_OFFER, dialog.FORGET_CONFIRM, dialog.CANCEL_REMINDERS)
# Replies that ask for something else before they can answer ("which stretch?", "you're not
# in a routine"): asking back, not answering.
NOT_ANSWERS = ("routine.which", "stretch.which", "stretch.unknown", "advice.which",
               "hold.which_way", "no.nothing_asked", "resume.nothing", "where.none",
               "step.none", "pause.nothing", "which_leg.none", "version.outside")
# What the skill asks for instead of reading a value back: the value itself, a routine, an
# area, or going on.
ASKING_FOR_MORE = (dialog.CONTINUE, dialog.ROUTINE_CHOICE, dialog.HOLD_SECONDS,
                   dialog.AREA_CHOICE)
ASKS_FOR_A_VALUE = ("hold.which_way", "hold.reprompt", "reminder.time", "reminder.past")
# Where a literal part of a phrasing is shorter than this, the phrasing is too short to tell
# apart from other words ("Done.") and is not looked for.
TELLING_CHARS = 10


class State(NamedTuple):
    """The dialog as it stands between two turns."""

    session_open: bool
    awaiting: str | None
    playback: Playback | None
    position: Position | None  # the place saved in the store
    hold: int | None  # the hold preference saved
    # The routine's last response, while it plays (its finish already counted: no playback)
    finale: Playback | None = None


class Turn(NamedTuple):
    """One runner line: what was heard, what came back, and the state either side."""

    reply: Reply
    heard: Understood | None  # None: not sent as an intent (a launch, or no session to hear it)
    before: State
    after: State
    said_at: float  # epoch seconds on the simulated clock

    @property
    def text(self) -> str:
        return spoken_form(" ".join((self.reply.speech, self.reply.reprompt)).replace("'", ""))

    @property
    def speech(self) -> str:
        return spoken_form(self.reply.speech.replace("'", ""))

    def says(self, key_prefix: str) -> bool:
        """Whether the reply holds a phrasing of a locale key starting with `key_prefix`."""
        said = " ".join((self.reply.speech, self.reply.reprompt))
        return any(pattern.search(said) for key, patterns in _phrasings().items()
                   if key.startswith(key_prefix) for pattern in patterns)

    def fell_back(self) -> bool:
        return self.heard is not None and self.heard.intent == FALLBACK


@functools.cache
def _phrasings() -> dict[str, list[re.Pattern]]:
    """Each locale key's phrasings as patterns, their placeholders matching any words."""
    table = {}
    for key, value in TEXT.items():
        patterns = []
        for phrasing in value if isinstance(value, list) else [value]:
            literals = [re.escape(part.strip()) for part in re.split(r"\{\w+\}", phrasing)]
            if max(map(len, literals)) >= TELLING_CHARS:
                patterns.append(re.compile(r".{0,200}?".join(literals), re.I | re.S))
        table[key] = patterns
    return table


def _timeline(playback: Playback) -> Timeline:
    """The routine playing, as the skill plays it (skill.alexa.turn.Turn.timeline)."""
    hold = playback.hold if playback.hold in HOLD_CHOICES else None
    return script_for("en-US").timeline(routine(playback.routine_id), hold, playback.variants)


def _step_now(playback: Playback, when: float) -> int:
    """The step the runner is on at `when`: the one playing, or the one just finished."""
    if playback.over_by(when):
        return playback.step
    return stop_point(_timeline(playback), script_for("en-US"), playback, when).step


def _step_of(playback: Playback) -> int:
    """The step the response sent with `playback` begins at."""
    segments = _timeline(playback).segments
    return segments[min(playback.chunk_start.index, len(segments) - 1)].step


def _sent(turn: Turn) -> bool:
    """Whether the reply plays part of a routine (not a place held while the runner asks)."""
    after, before = turn.after.playback, turn.before.playback
    # A check's test response points its next cursor back at the test (a stop repeats it)
    # while it asks about it: played all the same.
    played = after is not None and (after.next_cursor.index > after.chunk_start.index
                                    or check_flow.asking(turn.after.awaiting) is not None)
    return played and (before is None or before.routine_id != after.routine_id
                       or before.sent_at != after.sent_at)


def _reply_step(turn: Turn, routine_id: str) -> int | None:
    """The step of `routine_id` a new response begins at; for one that played the routine to
    its end (leaving nothing playing), the first of its exercises it names, or, naming none
    (a skip past the last), the step after the last."""
    after = turn.after.playback
    if after is not None:
        return _step_of(after) if after.routine_id == routine_id and _sent(turn) else None
    if not turn.says("coach.finished"):
        return None
    named = [(turn.speech.find(spoken_form(exercise(item.exercise_id).name)), step)
             for step, item in enumerate(routine(routine_id).items)]
    past_the_end = len(routine(routine_id).items)
    return min(((at, step) for at, step in named if at >= 0), default=(0, past_the_end))[1]


def _moved(turn: Turn) -> int | None:
    """How many steps a new response moved from where the runner was: the step playing, or
    where nothing plays (after the pain answer, or a pause) the place saved. None if no
    response of the same routine was sent."""
    before, saved = turn.before.playback or turn.before.finale, turn.before.position
    hurt_test = dialog.pain_test(turn.before.awaiting)
    if before is None and saved is None and hurt_test is not None:  # hurt before a test began
        saved = Position("mobility_check", 0, hurt_test, None, None, 0.0)
    if before is None and saved is not None:
        step = _reply_step(turn, saved.routine_id)
        return None if step is None else step - saved.step
    step = _reply_step(turn, before.routine_id) if before is not None else None
    return None if step is None else step - _step_now(before, turn.said_at)


def past_consent(turn: Turn) -> bool:
    """From the check's question about keeping results, which stands before a test, on to
    that test (played, its own question then asked)."""
    after = turn.after.playback
    return (check_flow.consent_cursor(turn.before.awaiting) is not None and after is not None
            and after.routine_id == "mobility_check" and check_flow.asking(turn.after.awaiting)
            is not None)


def moved_on(turn: Turn) -> bool:
    """On a step, past the check's question about keeping results, or, from the routine's
    last response (its last exercise, held for a question), to its end."""
    return ((_moved(turn) or 0) > 0 or past_consent(turn)
            or turn.before.awaiting == dialog.FINISHED and turn.says("coach.finished"))


def went_back(turn: Turn) -> bool:
    """Back a step; between steps, the one just finished counts as the previous. Back to a
    step left out after pain, the question first, naming it (issue 31, point 2). At the first
    step, its start again, saying there is none before it."""
    moved = _moved(turn)
    before = turn.before.playback
    return moved is not None and (moved < 0 or moved == 0 and before is not None
                                  and before.over_by(turn.said_at)) or turn.says(
        "pain.back_ask") or turn.says("step.first")


def started(turn: Turn, routine_id: str | None = None) -> bool:
    """A routine (this one, if named) begins with this reply: its first response, or, for the
    check, the question about keeping results that comes before its first test."""
    after = turn.after.playback
    if _sent(turn) and after.chunk_start.index == 0:
        return routine_id is None or after.routine_id == routine_id
    consent = (turn.after.awaiting or "").startswith("check_consent") and not (
        turn.before.awaiting or "").startswith("check_consent")
    return consent and routine_id in (None, "mobility_check")


def misheard(turn: Turn) -> bool:
    return any(words in turn.text for words in MISHEARD)


def goes_on(turn: Turn) -> bool:
    return "keep going" in turn.text


def yes_no(turn: Turn) -> bool:
    awaiting = turn.after.awaiting
    return turn.reply.session_open and (awaiting in YES_NO or dialog.offered(awaiting) is not None
                                        or dialog.reminder_plan(awaiting) is not None)


def offer(turn: Turn, routine_id: str | None = None) -> bool:
    if not yes_no(turn) or started(turn):
        return False
    named = routine(routine_id).name if routine_id else None
    return routine_id is None or dialog.offered(turn.after.awaiting) == routine_id or (
        spoken_form(named) in turn.speech)


def was_set(turn: Turn) -> bool:
    """The value is set: a hold saved or changed for the routine playing, or a reminder made
    (or, first, Alexa's own question for the reminders permission, which the simulated runner
    has not given)."""
    before, after = turn.before.playback, turn.after.playback
    asks_permission = any(d.get("type") == "Connections.SendRequest"
                          for d in (turn.reply.raw.get("response") or {}).get("directives") or ())
    return (turn.after.hold != turn.before.hold or turn.says("hold.set")
            or (before is not None and after is not None and before.hold != after.hold)
            or turn.says("reminder.set") or asks_permission)


def read_back(turn: Turn) -> bool:
    """Says a value back and asks before setting it: a question other than for a value, a
    routine or the next step is open, and nothing is set or started yet."""
    awaiting = turn.after.awaiting
    return (turn.reply.session_open and "?" in turn.reply.speech and awaiting is not None
            and awaiting not in ASKING_FOR_MORE and dialog.offered(awaiting) is None
            and dialog.stretch_question(awaiting) is None and not was_set(turn)
            and not started(turn) and not any(turn.says(key) for key in ASKS_FOR_A_VALUE))


def asks(turn: Turn) -> bool:
    return (turn.reply.session_open and "?" in turn.reply.speech and not started(turn)
            and not was_set(turn) and not misheard(turn))


def answers(turn: Turn) -> bool:
    """Answers in words, keeping the place: nothing starts or moves, nothing is misheard, and
    the reply is not one that says the question needs something else first."""
    return (bool(turn.reply.speech) and not turn.fell_back() and not misheard(turn)
            and not _sent(turn) and not started(turn)
            and not any(turn.says(key) for key in NOT_ANSWERS))


def medical(turn: Turn) -> bool:
    return (NOT_ADVICE in turn.text and any(re.search(rf"\b{w}\b", turn.text) for w in WHO_TO_ASK)
            and not misheard(turn) and not started(turn))


def paused(turn: Turn) -> bool:
    """The routine stops playing with its place saved; or, before anything plays, the question
    that waits is held open ("hold on" while the check asks to keep results)."""
    before = turn.before.playback
    if before is None:  # or in the last exercise, already counted as done: no place to keep;
        # or after the pain answer, the place kept past the exercise that hurt
        return turn.says("pause.asked") or turn.says("pause.last") or turn.says(
            "pause.done_past")
    return (turn.after.playback is None and turn.after.position is not None
            and turn.after.position.routine_id == before.routine_id)


def resumed(turn: Turn) -> bool:
    """A routine plays on from a place, not from its start (a resume that plays it to its end
    leaves nothing playing, so the words that say where it picks up count too, as does the
    finish of the routine that was held), or the check goes on past its question about
    keeping results. After the pain answer, playing on past the exercise that hurt is the
    resume (into the routine's last exercise, it leaves nothing playing)."""
    played_out = turn.before.playback is not None and turn.says("coach.finished")
    return (turn.says("resume.") or _sent(turn) and turn.after.playback.chunk_start.index > 0
            or played_out or past_consent(turn) or turn.says("pain.skipping"))


def out_of_scope(turn: Turn) -> bool:
    """Heard as out of the skill's domain (the fallback, as Alexa sends it, or the help), and
    answered without pretending to mishear or acting on it."""
    return ((turn.fell_back() or turn.says("help.")) and bool(turn.reply.speech)
            and not misheard(turn) and not started(turn))


def ended(turn: Turn) -> bool:
    """The session or the routine ends, with the place kept if a routine was partway (in its
    last exercise, the routine was counted as done when that began: no place is kept)."""
    before = turn.before.playback
    if turn.reply.session_open and (before is None or turn.after.playback is not None):
        return False
    kept = turn.after.position
    return before is None or (kept is not None and kept.routine_id == before.routine_id) \
        or turn.says("coach.finished") \
        or _step_now(before, turn.said_at) == _timeline(before).last_step


def lists(turn: Turn) -> bool:
    """Routines listed, or the runner's reminders ("what reminders have i got"), even none."""
    return (sum(spoken_form(r.name) in turn.speech for r in ROUTINES) >= 3
            or turn.says("reminder.list") or turn.says("reminder.none"))


def hurt_answer(turn: Turn) -> bool:
    return turn.says("pain.answer") and not goes_on(turn)


def safe_miss(turn: Turn) -> bool:
    """Point 1's safe wording: what is said, and the reprompt, give the way out ("if something
    hurts ... say that hurts") before any way to go on, and never "keep going"."""
    if not turn.reply.speech:
        return False
    for said in filter(None, (turn.reply.speech, turn.reply.reprompt)):
        text = spoken_form(said.replace("'", ""))
        hurt = text.find("hurt")
        go_on = min((i for i in (re.search(rf"\b{w}\b", text) for w in GO_ON) if i),
                    key=lambda m: m.start(), default=None)
        if "keep going" in text or hurt < 0 or (go_on is not None and go_on.start() < hurt):
            return False
    return True


# tag -> check(turn, routine id or None). One table: a tag's meaning lives here only.
CHECKS: dict[str, Callable[[Turn, str | None], bool]] = {
    "pain": lambda t, _: hurt_answer(t),
    "medical": lambda t, _: medical(t),
    "start": started,
    "offer": offer,
    "no-start": lambda t, _: not started(t),
    "pause": lambda t, _: paused(t),
    "resume": lambda t, _: resumed(t),
    "next": lambda t, _: moved_on(t),
    "skip": lambda t, _: moved_on(t),
    "previous": lambda t, _: went_back(t),
    "repeat": lambda t, _: _moved(t) == 0,
    # An easier or harder version, or the answer that the catalogue has none: heard either way.
    "easier": lambda t, _: t.says("version.easier") or t.says("version.no_easier"),
    "harder": lambda t, _: t.says("version.harder") or t.says("version.no_harder"),
    "answer": lambda t, _: answers(t),
    "readback": lambda t, _: read_back(t),
    "set": lambda t, _: was_set(t),
    "ask": lambda t, _: asks(t),
    "out-of-scope": lambda t, _: out_of_scope(t),
    "end": lambda t, _: ended(t),
    "help": lambda t, _: t.says("help."),
    "list": lambda t, _: lists(t),
    "progress": lambda t, _: t.says("progress."),
}
ROUTINE_TAGS = {"start", "offer"}  # tags that may name a routine: "start:post-run"


def tag_problem(tag: str) -> str | None:
    """Why a tag cannot be checked, if it cannot."""
    name, _, routine_name = tag.partition(":")
    if name not in CHECKS:
        return f"unknown tag {tag!r}"
    if routine_name and (name not in ROUTINE_TAGS or routine_name not in ROUTINE_IDS):
        return f"unknown routine in {tag!r}"
    return None


def check(tag: str, turn: Turn) -> bool:
    name, _, routine_name = tag.partition(":")
    return CHECKS[name](turn, ROUTINE_IDS.get(routine_name))
