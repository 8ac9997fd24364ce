"""Reminders to stretch, through Alexa's reminders: heard, read back and confirmed by the runner
(as Amazon requires) before they are made; the permission asked by voice
(`AMAZON.AskForPermissionsConsent` through `Connections.SendRequest`) when missing, with the
permissions card as the fallback; made, listed and cancelled with the SDK's reminder
management client; and every error the API documents answered in plain words."""

from __future__ import annotations

import json
import logging
from typing import NamedTuple

from ask_sdk_model import PermissionStatus
from ask_sdk_model.interfaces.connections.send_request_directive import SendRequestDirective
from ask_sdk_model.services import ApiClientRequest, ServiceException
from ask_sdk_model.services.reminder_management import (
    AlertInfo,
    PushNotification,
    PushNotificationStatus,
    Recurrence,
    ReminderRequest,
    SpokenInfo,
    SpokenText,
    Trigger,
    TriggerType,
)
from ask_sdk_model.ui import AskForPermissionsConsentCard

from skill.alexa.flows import dialog
from skill.alexa.flows.asking import reminder_question, when_words
from skill.alexa.flows.routine import answer, closing_question
from skill.alexa.platform import calls
from skill.alexa.platform.request_log import redact
from skill.alexa.turn import Turn
from skill.coach import reminders
from skill.coach.reminders import ReminderPlan
from skill.voice.text import spoken_list

SCOPE = "alexa::alerts:reminders:skill:readwrite"
ASK_FOR = "AskFor"  # the Connections.SendRequest name of the permission request
LAST_PLAN = "reminder_plan"  # the plan last read back: "make it every day" changes it
ACCEPTED, DENIED, NOT_ANSWERED = "ACCEPTED", "DENIED", "NOT_ANSWERED"
LISTED = 5  # reminders read out by name; the rest are counted (speech stays short)
DELETE_SECONDS = 0.5  # a deletion is not started with less of the turn's time left
log = logging.getLogger(__name__)


# Asking --------------------------------------------------------------------------------------
def heard(turn: Turn, day: str | None, clock: str | None, repeat: str | None):
    """A reminder asked for: read back for a yes, or asked again with an example. A repeat
    alone ("make it every day") keeps the time of the plan last read back; a time alone, said
    to the plan being read back ("no, make it half eight"), keeps its day or repeat and its
    half of the day."""
    last = ReminderPlan.decode(turn.session.get(LAST_PLAN))
    if repeat and not (day or clock) and last is not None:
        clock = f"{last.hour:02}:{last.minute:02}"
    reading_back = dialog.reminder_plan(turn.awaiting) is not None
    if clock and not (day or repeat) and last is not None and reading_back:
        day, repeat = last.day or None, None if last.repeat == reminders.ONCE else last.repeat
        if clock in reminders.PARTS_OF_DAY and repeat in (reminders.MORNING, reminders.EVENING):
            # "i meant the morning" to every evening at seven: every morning, not evening at 8 AM
            repeat = reminders.REPEAT_OF_PART.get(clock, reminders.DAILY)
        clock = reminders.in_half_of_day(clock, last)
    plan = reminders.plan_from(day, clock, repeat, turn.local_time())
    if isinstance(plan, str):
        question = turn.text(f"reminder.{plan}")
        return turn.reply.ask(question, turn.text("reminder.example"))
    turn.awaiting = dialog.reminder(plan.encode())
    turn.session.put(LAST_PLAN, plan.encode())
    question = reminder_question(turn, plan)
    return turn.reply.ask(question, question)


def declined(turn: Turn):
    """No to the reminder read back: nothing is made."""
    return turn.reply.ask(turn.text("reminder.not_set"), turn.text("help.reprompt"))


def kept(turn: Turn):
    """No to cancelling: the reminders stay."""
    return turn.reply.ask(turn.text("reminder.kept"), turn.text("help.reprompt"))


def permitted(turn: Turn) -> bool:
    user = turn.handler_input.request_envelope.context.system.user
    scopes = getattr(getattr(user, "permissions", None), "scopes", None) or {}
    scope = scopes.get(SCOPE)
    return scope is not None and scope.status == PermissionStatus.GRANTED


def ask_permission(turn: Turn, plan: ReminderPlan):
    """Alexa asks the runner for the reminders permission, then sends Connections.Response,
    carrying the plan back in its token."""
    directive = SendRequestDirective(name=ASK_FOR, token=dialog.reminder(plan.encode()),
                                     payload={"@type": "AskForPermissionsConsentRequest",
                                              "@version": "1", "permissionScope": SCOPE})
    return turn.reply.hand_over(turn.text("reminder.permission_lead"), directive)


