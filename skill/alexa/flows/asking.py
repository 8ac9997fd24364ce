"""The skill's own questions, worded once: each asker and the fallback, which asks the open
question again with its choices when the runner's answer was not understood, use the same
words."""

from __future__ import annotations

from datetime import datetime

from skill.alexa.flows import check, dialog
from skill.alexa.flows.place import hold_place, place_words
from skill.alexa.turn import Turn
from skill.catalog import AREAS, ROUTINES, exercise, routine
from skill.coach import reminders
from skill.coach.reminders import ReminderPlan
from skill.coach.runs import ToldRun
from skill.coach.timeline import HOLD_CHOICES
from skill.voice import ssml
from skill.voice.text import duration, phrase, phrasings, spoken_choices, spoken_date

EXAMPLE_STRETCHES = ("couch_stretch", "pigeon_pose", "ninety_ninety")
CHOICES_NAMED = 3  # a menu names this many routines, and says how many there are
AREAS_NAMED = 5  # "which feels tight?" names this many areas


def clock_words(turn: Turn, hour: int, minute: int) -> str:
    half = turn.text("reminder.pm" if hour >= 12 else "reminder.am")
    shown = hour % 12 or 12
    return turn.text("reminder.clock_minute" if minute else "reminder.clock", hour=shown,
                     minute=f"{minute:02}", half=half)


def when_words(turn: Turn, plan: ReminderPlan) -> str:
    """"on Saturday, December 5th at 10 AM", "every evening at 7 PM"."""
    clock = clock_words(turn, plan.hour, plan.minute)
    if plan.repeat == reminders.ONCE:
        day = datetime.fromisoformat(plan.day)
        return turn.text("reminder.when_once", weekday=turn.text(
            f"weekday.{day.weekday()}"), date=spoken_date(plan.day, turn.locale), clock=clock)
    return turn.text(f"reminder.when.{plan.repeat}", clock=clock)


def reminder_question(turn: Turn, plan: ReminderPlan) -> str:
    """A reminder read back for a yes: "I'll remind you ... every evening at 7 PM. Shall I set
    that?"."""
    return turn.text("reminder.confirm", when=when_words(turn, plan))


def named_routines() -> list[str]:
    return [r.name for r in ROUTINES[:CHOICES_NAMED]]


def routine_question(turn: Turn, key: str = "routine.which", variant: int = 0,
                     **words: str) -> str:
    """"Which routine would you like: post-run, quick post-run, or pre-run?" (or `key`)."""
    return turn.text(key, variant, choices=spoken_choices(named_routines(), turn.locale),
                     count=len(ROUTINES), **words)


def area_question(turn: Turn) -> str:
    return turn.text("advice.which", choices=spoken_choices(
        [phrase(f"area.{a.id}", turn.locale) for a in AREAS[:AREAS_NAMED]], turn.locale))


def stretch_choices(turn: Turn, exercise_ids=EXAMPLE_STRETCHES) -> str:
    return spoken_choices([exercise(e).name for e in exercise_ids], turn.locale)


HEARD_UP_TO = 3600  # a hold heard longer than an hour is not said back: it was misheard


def hold_question(turn: Turn, heard: int | None = None) -> str:
    """The range and "how many seconds?", after the value heard, said back, when one was."""
    question = turn.text("hold.invalid", low=duration(HOLD_CHOICES[0], turn.locale),
                         high=duration(HOLD_CHOICES[-1], turn.locale))
    if heard is None or heard <= 0:
        return question
    said = turn.text("hold.too_short" if heard < HOLD_CHOICES[0] else "hold.too_long",
                     seconds=heard) if heard <= HEARD_UP_TO else turn.text("hold.far_too_long")
    return f"{said} {question}"


def check_question(turn: Turn, step: int, question: str) -> str:
    """A check's question about test `step`: which side, or the test's own yes/no."""
    playback = turn.playback
    test = turn.timeline(playback.routine_id, playback.hold, playback.variants).steps[step]
    return turn.text("check.side" if question == check.SIDE else f"check.{test.id}.question")


