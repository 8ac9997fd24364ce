"""Reminders to stretch, through the Lambda entry against a local Reminders API at the
envelope's apiEndpoint: heard, read back and confirmed before anything is made; the permission
asked by voice when missing (the card as fallback) and its answer handled; created, listed and
cancelled; every documented error answered in clear words; every request in Amazon's shape."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from skill.alexa.flows.reminders import SCOPE
from skill.alexa.platform.response_check import check_response
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.simulator.nlu import Understood
from skill.simulator.reminders_api import reminders_api
from skill.voice.locale_en import TEXT

ZONE = "America/Denver"
START = datetime(2026, 12, 2, 18, 0, tzinfo=ZoneInfo(ZONE))  # a Wednesday evening
SATURDAY = "ask hip coach to remind me to stretch after my long run on saturday at ten"
EVENINGS = "ask hip coach to remind me every evening at seven"


@pytest.fixture
def api(tmp_path, monkeypatch):
    with reminders_api(tmp_path, ZONE) as (fake, endpoint, ca_bundle):
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ca_bundle))
        fake.endpoint = endpoint
        yield fake
    assert fake.problems == []  # every request the skill sent had the published shape


@pytest.fixture
def handler(lambda_entry):
    return lambda_entry[0]


def talk(handler, api, granted=True) -> Conversation:
    caller = Caller(api_endpoint=api.endpoint, granted=(SCOPE,) if granted else ())
    return Conversation(handler, caller, start=START)


def said(key: str, **words) -> str:
    return TEXT[key].split("{")[0].strip()


def posts(api) -> int:
    return sum(1 for method, _ in api.seen if method == "POST")


def test_a_reminder_is_read_back_and_made_only_after_a_yes(handler, api):
    chat = talk(handler, api)
    asked = chat.say(SATURDAY)
    assert "on Saturday, December 5th at 10 AM. Shall I set that?" in asked.speech
    assert posts(api) == 0  # nothing made before the runner agrees
    done = chat.say("yes")
    check_response(done.raw)
    assert "Done. I'll remind you to stretch on Saturday, December 5th at 10 AM" in done.speech
    (made,) = api.reminders.values()
    assert made["trigger"]["scheduledTime"].startswith("2026-12-05T10:00:00")
    assert made["trigger"]["timeZoneId"] == ZONE and "recurrence" not in made["trigger"]
    assert made["alertInfo"]["spokenInfo"]["content"][0]["text"] == TEXT["reminder.alert"]


def test_every_evening_at_seven_repeats_daily_at_seven_pm(handler, api):
    chat = talk(handler, api)
    assert "every evening at 7 PM" in chat.say(EVENINGS).speech
    chat.say("yes")
    (made,) = api.reminders.values()
    assert made["trigger"]["recurrence"]["recurrenceRules"] == [
        "FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0;INTERVAL=1;"]
    assert made["trigger"]["scheduledTime"].startswith("2026-12-02T19:00:00")


def test_no_to_the_read_back_makes_nothing(handler, api):
    chat = talk(handler, api)
    chat.say(EVENINGS)
    assert said("reminder.not_set") in chat.say("no").speech
    assert posts(api) == 0


def test_a_reminder_without_a_time_asks_when(handler, api):
    reply = talk(handler, api).say("ask hip coach to remind me to stretch")
    assert TEXT["reminder.time"] in reply.speech and reply.session_open


def permission_request(reply) -> dict:
    (directive,) = reply.raw["response"]["directives"]
    return directive


def test_without_permission_it_is_asked_by_voice(handler, api):
    chat = talk(handler, api, granted=False)
    chat.say(SATURDAY)
    reply = chat.say("yes")
    check_response(reply.raw)
    directive = permission_request(reply)
    assert directive["type"] == "Connections.SendRequest" and directive["name"] == "AskFor"
    assert directive["payload"] == {"@type": "AskForPermissionsConsentRequest",
                                    "@version": "1", "permissionScope": SCOPE}
    assert "shouldEndSession" not in reply.raw["response"] and posts(api) == 0


@pytest.mark.parametrize("code, answer, made, card, words", [
    ("200", "ACCEPTED", 1, False, "reminder.set"),
    ("200", "DENIED", 0, False, "reminder.permission_denied"),
    ("200", "NOT_ANSWERED", 0, True, "reminder.permission_card"),
    ("500", None, 0, True, "reminder.permission_card"),  # a device that cannot ask by voice
])
def test_every_answer_to_the_permission_is_handled(handler, api, code, answer, made, card,
                                                   words):
    chat = talk(handler, api, granted=False)
    chat.say(SATURDAY)
    token = permission_request(chat.say("yes"))["token"]
    caller = chat.caller
    payload = {"permissionScope": SCOPE, "status": answer} if answer else {}
    response = handler(caller.connections_response(caller.new_session(), "AskFor", code,
                                                   payload, token, START), None)
    check_response(response)
    assert said(words) in response["response"]["outputSpeech"]["ssml"].replace("&apos;", "'")
    assert len(api.reminders) == made
    shown = response["response"].get("card")
    assert (shown == {"type": "AskForPermissionsConsent", "permissions": [SCOPE]}) is card


def test_reminders_are_listed_and_cancelled(handler, api):
    for asked in (SATURDAY, EVENINGS):
        chat = talk(handler, api)
        chat.say(asked)
        chat.say("yes")
    listed = talk(handler, api).say("ask hip coach what reminders do I have").speech
    assert "You have 2 stretch reminders" in listed
    assert "on Saturday, December 5th at 10 AM" in listed and "every evening at 7 PM" in listed
    chat = talk(handler, api)
    assert TEXT["reminder.cancel_confirm"] in chat.say("ask hip coach to cancel my reminders")\
        .speech
    assert "cancelled your 2 stretch reminders" in chat.say("yes").speech
    assert api.reminders == {}
    assert said("reminder.none") in talk(handler, api).say(
        "ask hip coach to list my reminders").speech


def test_after_a_reminder_is_set_the_runner_can_go_on(handler, api):
    """Outside a routine, a reminder set (or listed) asks whether there is anything else:
    runners go on ("what reminders have i got now"); no says goodbye."""
    chat = talk(handler, api)
    chat.say(EVENINGS)
    done = chat.say("yes")
    assert said("reminder.set") in done.speech and done.session_open
    assert TEXT["routine.anything_else"] in done.speech
    listed = chat.say("what reminders do I have")
    assert "every evening at 7 PM" in listed.speech and listed.session_open
    bye = chat.say("no")
    check_response(bye.raw)
    assert not bye.session_open and bye.speech in TEXT["goodbye.plain"]


def test_cancelling_none_says_so_rather_than_asking(handler, api):
    """"Cancel all your stretch reminders?" asked of none had no right answer."""
    reply = talk(handler, api).say("ask hip coach to cancel my reminders")
    assert said("reminder.none_to_cancel") in reply.speech
    assert TEXT["reminder.cancel_confirm"] not in reply.speech and reply.session_open


def test_no_to_cancelling_keeps_them(handler, api):
    chat = talk(handler, api)
    chat.say(EVENINGS)
    chat.say("yes")
    chat = talk(handler, api)
    chat.say("ask hip coach to cancel my reminders")
    assert said("reminder.kept") in chat.say("no").speech and len(api.reminders) == 1


def create(handler, api):
    chat = talk(handler, api)
    chat.say(EVENINGS)
    return chat.say("yes")


def listing(handler, api):
    return talk(handler, api).say("ask hip coach what reminders do I have")


def cancelling(handler, api):
    chat = talk(handler, api)
    chat.say("ask hip coach to cancel my reminders")
    return chat.say("yes")


@pytest.mark.parametrize("status, words", [
    (401, "reminder.error.401"), (429, "reminder.error.429"), (400, "reminder.error.400"),
    (500, "reminder.error.down"), (503, "reminder.error.down")])
@pytest.mark.parametrize("operation", [create, listing, cancelling])
def test_every_documented_error_gets_a_clear_answer(handler, api, operation, status, words):
    api.fail_with = status
    reply = operation(handler, api)
    check_response(reply.raw)
    assert said(words) in reply.speech and not reply.session_open
    assert api.reminders == {}


def test_a_permission_taken_back_is_asked_for_again_by_voice(handler, api):
    api.permitted = False  # the API's 403 on create, though the envelope said granted
    reply = create(handler, api)
    assert permission_request(reply)["type"] == "Connections.SendRequest"
    assert api.reminders == {}


def test_listing_without_permission_sends_the_card(handler, api):
    reply = talk(handler, api, granted=False).say("ask hip coach to list my reminders")
    assert reply.raw["response"]["card"]["type"] == "AskForPermissionsConsent"
    assert api.seen == []  # nothing asked of the API without the permission


def test_an_unknown_time_zone_leaves_the_device_to_keep_the_time(handler, api):
    api.zone = None  # the settings API cannot say: the skill's clock falls back to UTC
    chat = talk(handler, api)
    chat.say(EVENINGS)
    chat.say("yes")
    (made,) = api.reminders.values()
    assert "timeZoneId" not in made["trigger"]  # Alexa then rings it in the device's zone


def test_a_reminder_set_or_listed_mid_routine_keeps_the_place_and_offers_to_carry_on(handler,
                                                                                     api):
    chat = talk(handler, api)
    chat.say("ask hip coach to start my post-run stretches")
    chat.say("(wait 20)")
    chat.say("remind me every evening at seven")
    for reply in (chat.say("yes"), chat.say("what reminders do i have")):
        check_response(reply.raw)
        assert reply.session_open and "kneeling hip flexor stretch" in reply.speech
    assert "First, the kneeling hip flexor stretch" in chat.say("continue").speech


def test_a_new_time_said_to_the_reminder_read_back_keeps_its_day_or_repeat(handler, api):
    chat = talk(handler, api)
    chat.say(SATURDAY)
    moved = chat.say("no make it half eleven")
    assert "on Saturday, December 5th at 11:30 AM. Shall I set that?" in moved.speech
    chat.say(EVENINGS)
    assert "every evening at 8:15 PM" in chat.say("i meant quarter past eight").speech


def test_a_part_of_the_day_said_to_a_daily_read_back_moves_the_repeat_with_it(handler, api):
    chat = talk(handler, api)
    chat.say(EVENINGS)
    moved = chat.say("no i meant morning").speech
    assert "every morning at 8 AM. Shall I set that?" in moved and "evening" not in moved


class HeardAsHold:
    """Alexa's NLU taking "make it nine" as a number of seconds for the hold."""

    def understand(self, text):
        return Understood("SetHoldTimeIntent", {"seconds": "9"})


