"""A routine expanded into what happens, in order: spoken cues, silent holds, counted reps,
side switches and releases, each knowing when it starts and whether a response may end before
it.

Pure logic. How long a spoken line takes is asked of an estimator passed in, so this module knows
nothing of words or SSML.

Where a response may end is decided here, not by the packer filling time: only where a runner can
talk without losing anything (before an exercise, between its sides, and at the designed splits
of a hold too long for one response). A response that starts where the runner may have moved (a
resume, or the second side after "continue") opens with a lead: a short re-setup and time to
settle before the count-in. A response that starts at a hold's designed split opens with a
"keep holding" line, since the runner has not moved.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import NamedTuple

from skill.catalog import Dose, Equipment, Exercise, Routine, exercise
from skill.coach.variants import SKIP, decode, encode, step_dose, step_exercise

HALFWAY_CUE_MIN_SECONDS = 60  # only long holds get a "halfway" line; short ones stay quiet
# A hold longer than this is split into parts with a progress line between them, and a response
# may end at a split: the runner stays put and says "continue" (the five-minute psoas release).
LONG_HOLD_PART_SECONDS = 150
SETTLE_SECONDS = 5  # silent time to get into position after a cue or a side switch
SIDES = ("left", "right")
HOLD_CHOICES = range(15, 121)  # the hold-length preference a runner may set, in seconds
OPENING_KEY = "coach.start"


class Kind(Enum):
    INTRO = "intro"  # the routine's opening, or an exercise's name, setup, movement and caution
    COUNT_IN = "count_in"  # the side and the dose, right before the work
    HOLD = "hold"
    REPS = "reps"
    CUE = "cue"  # a line within the work: halfway, or how much of a long hold is done
    SWITCH_SIDES = "switch_sides"
    RELEASE = "release"  # the end of an exercise (or a test's reading)
    TRANSITION = "transition"  # silence to settle


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
    silence: float = 0.0  # silent seconds after the lines (hold, settle)
    may_end_before: bool = False  # a response may end just before this segment

    @property
    def end(self) -> float:
        return self.start + self.seconds


SpeechSeconds = Callable[[Sequence[Line]], float]


class Timeline(NamedTuple):
    routine: Routine
    segments: tuple[Segment, ...]
    hold_preference: int | None = None
    steps: tuple[Exercise, ...] = ()
    # What a response opens with when it starts at this segment index other than by playing on
    # to it: a resume (at a count-in), the second side after "continue" (at a side switch, which
    # the lead replaces), or the rest of a split hold.
    leads: Mapping[int, tuple[Segment, ...]] = {}
    minutes: int = 0  # the length the opening announces, and every suggestion quotes
    # Responses already packed from this timeline (skill.coach.packing fills it): each turn
    # repacks the response playing to place a stop, and a timeline never changes. None: not
    # remembered (a timeline made by hand).
    packed: dict | None = None
    variants: str = ""  # each step's version and grown hold (skill.coach.variants)
    doses: tuple[Dose, ...] = ()  # what each step plays: every dose answer quotes these

    @property
    def total_seconds(self) -> float:
        return sum(s.seconds for s in self.segments)

    @property
    def last_step(self) -> int:
        return len(self.steps) - 1

    @property
    def hold_seconds(self) -> float:
        return sum(s.seconds for s in self.segments if s.kind is Kind.HOLD)

    def step_start(self, step: int) -> int:
        """The index of a step's introduction."""
        for i, segment in enumerate(self.segments):
            if segment.step == step and segment.kind is Kind.INTRO and i > 0:
                return i
        raise ValueError(f"routine {self.routine.id} has no step {step}")

    def entry(self, step: int, side: str | None) -> int:
        """The index of the count-in of a step's side (its first side when `side` is None)."""
        count_ins = [i for i, s in enumerate(self.segments)
                     if s.step == step and s.kind is Kind.COUNT_IN]
        if not count_ins:
            raise ValueError(f"routine {self.routine.id} has no step {step}")
        return next((i for i in count_ins if self.segments[i].side == side), count_ins[0])

    def resume_point(self, index: int) -> int:
        """Where a runner who stopped during segment `index` picks up: the routine's or the
        step's introduction if that is where they were; after an exercise's release, the next
        exercise; anywhere else, the count-in of the side they were on (with its lead)."""
        segment = self.segments[min(index, len(self.segments) - 1)]
        if segment.kind is Kind.INTRO:
            return index
        if segment.kind is Kind.RELEASE and segment.step < self.last_step:
            return self.step_start(segment.step + 1)
        return self.entry(segment.step, segment.side)


