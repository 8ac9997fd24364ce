"""Handlers that answer questions from the catalogue: what a stretch targets, how to do it and for
how long, what helps a tight area, what kit a routine needs, and which routines there are.

"This stretch", "it" and slotless questions mean the exercise playing (or saved), else the one
last talked about. Asked mid-routine, every answer keeps the place and offers to carry on.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.utils import is_intent_name

from skill import screens
from skill.alexa.flows import asking, check, dialog, pain, place
from skill.alexa.flows import routine as flow
from skill.alexa.flows.facts import dose_answered, runner_dose
from skill.alexa.flows.stream import streaming
from skill.alexa.slots import Heard, heard, value_id
from skill.alexa.turn import Turn
from skill.catalog import (
    AREAS,
    EXERCISES,
    ROUTINES,
    Equipment,
    Exercise,
    Routine,
    area_routine,
    exercise,
    routine,
)
from skill.voice import kit, runner, ssml
from skill.voice.text import phrase, spoken_list

_AREAS = {a.id: a for a in AREAS}
# Words that only point at the exercise in hand: a slot heard as "it actually" or "this one"
# names no stretch ("what's it actually good for").
# Where words name no stretch, these point at the one in hand ("do this one properly").
_POINTING_AT = frozenset({"it", "its", "this", "that", "these", "those", "one"})
_POINTING = _POINTING_AT | {"stretch", "exercise", "drill", "test", "the", "actually", "really",
                            "just"}


def _stretch_or_reask(said: Heard, turn: Turn, question: str,
                      upcoming: Exercise | None = None):
    """(exercise, None) for the stretch a question is about, or (None, a response asking which).
    No stretch named ("how do I do this one properly"): the one `upcoming` (the check's next
    test, while it asks to keep results, or the test that hurt), else the one playing, else
    the one last talked about ("is that each side" follows the last answer), else the one
    saved. `said`: the stretch slot as heard."""
    exercise_id = said.one
    words = set((said.words or "").lower().replace("'", " ").split())
    pointing = said.words is None or words <= _POINTING or not said.ids and bool(
        words & _POINTING_AT)
    if pointing:
        playing = place.in_routine(turn) or turn.topic is None
        current = upcoming or (place.current_exercise(turn) if playing else None)
        exercise_id = current.id if current else turn.topic
    if exercise_id is None:
        if len(said.ids) > 1:
            key, choices = "stretch.which_of", asking.stretch_choices(turn, said.ids)
        else:
            key = "stretch.which" if pointing else "stretch.unknown"
            choices = asking.stretch_choices(turn)
        turn.awaiting = dialog.stretch_for(question)
        asked = turn.text(key, choices=choices)
        if key == "stretch.unknown":  # words that are no stretch may have said hurt
            asked = asking.after_way_out(turn, asked)
            return None, turn.reply.ask(asked, asked)
        return None, turn.reply.ask(asked, turn.text("stretch.which", choices=choices))
    turn.topic = exercise_id
    return exercise(exercise_id), None


class StretchQuestion(AbstractRequestHandler):
    """A question about one stretch. A bare stretch name (StretchInfoIntent) answers whichever
    question the skill just asked "which stretch?" for."""

    intent = ""

    def can_handle(self, handler_input):
        return is_intent_name(self.intent)(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        pending = dialog.stretch_question(turn.awaiting)  # "which stretch?" asked for it
        bare = self.intent == "StretchInfoIntent"  # a question of its own answers itself
        question = pending if bare and pending in ANSWERS else self.intent
        worry = question == "FormQuestionIntent"  # how the body feels: may have been pain
        consent, upcoming = turn.awaiting, check.consent_test(turn) or check.hurt_test(turn)
        said = heard(handler_input, "stretch", EXERCISES)
        offered = dialog.offered(consent)
        if offered and not worry and turn.topic is None and not place.in_routine(turn) \
                and said.one is None:
            return _contents(turn, offered)  # "how long is that one?" of the routine offered
        turn.awaiting = None
        entry, reask = _stretch_or_reask(said, turn, question, upcoming)
        if reask:
            return reask
        dosed = runner_dose(turn, entry)  # and the routine that plays it today
        turn.reply.show("exercise", lambda: screens.exercise_screen(
            entry, dosed.dose, turn.locale))
        answer = _again(turn, question, entry) or ANSWERS[question](turn, entry)
        having = dosed.routine
        if having and not worry and turn.playback is None and streaming(turn) is None \
                and not flow.question_kept(consent):
            return _offer_with(turn, answer, having)
        return flow.answer(turn, answer, turn.text("stretch.follow_up"), worry, consent)


def _offer_with(turn: Turn, answer: str, having: Routine):
    """An answer about an exercise, outside a routine: the routine that plays it, offered."""
    turn.awaiting = dialog.offer(having.id)
    # how long to hold it names the routine already ("in your post-run routine: ...")
    named = f"{having.name} routine" in answer
    offer = turn.text("suggest.offer" if named else "stretch.offer_routine", routine=having.name)
    return turn.reply.ask(f"{answer} {offer}", turn.text("suggest.offer", routine=having.name))


def _again(turn: Turn, question: str, entry: Exercise) -> str | None:
    """The same question about the same stretch as last turn ("is that each side?" after how
    long to hold it): a short confirmation, not the answer again word for word."""
    if question != "DoseIntent" or not turn.variety.again(dose_answered(entry.id)):
        return None
    dose = runner_dose(turn, entry).dose
    return turn.text("stretch.dose_again" if dose.per_side else "stretch.dose_again_in_all",
                     name=entry.name, amount=runner.dose_words(entry, dose, turn.locale))


def _targets(turn: Turn, entry: Exercise) -> str:
    return ssml.text(runner.targets(entry, turn.locale))


def _how_to(turn: Turn, entry: Exercise) -> str:
    return ssml.text(runner.how_to(entry, runner_dose(turn, entry).dose, turn.locale))


def _how_long(turn: Turn, entry: Exercise) -> str:
    return ssml.text(runner.how_long(entry, runner_dose(turn, entry), turn.locale))


def _form(turn: Turn, entry: Exercise) -> str:
    return ssml.text(runner.form_check(entry, turn.locale))


ANSWERS = {"StretchInfoIntent": _targets, "HowToIntent": _how_to, "DoseIntent": _how_long,
           "FormQuestionIntent": _form}


class StretchInfoHandler(StretchQuestion):
    intent = "StretchInfoIntent"


class HowToHandler(StretchQuestion):
    intent = "HowToIntent"


class DoseHandler(StretchQuestion):
    intent = "DoseIntent"


class FormQuestionHandler(StretchQuestion):
    """"Is it normal that my leg is shaking?": the skill cannot see the runner, so it says how
    the exercise should look and feel (a worry that says hurt is PainHandler's). With no
    exercise in hand in this session, the words were about something else ("my dog ate my
    shoes" fills the phrase slot as well as "my heels lift" does): the fallback answers."""

    intent = "FormQuestionIntent"

    def can_handle(self, handler_input):
        if not super().can_handle(handler_input):
            return False
        turn = Turn.of(handler_input)
        this_session = not handler_input.request_envelope.session.new
        return (place.in_routine(turn) or place.finale(turn) is not None
                or turn.topic is not None or check.consent_test(turn) is not None
                or this_session and turn.profile.position is not None)


class AdviceHandler(AbstractRequestHandler):
    """"My hip flexors are tight": the stretches that train the area, and the routine that has
    them, offered to start now."""

    def can_handle(self, handler_input):
        return is_intent_name("AdviceIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        area = _AREAS.get(heard(handler_input, "area", AREAS).one or "")
        if area is None:
            turn.awaiting = dialog.AREA_CHOICE
            return turn.reply.ask(asking.area_question(turn), asking.area_question(turn))
        first, second = (exercise(e).name for e in area.exercise_ids)
        offered, held = area_routine(area)
        statement = turn.text(
            "advice.area", area=phrase(f"area.{area.id}", turn.locale), first=first,
            second=second, routine=offered.name, held=spoken_list(
                [phrase("article.the", turn.locale, item=exercise(e).name) for e in held],
                turn.locale))
        if turn.playback is not None:
            return flow.answer(turn, statement, "")
        turn.awaiting = dialog.offer(offered.id)
        offer = turn.text("advice.offer", routine=offered.name)
        return turn.reply.ask(f"{statement} {offer}", offer)


class EquipmentHandler(AbstractRequestHandler):
    """"What do I need?", "do I need a kettlebell?", "what is a lacrosse ball for?": for a named
    piece of kit, what it is for, which exercises use it (in the routine named or playing, yes
    or no) and what stands in for it; for an exercise named, its kit; for a routine (named,
    or the one playing), its kit; otherwise the kit the article recommends (skill.voice.kit
    says each). Outside a routine, a routine asked about, or the one routine that uses the kit
    named, is offered."""

    def can_handle(self, handler_input):
        return is_intent_name("EquipmentIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        routine_id = heard(handler_input, "routine", ROUTINES).one
        current = place.hold_place(turn) if place.in_routine(turn) else None
        chosen = routine(routine_id or current.routine_id) if (routine_id or current) else None
        item = value_id(handler_input, "kit")
        named = Equipment[item] if item in Equipment.__members__ else None
        asked_of = heard(handler_input, "stretch", EXERCISES).one
        entry = exercise(asked_of) if asked_of is not None else None
        if named is not None:
            statement = kit.item_answer(named, chosen, turn.locale)
        elif entry is not None and routine_id is None:
            statement = kit.exercise_answer(entry, turn.locale)
        elif chosen is not None:
            statement = kit.routine_kit(chosen, turn.locale)
        else:
            statement = kit.overall(turn.locale)
        if routine_id is not None and current is None:  # a routine asked about: offered
            return _then_offer(turn, statement, routine_id)
        having = entry and current is None and runner_dose(turn, entry).routine
        if having and named is None and not dialog.accepts_as_yes(turn.awaiting):
            return _offer_with(turn, statement, having)  # the routine that plays it
        users = kit.routines_using(named) if named is not None else []
        if len(users) == 1 and current is None and not dialog.accepts_as_yes(turn.awaiting):
            return _then_offer(turn, statement, users[0].id)  # the one routine it is for
        return flow.answer(turn, statement, turn.text("equipment.follow_up"))


def _then_offer(turn: Turn, statement: str, routine_id: str, hold: int | None = None):
    """`statement`, then "Shall I start it?" for the routine it was about."""
    offer = turn.text("advice.offer", routine=routine(routine_id).name)
    turn.awaiting = dialog.offer(routine_id, hold)
    return turn.reply.ask(f"{statement} {offer}", offer)


class RoutineContentsHandler(AbstractRequestHandler):
    """"What's in the deep release?", "how long does that take?": the routine named, else the
    one just offered or playing (or, while choosing after pain, the one that hurt); its
    exercises and length today. An offer, or the choice after pain, stands after it."""

    def can_handle(self, handler_input):
        return is_intent_name("RoutineContentsIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        held = place.hold_place(turn) if place.in_routine(turn) else (
            turn.profile.position if dialog.after_pain(turn.awaiting) else None)
        routine_id = (heard(handler_input, "routine", ROUTINES).one
                      or dialog.offered(turn.awaiting) or (held and held.routine_id))
        if routine_id is None:
            return flow.routine_menu(turn)
        return _contents(turn, routine_id, held)


def _contents(turn: Turn, routine_id: str, held=None):
    """A routine's exercises and length today; offered after, unless one is playing (`held`)."""
    chosen = routine(routine_id)
    key = "routine.contents_again" if turn.variety.again(f"contents:{routine_id}") else \
        "routine.contents"  # asked twice running: the length, not the whole list again
    hold = dialog.offered_hold(turn.awaiting) if routine_id == dialog.offered(
        turn.awaiting) else None  # the offer's holds, as the routine will start
    statement = turn.text(key, name=chosen.name, count=len(chosen.items),
                          minutes=flow.minutes_long(turn, chosen, hold), exercises=spoken_list(
                              [exercise(item.exercise_id).name for item in chosen.items],
                              turn.locale))
    if held is not None:
        return flow.answer(turn, statement, "")
    return _then_offer(turn, statement, routine_id, hold)


class ListRoutinesHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("ListRoutinesIntent")(handler_input)

    def handle(self, handler_input):
        turn = Turn.of(handler_input)
        if (choices := pain.options(turn)) is not None:
            return choices  # "what can I do instead?", asked of the choice after pain
        flow.show_menu(turn)
        items = " ".join(phrase("routine.list_item", turn.locale, name=r.name,
                                summary=phrase(r.summary_key, turn.locale)) for r in ROUTINES)
        turn.awaiting = dialog.ROUTINE_CHOICE
        turn.session.put("listed", [r.id for r in ROUTINES])
        return flow.answer(turn, turn.text("routine.list", count=len(ROUTINES), items=items),
                           turn.text("routine.list_question"))
