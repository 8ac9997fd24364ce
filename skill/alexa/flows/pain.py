"""Pain, heard anywhere. Whatever is playing, a runner who says something hurts hears, first:
ease out now, pain means stop, this is not medical advice, and pain that stays is for a
physio or doctor. Never a diagnosis, and never "say continue" first. Mid-routine the exercise
that hurt is left out for the rest of the session, and the runner chooses: a gentler version,
skip it, or stop for today. In the check-in: skip the test, or stop."""

from __future__ import annotations

from skill.alexa.flows import check, dialog
from skill.alexa.flows.place import hold_place, in_routine
from skill.alexa.flows.routine import play_on_past
from skill.alexa.flows.stream import streaming
from skill.alexa.flows.versions import leave_out, switch, written_exercise
from skill.alexa.platform import audio_player
from skill.alexa.turn import Turn
from skill.catalog import routine
from skill.coach.progress import Position
from skill.coach.variants import EASIER, decode, switched


def heard(turn: Turn):
    """The safe answer, then the choices that fit where the runner is."""
    statement = turn.text("pain.answer")
    # The next routine started or resumed, in this session or another, opens with the line.
    turn.profile = turn.profile._replace(safety_due=True)
    test = check.test_in_hand(turn)  # still hurting while choosing after it: the same choice
    if test is not None:
        if turn.playback is not None:  # the test was playing: it stays out, as an exercise does
            leave_out(turn, hold_place(turn))
        turn.awaiting = dialog.pain_in_test(test)
        question = turn.text("pain.choice_test")
        return turn.reply.ask(f"{statement} {question}", question)
    place = hold_place(turn) if in_routine(turn) else None
    if place is None and turn.awaiting in (dialog.RESUME_OFFER, dialog.PAUSED):
        place = turn.profile.position  # just paused there, or offered it: that is what hurt
    if streaming(turn) is not None:
        turn.reply.add_directive(audio_player.stop_directive())
    hurt_in = dialog.pain_choosing(turn.awaiting)
    if place is None and hurt_in is not None and turn.profile.position is not None:
        # Still hurting, or asking what it is, while choosing what next: the same choices.
        return _choices(turn, statement, turn.profile.position, hurt_in)
    if place is None:
        turn.awaiting = None
        question = turn.text("pain.outside")
        return turn.reply.ask(f"{statement} {question}", question)
    version = decode(place.variants, len(routine(place.routine_id).items))[place.step].version
    leave_out(turn, place)
    return _choices(turn, statement, place, version)


def options(turn: Turn):
    """"What can I do instead?", "what are my options?" while choosing after pain: the choices,
    said in full again; None when that choice is not open."""
    if dialog.pain_test(turn.awaiting) is not None:
        question = turn.text("pain.choice_test_again")
        return turn.reply.ask(question, question)
    hurt_in = dialog.pain_choosing(turn.awaiting)
    if hurt_in is None or turn.profile.position is None:
        return None
    return _choices(turn, "", turn.profile.position, hurt_in)


def _choices(turn: Turn, statement: str, place: Position, version: str):
    """The pain answer's `statement`, then the choice for the exercise at `place`, which hurt
    in `version`: its gentler version (if it has one), skip it, or stop."""
    base = written_exercise(place.routine_id, place.step)
    turn.awaiting = dialog.pain_choice(version)
    gentler = switched(base, version, EASIER) is not None
    question = turn.text("pain.choice" if gentler else "pain.choice_no_easier", name=base.name)
    return turn.reply.ask(f"{statement} {question}".lstrip(), question)


def chose_gentler(turn: Turn, hurt_in: str):
    """"The gentler one": the exercise that hurt, one version easier than the one that hurt
    (`hurt_in`), from its start; None if there is none."""
    saved = turn.profile.position
    return switch(turn, saved, EASIER, hurt_in) if saved is not None else None


def chose_skip(turn: Turn):
    """"Skip it" (or "continue"): on to the next exercise, the one that hurt left out."""
    saved = turn.profile.position
    return play_on_past(turn, saved, turn.text("pain.skipping")) if saved else None