def effective_dose(item_dose: Dose, hold_preference: int | None) -> Dose:
    if hold_preference and item_dose.adjustable:
        if hold_preference not in HOLD_CHOICES:
            raise ValueError(f"hold preference {hold_preference} s is out of range")
        return Dose(hold_seconds=hold_preference, per_side=item_dose.per_side, adjustable=True)
    return item_dose


def build_timeline(routine: Routine, speech_seconds: SpeechSeconds,
                   hold_preference: int | None = None, variants: str = "") -> Timeline:
    """The routine's segments with each step in the version `variants` names (ValueError if
    they do not fit the routine). A skipped step keeps its place, as one line saying so."""
    choices = decode(variants, len(routine.items))
    steps = tuple(step_exercise(exercise(item.exercise_id), choice.version)
                  for item, choice in zip(routine.items, choices, strict=True))
    draft: list[Segment] = []
    doses = []
    for step, (item, entry, choice) in enumerate(zip(routine.items, steps, choices,
                                                     strict=True)):
        dose = effective_dose(step_dose(choice, item.dose or entry.dose, entry), hold_preference)
        doses.append(dose)
        if choice.version == SKIP:
            draft.append(_spoken(Kind.INTRO, step, None, speech_seconds,
                                 Line.of("coach.skipped", name=entry.name),
                                 may_end_before=step > 0))
            continue
        draft.extend(_expand_step(step, entry, dose, speech_seconds))
    # The opening names the routine and its length, which is known only once the rest is laid
    # out; loaded work adds its own caution.
    minutes = max(1, round(sum(s.seconds for s in draft) / 60))
    opening = [Line.of(OPENING_KEY, routine=routine.name, count=len(steps), minutes=minutes)]
    if any(Equipment.KETTLEBELL in entry.equipment
           for entry, choice in zip(steps, choices, strict=True) if choice.version != SKIP):
        opening.append(Line.of("safety.loaded"))
    draft.insert(0, _spoken(Kind.INTRO, 0, draft[0].side, speech_seconds, *opening))
    segments, clock = [], 0.0
    for segment in draft:
        segments.append(segment._replace(start=clock))
        clock += segment.seconds
    return Timeline(routine, tuple(segments), hold_preference, steps,
                    _leads(segments, steps, speech_seconds), minutes, {}, encode(choices),
                    tuple(doses))


def _spoken(kind: Kind, step: int, side: str | None, speech_seconds: SpeechSeconds,
            *lines: Line, silence: float = 0.0, may_end_before: bool = False) -> Segment:
    return Segment(kind, step, side, speech_seconds(lines) + silence, lines=lines,
                   silence=silence, may_end_before=may_end_before)


def _hold(step: int, side: str | None, seconds: float, may_end_before: bool = False) -> Segment:
    return Segment(Kind.HOLD, step, side, float(seconds), silence=float(seconds),
                   may_end_before=may_end_before)


def _settle(step: int, side: str | None) -> Segment:
    return Segment(Kind.TRANSITION, step, side, SETTLE_SECONDS, silence=SETTLE_SECONDS)


def _expand_step(step: int, entry: Exercise, dose: Dose,
                 speech_seconds: SpeechSeconds) -> list[Segment]:
    sides: tuple[str | None, ...] = SIDES if dose.per_side else (None,)
    intro = Line.of("coach.first" if step == 0 else "coach.next", name=entry.name, variant=step)
    cues = [Line.of(entry.cue(part)) for part in ("setup", "movement", "caution")]
    out = [_spoken(Kind.INTRO, step, sides[0], speech_seconds, intro, *cues,
                   may_end_before=step > 0),
           _settle(step, sides[0])]
    for n, side in enumerate(sides):
        if n:
            out.append(_spoken(Kind.SWITCH_SIDES, step, side, speech_seconds,
                               Line.of("coach.switch_sides", variant=step),
                               silence=SETTLE_SECONDS, may_end_before=True))
        out.extend(_work(step, side, entry, dose, speech_seconds))
    if entry.is_test:
        closing = Line.of("coach.test_done", variant=step)  # what it showed is asked next
    elif dose.reps:
        closing = Line.of("coach.reps_done", variant=step)  # no "release" after moving
    else:
        closing = Line.of("coach.release", variant=step)
    out.append(_spoken(Kind.RELEASE, step, sides[-1], speech_seconds, closing))
    return out