def permission_card(turn: Turn, key: str):
    """The fallback: the permissions card in the Alexa app, and words that say so."""
    turn.reply.card = AskForPermissionsConsentCard(permissions=[SCOPE])
    return turn.reply.tell(turn.text(key))


def permission_answered(turn: Turn, request) -> object:
    """Connections.Response to the AskFor request: accepted makes the reminder asked for; a no
    is respected; no answer, or a device that cannot ask by voice, gets the card."""
    plan = ReminderPlan.decode(dialog.reminder_plan(request.token))
    status = getattr(request.status, "code", None)
    answer = (request.payload or {}).get("status") if isinstance(request.payload, dict) else None
    if str(status) != "200":
        return permission_card(turn, "reminder.permission_card")
    if answer == ACCEPTED and plan is not None:
        return create(turn, plan)
    if answer == DENIED:
        return turn.reply.tell(turn.text("reminder.permission_denied"))
    return permission_card(turn, "reminder.permission_card")


# The API -------------------------------------------------------------------------------------
def _client(turn: Turn):
    return turn.handler_input.service_client_factory.get_reminder_management_service()


def reminder_request(turn: Turn, plan: ReminderPlan) -> ReminderRequest:
    """The reminder as Amazon's Reminders API takes it: SCHEDULED_ABSOLUTE on the runner's
    clock, with their zone when known, a recurrence rule when it repeats, spoken text in the
    request's locale."""
    now = turn.local_time().replace(tzinfo=None, microsecond=0)  # local times carry no zone
    first = plan.first_time(now)
    rule = plan.recurrence_rule()
    recurrence = Recurrence(start_date_time=first, recurrence_rules=[rule]) if rule else None
    text = turn.text("reminder.alert")
    return ReminderRequest(
        request_time=now,
        trigger=Trigger(object_type=TriggerType.SCHEDULED_ABSOLUTE, scheduled_time=first,
                        time_zone_id=_known_zone(turn), recurrence=recurrence),
        alert_info=AlertInfo(SpokenInfo([SpokenText(locale=turn.locale, text=text,
                                                    ssml=f"<speak>{text}</speak>")])),
        push_notification=PushNotification(PushNotificationStatus.ENABLED))


def _known_zone(turn: Turn) -> str | None:
    """The device's zone when the settings API gave it (now or before); None when the clock
    fell back to UTC, so that Alexa rings the reminder in the device's own zone instead."""
    zone = turn.time_zone()
    return zone if zone == turn.profile.time_zone else None


def create(turn: Turn, plan: ReminderPlan):
    """Makes the reminder the runner said yes to (the permission asked for first if missing)."""
    if not permitted(turn) and not _just_granted(turn):
        return ask_permission(turn, plan)
    try:
        _client(turn).create_reminder(reminder_request(turn, plan))
    except ServiceException as error:
        if error.status_code == 403:  # the permission was taken back meanwhile
            return ask_permission(turn, plan)
        if not (_unanswered(error) and _made_after_all(turn, plan)):
            return api_error(turn, error)
    return _told(turn, turn.text("reminder.set", when=when_words(turn, plan)))


def _told(turn: Turn, said: str):
    """What was done, said; mid-routine the place is held and carrying on offered, else what
    else to do is asked: a runner who has just set a reminder often goes on ("what reminders
    have i got now", "and what's my streak")."""
    return answer(turn, said, "") if turn.playback is not None else closing_question(turn, said)


def _unanswered(error: ServiceException) -> bool:
    """No answer (the SDK's wrapping of a call that failed: no headers), or a server error:
    the request may have been carried out all the same."""
    return error.headers is None or error.status_code >= 500


def _made_after_all(turn: Turn, plan: ReminderPlan) -> bool:
    """Whether a reminder like `plan` is set after all: an answer cut off says nothing about
    whether it was made, and the list does."""
    try:
        found = held(turn)
    except ServiceException:
        return False
    return any(r.get("status") == "ON" and _plan_of(r) == plan for r in found.alerts)


def _just_granted(turn: Turn) -> bool:
    """The runner said yes to the permission in this very request's Connections.Response."""
    request = turn.handler_input.request_envelope.request
    payload = getattr(request, "payload", None)
    return getattr(request, "object_type", "") == "Connections.Response" and isinstance(
        payload, dict) and payload.get("status") == ACCEPTED


class Held(NamedTuple):
    alerts: list[dict]  # as listed, JSON
    total: int  # how many the API says there are (it may list fewer)


