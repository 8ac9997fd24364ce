"""What the skill last asked, kept in session attributes (`Turn.awaiting`), so that short
answers ("quick", "yes", "pigeon", "forty five") mean the right thing in context."""

from __future__ import annotations

RESUME_OFFER = "resume"  # "shall I pick up there?"
FORGET_CONFIRM = "forget"  # "are you sure?"
CONTINUE = "continue"  # "say continue when you're ready": yes, ok and next carry on
ROUTINE_CHOICE = "routine"  # "which routine would you like?"
HOLD_SECONDS = "hold"  # "how many seconds would you like?"
AREA_CHOICE = "area"  # "which feels tight?"
CANCEL_REMINDERS = "cancel_reminders"  # "cancel your stretch reminders?"
_OFFER, _STRETCH = "offer:", "stretch:"
_PAIN, _PAIN_TEST = "pain:", "pain_test:"
_REMINDER = "reminder:"
_BACK = "back:"


def offer(routine_id: str, hold: int | None = None) -> str:
    """"Shall I start the post-run routine?": yes starts it (with `hold`, when the offer named
    a hold length: "the deep release, with one-minute holds?")."""
    return _OFFER + routine_id + (f"@{hold}" if hold else "")


def offered(awaiting: str | None) -> str | None:
    if not awaiting or not awaiting.startswith(_OFFER):
        return None
    return awaiting[len(_OFFER):].partition("@")[0]


def offered_hold(awaiting: str | None) -> int | None:
    """The hold length the offer named, if it named one."""
    hold = awaiting.partition("@")[2] if offered(awaiting) else ""
    return int(hold) if hold.isdigit() else None


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
    return int(step) if step.isdigit() else None


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


def going_back(step: int) -> str:
    """"Go back to the couch stretch, which hurt?", for the step left out after pain."""
    return f"{_BACK}{step}"


def back_to(awaiting: str | None) -> int | None:
    """The left-out step the runner was asked about going back to."""
    step = awaiting[len(_BACK):] if awaiting and awaiting.startswith(_BACK) else ""
    return int(step) if step.isdigit() else None