def question_again(turn: Turn) -> str | None:
    """The open question, in words with its choices; None when nothing is being asked."""
    awaiting = turn.awaiting
    if awaiting is None:
        return None
    asked = check.asking(awaiting)
    if asked is not None and turn.playback is not None:
        return check_question(turn, *asked)
    if check.consent_cursor(awaiting) is not None:
        return turn.text("check.consent")
    if dialog.pain_choosing(awaiting) is not None:
        return turn.text("pain.choice_again")
    if dialog.pain_test(awaiting) is not None:
        return turn.text("pain.choice_test_again")
    if dialog.offered(awaiting):
        # asked again after an aside: worded apart from the offer's first asking
        return turn.text("suggest.offer", 1, routine=routine(dialog.offered(awaiting)).name)
    if (told := ToldRun.decode(dialog.told_run(awaiting))) is not None and told.asked:
        return turn.text(f"run.told.ask.{told.asked}")
    if (seconds := dialog.hold_changing(awaiting)) is not None:
        return turn.text("hold.confirm", seconds=seconds)
    if (plan := ReminderPlan.decode(dialog.reminder_plan(awaiting))) is not None:
        return reminder_question(turn, plan)
    if dialog.stretch_question(awaiting):
        return turn.text("stretch.which", choices=stretch_choices(turn))
    saved = turn.profile.position
    if awaiting == dialog.PAUSED and saved is not None:
        return turn.text("pause.reprompt")
    if awaiting == dialog.RESUME_OFFER and saved is not None:
        return turn.text("welcome.offer_resume",
                         **place_words(turn, saved.routine_id, saved.step, saved.side))
    if (step := dialog.back_to(awaiting)) is not None and saved is not None:
        written = exercise(routine(saved.routine_id).items[step].exercise_id)
        return turn.text("pain.back_ask", name=written.name)
    simple = {dialog.ROUTINE_CHOICE: routine_question, dialog.HOLD_SECONDS: hold_question,
              dialog.AREA_CHOICE: area_question,
              dialog.FORGET_CONFIRM: lambda t: t.text("forget.confirm"),
              dialog.CANCEL_REMINDERS: lambda t: t.text("reminder.cancel_confirm")}
    if awaiting in simple:
        return simple[awaiting](turn)
    if awaiting == dialog.CONTINUE and turn.playback is not None:
        return turn.text("routine.reprompt")
    if dialog.pause_offered(awaiting) is not None:
        return turn.text("routine.pause_offer")
    return None


def after_way_out(turn: Turn, question: str, variant: int = 0) -> str:
    """`question` after the way out ("If something hurts, say that hurts."): asked again of
    words heard where a value goes that are none, or of a run told, which may have said hurt
    ("can we do the gentler one, my groin is tender")."""
    return f"{turn.text('fallback.way_out', variant)} {question}"


def missed_in_routine(turn: Turn, misses: int):
    """A line not understood while a routine or the check plays (`misses` in a row, this one
    included). It may have been pain, so the way out comes first, then how to go on: the open
    question again, or continue. From the second miss in a row, the pause is offered instead,
    with the place kept; a no goes back to the question that was open. The runner spoke over
    the routine, so it is held where they were, as for a question: continue picks up there."""
    place = hold_place(turn)
    way_out = turn.text("routine.way_out", misses - 1)
    if misses >= 2:
        before = dialog.pause_offered(turn.awaiting)
        turn.awaiting = dialog.pause_offer(turn.awaiting if before is None else before)
        question = turn.text("routine.pause_offer", misses)
    elif turn.awaiting == dialog.CONTINUE and place is not None:  # where continue picks up
        question = turn.text("routine.carry_on", **place_words(
            turn, place.routine_id, place.step, place.side))
    else:
        question = question_again(turn) or turn.text("routine.reprompt")
    return turn.reply.ask(f"{way_out} {question}", question)


def pause_declined(turn: Turn, before: str):
    """No to "shall I pause here?": the question that was open before it, asked again."""
    turn.awaiting = before or None
    question = question_again(turn) or turn.text("routine.reprompt")
    return turn.reply.ask(f"{turn.text('routine.pause_declined')} {question}", question)


def way_out_first(turn: Turn, response) -> None:
    """Mid-routine, the reprompt plays after a silence that may follow a line the runner said
    and Alexa did not hear as pain: every reprompt there opens with the way out. After the
    pain answer itself, its choices are the way out."""
    reprompt = getattr(getattr(response, "reprompt", None), "output_speech", None)
    if turn.playback is None or getattr(reprompt, "ssml", None) is None:
        return
    if dialog.after_pain(turn.awaiting) or _opens_with_way_out(turn, reprompt.ssml):
        return  # not twice in a row ("If anything hurts ... If something hurts ...")
    reprompt.ssml = reprompt.ssml.replace("<speak>", f"<speak>{turn.text('routine.way_out')} ", 1)


def _opens_with_way_out(turn: Turn, spoken: str) -> bool:
    return any(spoken.startswith(f"<speak>{ssml.text(phrase(key, turn.locale, variant))}")
               for key in ("routine.way_out", "fallback.way_out")
               for variant in range(phrasings(key, turn.locale)))
