"""A routine expanded into what happens, in order: spoken cues, silent holds, counted reps,
side switches and transitions, each knowing when it starts.

Pure logic. How long a spoken line takes is asked of an estimator passed in, so this module knows
nothing of words or SSML.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import NamedTuple

from skill.catalog import Dose, Exercise, Phase, Routine, exercise

HALFWAY_CUE_MIN_SECONDS = 60  # only long holds get a "halfway" line; short ones stay quiet
SETTLE_SECONDS = 5  # silent time to get into position after a cue or a side switch
SIDES = ("left", "right")
HOLD_CHOICES = range(15, 121)
OPENING_KEY = "coach.start"  # the hold-length preference a runner may set, in seconds


class Kind(Enum):
    CUE = "cue"
    HOLD = "hold"
    REPS = "reps"
    SWITCH_SIDES = "switch_sides"
    TRANSITION = "transition"


class Line(NamedTuple):
    """A phrase to be spoken, named by its locale key, with its placeholder values."""

    key: str
    params: tuple[tuple[str, str | int], ...] = ()

    @classmethod
    def of(cls, key: str, **params: str | int) -> Line:
        return cls(key, tuple(sorted(params.items())))


class Segment(NamedTuple):
    kind: Kind
    step: int  # index of the exercise in the routine
    side: str | None
    seconds: float
    start: float = 0.0
    lines: tuple[Line, ...] = ()  # spoken first (cue, switch sides)
    reps: int = 0
    silence: float = 0.0  # silent seconds after the lines (hold, settle, transition)

    @property
    def end(self) -> float:
        return self.start + self.seconds

    @property
    def is_opening(self) -> bool:
        """The routine's introduction, which a resumed routine does not repeat."""
        return bool(self.lines) and self.lines[0].key == OPENING_KEY


SpeechSeconds = Callable[[Sequence[Line]], float]


class Timeline(NamedTuple):
    routine: Routine
    segments: tuple[Segment, ...]
    hold_preference: int | None = None
    steps: tuple[Exercise, ...] = ()

    @property
    def total_seconds(self) -> float:
        return sum(s.seconds for s in self.segments)

    @property
    def last_step(self) -> int:
        return len(self.steps) - 1

    @property
    def hold_seconds(self) -> float:
        return sum(s.seconds for s in self.segments if s.kind is Kind.HOLD)

    def resume_index(self, step: int, side: str | None) -> int:
        """Where to pick up a step: its opening cue for the first side, else the second side's
        count-in, so a resumed runner hears what to do without the whole introduction again."""
        candidates = [i for i, s in enumerate(self.segments)
                      if s.step == step and not s.is_opening]
        if not candidates:
            raise ValueError(f"routine {self.routine.id} has no step {step}")
        if side in (None, SIDES[0]):
            return candidates[0]
        for i in candidates:
            segment = self.segments[i]
            if segment.side == side and segment.kind is not Kind.SWITCH_SIDES:
                return i
        return candidates[0]


def effective_dose(item_dose: Dose, hold_preference: int | None) -> Dose:
    if hold_preference and item_dose.adjustable:
        if hold_preference not in HOLD_CHOICES:
            raise ValueError(f"hold preference {hold_preference} s is out of range")
        return Dose(hold_seconds=hold_preference, per_side=item_dose.per_side, adjustable=True)
    return item_dose


def build_timeline(routine: Routine, speech_seconds: SpeechSeconds,
                   hold_preference: int | None = None) -> Timeline:
    steps = tuple(exercise(item.exercise_id) for item in routine.items)
    draft: list[Segment] = []
    for step, (item, entry) in enumerate(zip(routine.items, steps, strict=True)):
        dose = effective_dose(item.dose or entry.dose, hold_preference)
        draft.extend(_expand_step(step, entry, dose, speech_seconds))
    # The opening names the routine and its length, which is known only once the rest is laid out.
    minutes = max(1, round(sum(s.seconds for s in draft) / 60))
    opening = Line.of(OPENING_KEY, routine=routine.name, count=len(steps), minutes=minutes)
    draft.insert(0, _spoken(Kind.CUE, 0, draft[0].side, speech_seconds, opening))
    segments, clock = [], 0.0
    for segment in draft:
        segments.append(segment._replace(start=clock))
        clock += segment.seconds
    return Timeline(routine, tuple(segments), hold_preference, steps)


def _spoken(kind: Kind, step: int, side: str | None, speech_seconds: SpeechSeconds,
            *lines: Line, silence: float = 0.0) -> Segment:
    return Segment(kind, step, side, speech_seconds(lines) + silence, lines=lines,
                   silence=silence)


def _hold(step: int, side: str | None, seconds: float) -> Segment:
    return Segment(Kind.HOLD, step, side, float(seconds), silence=float(seconds))


def _expand_step(step: int, entry: Exercise, dose: Dose,
                 speech_seconds: SpeechSeconds) -> list[Segment]:
    sides: tuple[str | None, ...] = SIDES if dose.per_side else (None,)
    intro = Line.of("coach.first" if step == 0 else "coach.next", name=entry.name, variant=step)
    cues = [Line.of(key) for key in entry.cue_keys[:2]]  # setup and movement; detail on request
    out = [_spoken(Kind.CUE, step, sides[0], speech_seconds, intro, *cues)]
    out.append(Segment(Kind.TRANSITION, step, sides[0], SETTLE_SECONDS, silence=SETTLE_SECONDS))
    for n, side in enumerate(sides):
        if n:
            out.append(_spoken(Kind.SWITCH_SIDES, step, side, speech_seconds,
                               Line.of("coach.switch_sides", variant=step),
                               silence=SETTLE_SECONDS))
        out.extend(_work(step, side, dose, speech_seconds))
    closing = Line.of(entry.limit_key) if entry.limit_key else Line.of("coach.release",
                                                                       variant=step)
    out.append(_spoken(Kind.CUE, step, sides[-1], speech_seconds, closing))
    if entry.phase is Phase.TEST:
        out.append(Segment(Kind.TRANSITION, step, sides[-1], SETTLE_SECONDS,
                           silence=SETTLE_SECONDS))
    return out


def _work(step: int, side: str | None, dose: Dose, speech_seconds: SpeechSeconds) -> list[Segment]:
    side_line = (Line.of("coach.count_in_side", side=side, variant=step),) if side else ()
    if dose.reps:
        count_in = Line.of("coach.count_in_reps", reps=dose.reps, variant=step)
        return [_spoken(Kind.CUE, step, side, speech_seconds, *side_line, count_in),
                Segment(Kind.REPS, step, side, float(dose.reps * dose.seconds_per_rep),
                        reps=dose.reps)]
    count_in = Line.of("coach.count_in_hold", seconds=dose.hold_seconds, variant=step)
    out = [_spoken(Kind.CUE, step, side, speech_seconds, *side_line, count_in)]
    if dose.hold_seconds >= HALFWAY_CUE_MIN_SECONDS:
        first_half = dose.hold_seconds // 2
        out += [_hold(step, side, first_half),
                _spoken(Kind.CUE, step, side, speech_seconds,
                        Line.of("coach.halfway", variant=step)),
                _hold(step, side, dose.hold_seconds - first_half)]
    else:
        out.append(_hold(step, side, dose.hold_seconds))
    return out