def held(turn: Turn) -> Held:
    """The skill's reminders as the API lists them (GET /v1/alerts/reminders), as JSON.

    Read without the SDK's client: its get_reminders cannot deserialise the documented
    response (ask_sdk_model 1.82 names a class `alert_info_spoken_info` that does not exist;
    alexa/alexa-apis-for-python issue 30), so the skill reads the fields it needs itself."""
    configuration = turn.handler_input.service_client_factory.api_configuration
    request = ApiClientRequest(
        url=f"{configuration.api_endpoint}/v1/alerts/reminders", method="GET",
        headers=[("Authorization", f"Bearer {configuration.authorization_value}"),
                 ("Accept", "application/json")])
    try:
        response = configuration.api_client.invoke(request)
    except Exception as error:  # the client's own failures (timeout, refused): no answer
        raise ServiceException(str(error), 500, None, None) from error
    if not 200 <= response.status_code < 300:
        raise ServiceException("reminders not listed", response.status_code, [], None)
    try:
        listing = json.loads(response.body or "{}")
        alerts = [a for a in listing.get("alerts") or [] if isinstance(a, dict)]
        total = int(listing.get("totalCount") or 0)
    except (ValueError, AttributeError, TypeError, RecursionError):
        raise ServiceException("reminders list unreadable", 500, [], None) from None
    return Held(alerts, max(total, len(alerts)) if total < 10**6 else len(alerts))


def listed(turn: Turn):
    if not permitted(turn):
        return permission_card(turn, "reminder.permission_to_list")
    try:
        found = held(turn)
    except ServiceException as error:
        return api_error(turn, error)
    on = [r for r in found.alerts if r.get("status") == "ON"]
    plans = [p for p in map(_plan_of, on[:LISTED]) if p]
    if not plans:
        return turn.reply.ask(turn.text("reminder.none"), turn.text("reminder.example"))
    count = len(on) + max(0, found.total - len(found.alerts))  # those not listed may be on
    words = spoken_list([when_words(turn, p) for p in plans], turn.locale)
    if count > len(plans):
        return _told(turn, turn.text("reminder.list.more", count=count, shown=len(plans),
                                     reminders=words, more=count - len(plans)))
    return _told(turn, turn.text(_counted("reminder.list", len(plans)), count=len(plans),
                                 reminders=words))


def cancel_asked(turn: Turn):
    """"Cancel my reminders": asked to confirm first, unless the list shows none to cancel
    (asking "cancel all your reminders?" of none was a question with no right answer)."""
    if permitted(turn):
        try:
            if held(turn).total == 0:
                return _told(turn, turn.text("reminder.none_to_cancel"))
        except ServiceException:
            pass  # asked all the same: the yes tries again, and says what went wrong
    turn.awaiting = dialog.CANCEL_REMINDERS
    question = turn.text("reminder.cancel_confirm")
    return turn.reply.ask(question, question)


def cancel(turn: Turn):
    """Deletes every reminder of this skill's (the API lists only the skill's own)."""
    if not permitted(turn):
        return permission_card(turn, "reminder.permission_to_list")
    cancelled = 0
    try:
        found = held(turn)
        tokens = [r["alertToken"] for r in found.alerts if isinstance(r.get("alertToken"), str)]
        for token in tokens:
            if calls.remaining(DELETE_SECONDS) < DELETE_SECONDS:
                break  # the turn's time is nearly up: say how far it got
            _client(turn).delete_reminder(token)
            cancelled += 1
    except ServiceException as error:
        if not cancelled:
            return api_error(turn, error)
        log.info("reminders API answered %s mid-way: %s", error.status_code, redact(error))
    if not tokens:
        return _told(turn, turn.text("reminder.none_to_cancel"))
    count = max(len(tokens), found.total)
    if cancelled < count:
        return _told(turn, turn.text("reminder.cancelled.some", cancelled=cancelled,
                                     count=count, left=count - cancelled))
    return _told(turn, turn.text(_counted("reminder.cancelled", count), count=count))


def api_error(turn: Turn, error: ServiceException):
    """Each error the Reminders API documents, in words: 401 (not allowed), 429 (too many
    requests), 400 (a reminder it would not take), and the rest (the service is down)."""
    code = error.status_code
    log.info("reminders API answered %s: %s", code, redact(error))
    if code == 401:
        return permission_card(turn, "reminder.error.401")
    key = {429: "reminder.error.429", 400: "reminder.error.400"}.get(code, "reminder.error.down")
    return turn.reply.tell(turn.text(key))


def _counted(key: str, count: int) -> str:
    return f"{key}.one" if count == 1 else f"{key}.many"


def _plan_of(reminder: dict) -> ReminderPlan | None:
    trigger = reminder.get("trigger") if isinstance(reminder.get("trigger"), dict) else {}
    recurrence = trigger.get("recurrence") if isinstance(trigger.get("recurrence"), dict) else {}
    rules = recurrence.get("recurrenceRules") or [None]
    scheduled = trigger.get("scheduledTime")
    return reminders.plan_of_rule(scheduled if isinstance(scheduled, str) else None,
                                  rules[0] if isinstance(rules[0], str) else None)
