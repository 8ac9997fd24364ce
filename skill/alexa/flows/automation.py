"""Offering an Alexa Routine: after a routine becomes a habit (skill.coach.habits), its finish
hands the session to Alexa's pre-built routine offer (`Connections.StartConnection` to
`AMAZON.OfferAutomation`) for a routine that starts it by a phrase, through the StartRoutine
task; Alexa asks the runner, creates it if they agree, and returns with a
`SessionResumedRequest` whose status says what came of it."""

from __future__ import annotations

from ask_sdk_model.interfaces.connections.on_completion import OnCompletion
from ask_sdk_model.interfaces.connections.v1.start_connection_directive import (
    StartConnectionDirective,
)

from skill.alexa.language.tasks import ROUTINE_INPUT, START_ROUTINE, TASK_VERSION
from skill.alexa.turn import Turn
from skill.catalog import routine
from skill.coach import habits
from skill.voice.numbers import number_words
from skill.voice.text import phrase, table_for

OFFER_URI = "connection://AMAZON.OfferAutomation/1"
TOKEN_PREFIX = "routine_offer:"
# The reasons Alexa gives with status 204 (no routine made) that are the runner's own answer.
REASONS = {"REJECTED_BY_CUSTOMER": habits.DECLINED, "AUTOMATION_ALREADY_ENABLED": habits.ALREADY}


def offer_directive(turn: Turn, routine_id: str) -> StartConnectionDirective:
    """The pre-built routine offer: "when I say <phrase>, start <routine>", for the device's
    locale, its action this skill's StartRoutine task."""
    skill_id = turn.handler_input.request_envelope.context.system.application.application_id
    operation_id = f"{START_ROUTINE}_{routine_id}"
    utterances = list(table_for(turn.locale)[f"automation.utterances.{routine_id}"])
    automation = {
        "trigger": {"type": "Alexa.Automation.Trigger.Voice.CustomUtterance", "version": "1.0",
                    "payload": {"utterances": utterances, "locale": turn.locale}},
        "operations": {"serial": [{"operation": {
            "type": "Alexa.Automation.Operation.Skill.StartConnection", "version": "1.0",
            "operationId": operation_id,
            "payload": {"connectionRequest": {
                "uri": f"connection://{skill_id}.{START_ROUTINE}/{TASK_VERSION}"
                       f"?provider={skill_id}",
                "input": {ROUTINE_INPUT: routine_id}}}}}]}}
    rendering = {"operations": {operation_id: {"descriptionPrompt": phrase(
        "automation.description", turn.locale, routine=routine(routine_id).name)}}}
    return StartConnectionDirective(
        uri=OFFER_URI, on_completion=OnCompletion.RESUME_SESSION,
        input={"automation": automation, "renderingData": rendering},
        token=TOKEN_PREFIX + routine_id)


def offer_after_finish(turn: Turn, routine_id: str, speech: str):
    """The finish's response handing over to the offer, if finishing `routine_id` today makes
    it due; else None."""
    if not turn.reply.may_speak or not habits.offer_due(turn.profile, routine_id, turn.today()):
        return None
    turn.profile = habits.offer_made(turn.profile, turn.today())
    days = len({f.day for f in turn.profile.history if f.routine_id == routine_id})
    lead = turn.text("automation.lead", routine=routine(routine_id).name,
                     days=number_words(days))
    return turn.reply.hand_over(f"{speech} {lead}", offer_directive(turn, routine_id))


def is_offer_result(cause: object) -> bool:
    return isinstance(getattr(cause, "token", None), str) and cause.token.startswith(
        TOKEN_PREFIX)


def outcome_of(cause: object) -> str:
    """What came of the offer, from the SessionResumedRequest's cause: 200 made it; 204 made
    none, for the reason given; any other status (400, 403, 500...) or none is a failure."""
    status = getattr(cause, "status", None)
    code = str(getattr(status, "code", ""))
    if code == "200":
        return habits.ACCEPTED
    result = getattr(cause, "result", None)
    answer = result.get("offerAutomationResponse") if isinstance(result, dict) else None
    reason = answer.get("reason") if isinstance(answer, dict) else None
    if code == "204":
        return REASONS.get(reason, habits.FAILED)
    return habits.FAILED


def offer_resumed(turn: Turn, cause: object):
    """The session back from the offer: what came of it, said plainly, and kept so the offer
    is never made again after a no."""
    outcome = outcome_of(cause)
    turn.profile = habits.offer_answered(turn.profile, outcome, turn.today())
    return turn.reply.tell(turn.text(f"automation.{outcome}"))