def test_a_bare_hour_said_to_the_read_back_stays_in_its_half_of_the_day(handler, api):
    chat = talk(handler, api)
    chat.say("ask hip coach to remind me to stretch tomorrow at seven pm")
    assert "at 9 PM. Shall I set that?" in chat.say("make it nine").speech
    chat.say(SATURDAY)  # ten in the morning
    listening, chat.understanding = chat.understanding, HeardAsHold()
    moved = chat.say("make it nine")
    chat.understanding = listening
    assert "on Saturday, December 5th at 9 AM. Shall I set that?" in moved.speech
    assert posts(api) == 0  # nothing is made before the yes


class HeardAsPicking:
    """Alexa's NLU taking a correction for "that's the one" (PickFromListIntent, no slot)."""

    def understand(self, text):
        return Understood("PickFromListIntent", {})


def test_a_correction_heard_as_picking_reads_back_again_and_sets_nothing(handler, api):
    chat = talk(handler, api)
    chat.say(EVENINGS)
    chat.understanding = HeardAsPicking()
    again = chat.say("nah i meant the morning")
    assert "every evening at 7 PM. Shall I set that?" in again.speech
    assert "Done" not in again.speech and again.session_open and posts(api) == 0


def test_a_morning_hour_gone_by_today_is_that_hour_tonight(handler, api):
    chat = talk(handler, api)  # six in the evening
    asked = chat.say("ask hip coach to remind me to stretch tonight at eight")
    assert "on Wednesday, December 2nd at 8 PM. Shall I set that?" in asked.speech