def side_line(entry: Exercise, side: str) -> Line:
    """Which leg does what on `side`, in the exercise's own words ("left knee down")."""
    return Line.of(entry.cue("side"), side=side, other=SIDES[1 - SIDES.index(side)])


def _work(step: int, side: str | None, entry: Exercise, dose: Dose,
          speech_seconds: SpeechSeconds) -> list[Segment]:
    side_lines = (side_line(entry, side),) if side else ()
    if dose.reps:
        key = "coach.count_in_alternating" if dose.alternating else "coach.count_in_reps"
        return [_spoken(Kind.COUNT_IN, step, side, speech_seconds, *side_lines,
                        Line.of(key, reps=dose.reps, variant=step)),
                Segment(Kind.REPS, step, side, float(dose.reps * dose.seconds_per_rep),
                        reps=dose.reps)]
    count_in = Line.of("coach.count_in_hold", seconds=dose.hold_seconds, variant=step)
    out = [_spoken(Kind.COUNT_IN, step, side, speech_seconds, *side_lines, count_in)]
    return out + _hold_parts(step, side, dose.hold_seconds, speech_seconds)


def _hold_parts(step: int, side: str | None, seconds: int,
                speech_seconds: SpeechSeconds) -> list[Segment]:
    """A hold as silences: whole if short; with a "halfway" line if a minute or more; in equal
    parts with a progress line between them if longer than one response can carry."""
    if seconds > LONG_HOLD_PART_SECONDS:
        parts = math.ceil(seconds / LONG_HOLD_PART_SECONDS)
        lengths = [seconds // parts + (1 if n < seconds % parts else 0) for n in range(parts)]
        out, done = [_hold(step, side, lengths[0])], lengths[0]
        for length in lengths[1:]:
            out.append(_spoken(Kind.CUE, step, side, speech_seconds,
                               Line.of("coach.hold_progress", seconds=done, variant=step)))
            out.append(_hold(step, side, length, may_end_before=True))
            done += length
        return out
    if seconds >= HALFWAY_CUE_MIN_SECONDS:
        first_half = seconds // 2
        return [_hold(step, side, first_half),
                _spoken(Kind.CUE, step, side, speech_seconds,
                        Line.of("coach.halfway", variant=step)),
                _hold(step, side, seconds - first_half)]
    return [_hold(step, side, seconds)]


def _leads(segments: list[Segment], steps: tuple[Exercise, ...],
           speech_seconds: SpeechSeconds) -> dict[int, tuple[Segment, ...]]:
    leads: dict[int, tuple[Segment, ...]] = {}
    for i, segment in enumerate(segments):
        entry = steps[segment.step]
        if segment.kind is Kind.COUNT_IN:  # a resume: set up again, with the caution
            leads[i] = (_spoken(Kind.CUE, segment.step, segment.side, speech_seconds,
                                Line.of(entry.cue("setup")), Line.of(entry.cue("caution"))),
                        _settle(segment.step, segment.side))
        elif segment.kind is Kind.SWITCH_SIDES:  # the other side, after the runner spoke
            leads[i] = (_spoken(Kind.CUE, segment.step, segment.side, speech_seconds,
                                Line.of("coach.other_side", variant=segment.step),
                                Line.of(entry.cue("setup"))),
                        _settle(segment.step, segment.side))
        elif segment.kind is Kind.HOLD and segment.may_end_before:
            leads[i] = (_spoken(Kind.CUE, segment.step, segment.side, speech_seconds,
                                Line.of("coach.keep_holding", variant=segment.step)),)
    return leads
