"""What the skill last asked, kept in session attributes (`Turn.awaiting`), so that short
answers ("quick", "yes", "pigeon", "forty five") mean the right thing in context."""

from __future__ import annotations

from skill.coach.digits import whole_number

RESUME_OFFER = "resume"  # "shall I pick up there?"
PAUSED = "paused"  # "shall we carry on, or stop for now?": yes picks up, no stops, place kept
FORGET_CONFIRM = "forget"  # "are you sure?"
CONTINUE = "continue"  # "say continue when you're ready": yes, ok and next carry on
ROUTINE_CHOICE = "routine"  # "which routine would you like?"
HOLD_SECONDS = "hold"  # "how many seconds would you like?"
AREA_CHOICE = "area"  # "which feels tight?"
CANCEL_REMINDERS = "cancel_reminders"  # "cancel your stretch reminders?"
# "Anything else for today?", after a routine's last response (the session stays open while
# it plays, so hurt said during the last exercise reaches the skill without its name) or a
# reminder set, listed or cancelled: yes asks what, no says goodbye.
FINISHED = "finished"
_OFFER, _STRETCH = "offer:", "stretch:"
_PAIN, _PAIN_TEST = "pain:", "pain_test:"
_REMINDER = "reminder:"
_HOLD_CHANGE = "hold_change:"
_TOLD = "told:"
_PAUSE_OFFER = "pause_offer:"
_BACK = "back:"


def offer(routine_id: str, hold: int | None = None, told_run: str = "") -> str:
    """"Shall I start the post-run routine?": yes starts it (with `hold`, when the offer named
    a hold length: "the deep release, with one-minute holds?"). `told_run`: the run told by
    voice it was offered for (encoded, skill.coach.runs.ToldRun), when the offer said what a
    fact left out would change: that fact, said next, adds to it."""
    return _OFFER + routine_id + (f"@{hold}" if hold else "") + (
        f"|{told_run}" if told_run else "")


def _offer_parts(awaiting: str | None) -> tuple[str, str, str] | None:
    """(routine id, hold, told run) of the offer `offer` wrote; None if no offer is open."""
    if not awaiting or not awaiting.startswith(_OFFER):
        return None
    offered_with, _, told_run = awaiting[len(_OFFER):].partition("|")
    routine_id, _, hold = offered_with.partition("@")
    return routine_id, hold, told_run


def offered(awaiting: str | None) -> str | None:
    parts = _offer_parts(awaiting)
    return parts[0] if parts else None


def offered_for(awaiting: str | None) -> str | None:
    """The run told that an offer was for, if it lacked a fact (see `offer`)."""
    parts = _offer_parts(awaiting)
    return parts[2] or None if parts else None


def offered_hold(awaiting: str | None) -> int | None:
    """The hold length the offer named, if it named one."""
    parts = _offer_parts(awaiting)
    return whole_number(parts[1] if parts else "")


def pain_choice(version: str) -> str:
    """"Gentler version, skip it, or stop?", after pain in an exercise played in `version`."""
    return _PAIN + version


def pain_choosing(awaiting: str | None) -> str | None:
    """The version that hurt, while the pain choice is open."""
    return awaiting[len(_PAIN):] if awaiting and awaiting.startswith(_PAIN) else None


def pain_in_test(step: int) -> str:
    """"Skip this test, or stop?", after pain in the check's test `step`."""
    return f"{_PAIN_TEST}{step}"


def pain_test(awaiting: str | None) -> int | None:
    if not awaiting or not awaiting.startswith(_PAIN_TEST):
        return None
    step = awaiting[len(_PAIN_TEST):]
    return whole_number(step)


def after_pain(awaiting: str | None) -> bool:
    """Whether the choice that follows the pain answer is open, in a routine or the check."""
    return pain_choosing(awaiting) is not None or pain_test(awaiting) is not None


def stretch_for(intent_name: str) -> str:
    """"Which stretch?", asked for a question (what it targets, how to do it, how long)."""
    return _STRETCH + intent_name


def stretch_question(awaiting: str | None) -> str | None:
    return awaiting[len(_STRETCH):] if awaiting and awaiting.startswith(_STRETCH) else None


def reminder(plan: str) -> str:
    """"I'll remind you to stretch every evening at 7 PM. Shall I set that?" for an encoded
    plan (skill.coach.reminders): yes makes it."""
    return _REMINDER + plan


def reminder_plan(awaiting: str | None) -> str | None:
    return awaiting[len(_REMINDER):] if awaiting and awaiting.startswith(_REMINDER) else None


def hold_change(seconds: int) -> str:
    """"Holds of a minute and a half from now on. Shall I set that?": yes sets it."""
    return f"{_HOLD_CHANGE}{seconds}"


def hold_changing(awaiting: str | None) -> int | None:
    seconds = awaiting[len(_HOLD_CHANGE):] if awaiting and awaiting.startswith(
        _HOLD_CHANGE) else ""
    return int(seconds) if seconds.isdigit() else None


def told(run: str) -> str:
    """"How far or how long was it?" or "was it hilly?" about a run told by voice (encoded,
    skill.coach.runs.ToldRun): the answer adds to it."""
    return _TOLD + run


def told_run(awaiting: str | None) -> str | None:
    return awaiting[len(_TOLD):] if awaiting and awaiting.startswith(_TOLD) else None


def reads_back(awaiting: str | None) -> bool:
    """Whether a value to set is being read back ("at 9 PM. Shall I set that?")."""
    return bool(reminder_plan(awaiting)) or hold_changing(awaiting) is not None


def picked_as_yes(awaiting: str | None) -> bool:
    """Whether "that's the one" (PickFromListIntent) answers the open question as yes: to
    one thing offered, not to a value read back, where a correction heard that way ("nah, I
    meant the morning") would set the wrong one."""
    return accepts_as_yes(awaiting) and not reads_back(awaiting)


def accepts_as_yes(awaiting: str | None) -> bool:
    """Whether "continue" (or "go on") answers the open question as yes: an offer to start,
    resume or set something, or a question about a run told (go on: offered from what was
    said). Not "are you sure?" to deleting data, nor consent to keep results: those want a
    plain yes."""
    return bool(offered(awaiting) or awaiting == RESUME_OFFER or reads_back(awaiting)
                or told_run(awaiting) is not None)


def kept_across_asides(awaiting: str | None) -> bool:
    """Whether a question asked while `awaiting` is open leaves it open, asked again after the
    answer: an offer, "shall we carry on?", a run's missing fact, the choice after pain."""
    return accepts_as_yes(awaiting) or awaiting == PAUSED or after_pain(awaiting)


def pause_offer(before: str | None) -> str:
    """"Shall I pause here and keep your place?", offered after a second miss in a routine; a
    no goes back to the question that was open before (`before`)."""
    return _PAUSE_OFFER + (before or "")


def pause_offered(awaiting: str | None) -> str | None:
    """While the pause is offered, the question open before it ("" if none); else None."""
    if not awaiting or not awaiting.startswith(_PAUSE_OFFER):
        return None
    return awaiting[len(_PAUSE_OFFER):]


def going_back(step: int) -> str:
    """"Go back to the couch stretch, which hurt?", for the step left out after pain."""
    return f"{_BACK}{step}"


def back_to(awaiting: str | None) -> int | None:
    """The left-out step the runner was asked about going back to."""
    step = awaiting[len(_BACK):] if awaiting and awaiting.startswith(_BACK) else ""
    return int(step) if step.isdigit() else None
