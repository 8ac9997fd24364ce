"""Turning a routine's timeline into the SSML of each response."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from skill.catalog import EXERCISES, ROUTINES, Routine
from skill.coach.packing import ROUTINE_START, Chunk, Cursor, Piece, pack_responses
from skill.coach.timeline import (
    LONG_HOLD_PART_SECONDS,
    Kind,
    Line,
    Segment,
    Timeline,
    build_timeline,
)
from skill.voice import ssml
from skill.voice.speech import speech_seconds
from skill.voice.text import phrase

VARIANTS_CHECKED = 6  # more than any key has phrasings, so every phrasing is measured
LONGEST_HOLD_REST = 3 * LONG_HOLD_PART_SECONDS  # the longest rest a closing line names


class Script:
    """The words and SSML of routines in one locale. Also the packer's ResponseCost.

    Everything here is a pure function of its arguments, so results are memoised: a warm Lambda
    container or webservice builds each routine's timeline and each piece's SSML once."""

    def __init__(self, locale: str | None = None):
        self.locale = locale
        # A piece's words depend on its segment alone, wherever it falls in a response.
        self.segment_ssml = functools.lru_cache(maxsize=8192)(self._segment_ssml)
        self._segment_speech = functools.lru_cache(maxsize=8192)(self._speech_seconds)
        self._timelines: dict[tuple[str, int | None, str], Timeline] = {}
        self._wrap_up: tuple[float, int] | None = None

    # Words -------------------------------------------------------------------------------
    def say(self, line: Line) -> str:
        params = dict(line.params)
        return phrase(line.key, self.locale, int(params.pop("variant", 0)), **params)

    def line_seconds(self, lines: Sequence[Line]) -> float:
        return speech_seconds(" ".join(self.say(line) for line in lines))

    def words(self, *lines: Line) -> str:
        return ssml.text(" ".join(self.say(line) for line in lines))

    # Timeline and packing ---------------------------------------------------------------
    def timeline(self, routine: Routine, hold_preference: int | None = None,
                 variants: str = "") -> Timeline:
        key = (routine.id, hold_preference, variants)
        if key not in self._timelines or self._timelines[key].routine != routine:
            self._timelines[key] = build_timeline(routine, self.line_seconds, hold_preference,
                                                  variants)
        return self._timelines[key]

    def responses(self, timeline: Timeline, start: Cursor = ROUTINE_START) -> list[Chunk]:
        return pack_responses(timeline, self, start)

    # ResponseCost ------------------------------------------------------------------------
    def piece_chars(self, piece: Piece) -> int:
        return len(self.segment_ssml(piece.segment)) + 1

    def speech_seconds(self, segment: Segment) -> float:
        return self._segment_speech(segment)

    @staticmethod
    def _speech_seconds(segment: Segment) -> float:
        if segment.kind is Kind.REPS:
            return sum(speech_seconds(f"{n}.") for n in range(1, segment.reps + 1))
        return segment.seconds - segment.silence

    def wrap_up(self) -> tuple[float, int]:
        """Sized for the longest closing line a response could end with, plus <speak>."""
        if self._wrap_up is None:
            name = max((e.name for e in EXERCISES), key=len)
            routine_name = max((r.name for r in ROUTINES), key=len)
            lines = [line for v in range(VARIANTS_CHECKED) for line in (
                Line.of("coach.continue_next", name=name, variant=v),
                Line.of("coach.continue_side", side="right", variant=v),
                Line.of("coach.continue_hold", seconds=LONGEST_HOLD_REST, variant=v),
                Line.of("coach.finished", routine=routine_name, variant=v))]
            seconds = max(self.line_seconds([line]) for line in lines)
            chars = max(len(self.words(line)) for line in lines)
            self._wrap_up = seconds, chars + len(ssml.speak("")) + 1
        return self._wrap_up

    # SSML --------------------------------------------------------------------------------
    def piece_ssml(self, piece: Piece) -> str:
        return self.segment_ssml(piece.segment)

    def _segment_ssml(self, segment: Segment) -> str:
        if segment.kind is Kind.HOLD:
            return ssml.silence(segment.seconds)
        if segment.kind is Kind.REPS:
            return self._counted_reps(segment.reps, segment.seconds)
        parts = [self.words(*segment.lines)] if segment.lines else []
        if segment.silence:
            parts.append(ssml.silence(segment.silence))
        return " ".join(parts)

    def _counted_reps(self, reps: int, seconds: float) -> str:
        """Counts each rep aloud at its start, then stays quiet for the rest of that rep."""
        return " ".join(f"{n}. {ssml.silence(quiet)}"
                        for n, quiet in enumerate(_rep_silences(reps, seconds), start=1))

    def quiet_seconds(self, timeline: Timeline) -> float:
        """All the silent time in a routine: holds, settling, and the quiet in each rep."""
        return sum(sum(_rep_silences(s.reps, s.seconds)) if s.kind is Kind.REPS else s.silence
                   for s in timeline.segments)

    def closing(self, chunk: Chunk, timeline: Timeline) -> Line:
        """How a response ends: the routine's finish, or what comes after "continue" (the next
        exercise, the other side, or the rest of a long hold)."""
        variant = chunk.start.index
        if chunk.final:
            return Line.of("coach.finished", routine=timeline.routine.name, variant=variant)
        following = timeline.segments[chunk.end.index]
        if following.kind is Kind.SWITCH_SIDES:
            return Line.of("coach.continue_side", side=following.side, variant=variant)
        if following.kind is Kind.HOLD:
            rest = sum(s.seconds for s in timeline.segments[chunk.end.index:]
                       if s.kind is Kind.HOLD and s.step == following.step
                       and s.side == following.side)
            return Line.of("coach.continue_hold", seconds=int(rest), variant=variant)
        return Line.of("coach.continue_next", name=timeline.steps[following.step].name,
                       variant=variant)

    def chunk_speech(self, chunk: Chunk, timeline: Timeline, closing: Line | None = None) -> str:
        """A response's SSML content, without the <speak> envelope (a preface may go first),
        ending with `closing` or the line `closing()` chooses."""
        fragments = [*(self.piece_ssml(p) for p in chunk.pieces),
                     self.words(closing or self.closing(chunk, timeline))]
        return " ".join(f for f in fragments if f)

    def chunk_ssml(self, chunk: Chunk, timeline: Timeline) -> str:
        return ssml.speak(self.chunk_speech(chunk, timeline))


def _rep_silences(reps: int, seconds: float) -> list[float]:
    """The quiet after each spoken count, so each rep (count and quiet) lasts seconds / reps."""
    pace = seconds / reps
    return [max(pace - speech_seconds(f"{n}."), 0) for n in range(1, reps + 1)]


@functools.cache
def script_for(locale: str | None) -> Script:
    """The shared Script of a locale (its memoised results live as long as the process)."""
    return Script(locale)
