"""The question the skill last asked, asked again with its choices: what a fallback says when
the runner's answer was not understood, instead of a generic line."""

from __future__ import annotations

from skill.alexa.flows import check, dialog
from skill.alexa.flows.place import place_words
from skill.alexa.turn import Turn
from skill.catalog import AREAS, ROUTINES, exercise, routine
from skill.coach.timeline import HOLD_CHOICES
from skill.voice.text import duration, phrase, spoken_choices

EXAMPLE_STRETCHES = ("couch_stretch", "pigeon_pose", "ninety_ninety")
CHOICES_NAMED = 3


def question_again(turn: Turn) -> str | None:
    """The open question, in words with its choices; None when nothing is being asked."""
    awaiting = turn.awaiting
    if awaiting is None:
        return None
    asked = check.asking(awaiting)
    if asked is not None and turn.playback is not None:
        step, question = asked
        test = turn.timeline(turn.playback.routine_id, turn.playback.hold,
                             turn.playback.variants).steps[step]
        return turn.text("check.side" if question == check.SIDE else
                         f"check.{test.id}.question")
    if check.consent_cursor(awaiting) is not None:
        return turn.text("check.consent")
    if dialog.pain_choosing(awaiting) is not None:
        return turn.text("pain.choice_again")
    if dialog.pain_test(awaiting) is not None:
        return turn.text("pain.choice_test")
    if dialog.offered(awaiting):
        return turn.text("suggest.offer", routine=routine(dialog.offered(awaiting)).name)
    if dialog.stretch_question(awaiting):
        return turn.text("stretch.which", choices=spoken_choices(
            [exercise(e).name for e in EXAMPLE_STRETCHES], turn.locale))
    return _simple(turn, awaiting)


def _simple(turn: Turn, awaiting: str) -> str | None:
    saved = turn.profile.position
    if awaiting == dialog.RESUME_OFFER and saved is not None:
        return turn.text("welcome.offer_resume",
                         **place_words(turn, saved.routine_id, saved.step, saved.side))
    if awaiting == dialog.ROUTINE_CHOICE:
        names = [r.name for r in ROUTINES[:CHOICES_NAMED]]
        return turn.text("routine.which", choices=spoken_choices(names, turn.locale),
                         count=len(ROUTINES))
    if awaiting == dialog.HOLD_SECONDS:
        return turn.text("hold.invalid", low=duration(HOLD_CHOICES[0], turn.locale),
                         high=duration(HOLD_CHOICES[-1], turn.locale))
    if awaiting == dialog.AREA_CHOICE:
        return turn.text("advice.which", choices=spoken_choices(
            [phrase(f"area.{a.id}", turn.locale) for a in AREAS[:5]], turn.locale))
    if awaiting == dialog.FORGET_CONFIRM:
        return turn.text("forget.confirm")
    if awaiting == dialog.CONTINUE and turn.playback is not None:
        return turn.text("routine.reprompt")
    return None
