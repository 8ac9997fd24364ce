"""What a device with a screen shows beside the speech: one APL document per screen type
(`documents/`, packaged with the skill), filled with datasources built from the catalogue and
the timeline.

- `routine`: the routine playing, frame by frame (exercise, side, cue, next up) with a countdown
  for each hold. Each frame knows its start and end in milliseconds from the start of the
  response's speech, as the packer planned them, and the document picks the frame and counts
  down with APL's `elapsedTime`, so the screen keeps time with the speech without any request.
- `menu`: the routines as a touchable list; a touch sends a UserEvent ["start", routine id].
- `exercise`: one exercise's targets, equipment, dose and steps.

Only the words come from the locale table (`screen.*` keys); the layouts are in the documents.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from skill.catalog import Dose, Exercise, Routine
from skill.coach.packing import Chunk
from skill.coach.timeline import SIDES, Kind, Timeline
from skill.voice.kit import exercise_kit
from skill.voice.text import duration, phrase, spoken_list

DOCUMENTS = Path(__file__).with_name("documents")
SCREENS = ("routine", "menu", "exercise")
START_EVENT = "start"  # UserEvent arguments [START_EVENT, routine id], from the menu
# After a response's speech the device waits for "continue" (8 s, then the reprompt and 8 s
# more): the screen stays on that long too, then may sleep.
LISTENING_SECONDS = 30
LAST_FRAME_SECONDS = 3600  # the last frame stays up after the speech, until the screen changes


@functools.cache
def document(name: str) -> dict:
    return json.loads((DOCUMENTS / f"{name}.json").read_text(encoding="utf-8"))


def render_directive(name: str, datasource: dict):
    """The RenderDocument directive for screen `name` filled with `datasource`."""
    from ask_sdk_model.interfaces.alexa.presentation.apl import RenderDocumentDirective

    return RenderDocumentDirective(token=f"hipcoach.{name}", document=document(name),
                                   datasources=datasource)


def _title(name: str) -> str:
    """A name as a heading: spoken names are lower case ("pigeon pose")."""
    return name[:1].upper() + name[1:]


def _ms(seconds: float) -> int:
    return round(seconds * 1000)


def routine_screen(timeline: Timeline, chunk: Chunk, preface_seconds: float,
                   locale: str | None) -> dict:
    """The frames of one routine response: one per run of pieces on the same step and side,
    placed after a preface of `preface_seconds`. A frame with a hold counts it down."""
    frames: list[dict] = []
    last_key = None
    held = 0.0  # seconds of hold in the current frame: the dose its label names
    for piece in chunk.pieces:
        segment = piece.segment
        start = preface_seconds + piece.start
        key = (segment.step, segment.side)
        if key != last_key:
            frames.append(_frame(timeline, segment.step, segment.side, start, locale))
            last_key, held = key, 0.0
        frame = frames[-1]
        frame["end"] = _ms(start + segment.seconds)
        if segment.kind is Kind.HOLD:
            # The countdown runs from the first hold to the end of the last: a line spoken
            # within a long hold (halfway, minutes done) is time the runner holds too.
            if not frame["holdEnd"]:
                frame["holdStart"] = _ms(start)
            frame["holdEnd"] = _ms(start + segment.seconds)
            held += segment.seconds
            frame["work"] = phrase("screen.hold", locale, seconds=round(held))
        elif segment.kind is Kind.REPS:
            frame["work"] = phrase("screen.reps", locale, reps=segment.reps)
    if frames:
        frames[0]["start"] = 0  # the preface shows the first frame too
        frames[-1]["end"] += _ms(LAST_FRAME_SECONDS)
    speech_seconds = preface_seconds + chunk.seconds
    return {"routineScreen": {
        "routine": _title(timeline.routine.name),
        "frames": frames,
        "keepOnMs": 0 if chunk.final else _ms(speech_seconds + LISTENING_SECONDS)}}


def _frame(timeline: Timeline, step: int, side: str | None, start: float,
           locale: str | None) -> dict:
    steps = timeline.steps
    entry = steps[step]
    following = steps[step + 1].name if step + 1 < len(steps) else None
    return {
        "start": _ms(start), "end": _ms(start), "holdStart": 0, "holdEnd": 0,
        "step": phrase("screen.step", locale, step=step + 1, count=len(steps)),
        "exercise": _title(entry.name),
        "side": phrase(entry.cue("side"), locale, side=side,
                       other=SIDES[1 - SIDES.index(side)]) if side else "",
        "work": "",
        "cue": phrase(entry.cue("movement"), locale),
        "next": (phrase("screen.next", locale, name=following) if following else
                 phrase("screen.next_last", locale))}


def menu_screen(routines: tuple[Routine, ...], minutes: dict[str, int],
                locale: str | None) -> dict:
    return {"menuScreen": {
        "title": phrase("screen.menu_title", locale),
        "hint": phrase("screen.menu_hint", locale),
        "routines": [{"id": r.id, "name": _title(r.name), "detail": phrase(
            "screen.routine_detail", locale, minutes=minutes[r.id],
            summary=phrase(r.summary_key, locale))} for r in routines]}}


def exercise_screen(entry: Exercise, dose: Dose, locale: str | None) -> dict:
    """An exercise's facts, with the dose the runner gets (skill.alexa.flows.facts)."""
    amount = (phrase("screen.reps", locale, reps=dose.reps) if dose.reps else
              duration(dose.hold_seconds, locale))
    if dose.per_side:
        amount = phrase("screen.per_side", locale, amount=amount)
    facts = [
        ("screen.targets", spoken_list([m.value for m in entry.muscles], locale)),
        ("screen.equipment",
         exercise_kit(entry, locale) or phrase("screen.no_equipment", locale)),
        ("screen.dose", amount),
        ("screen.how", " ".join(phrase(key, locale) for key in entry.cue_keys))]
    return {"exerciseScreen": {
        "name": _title(entry.name),
        "facts": [{"label": phrase(label, locale), "value": value} for label, value in facts]}}
