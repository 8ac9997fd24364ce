"""The mobility check's results describe a body: the consent says what is kept, for how long
and that others using the device may hear it; kept findings are volunteered at launch only to
the recognised person whose record it is, and on an account's own record only said when asked
("how are my hips")."""

from datetime import UTC, datetime

from skill.alexa.skill import build_skill, handle_event
from skill.coach.checkin import CheckResult, Finding
from skill.coach.progress import Finished, Profile
from skill.pages.legal import INACTIVE_MONTHS
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.store import MemoryProgressStore
from skill.voice.text import phrase

NOW = datetime(2026, 11, 28, 17, 0, tzinfo=UTC)
USER, PERSON = "amzn1.ask.account.household", "amzn1.ask.person.kim"
FINDING = "front of your hip stopped you early, more on the left"


def test_the_consent_says_what_is_kept_for_how_long_and_who_may_hear_it():
    consent = phrase("check.consent")
    assert "whether you reached each test's mark and which side felt tighter" in consent
    assert f"for {INACTIVE_MONTHS} months after you last use" in consent  # the store's expiry
    assert "Others using this device may hear them" in consent
    assert consent.endswith("Yes or no?")


def talk(store, person=None):
    skill = build_skill(store)
    return Conversation(lambda event, context: handle_event(skill, event, context),
                        Caller(user_id=USER, person_id=person), start=NOW)


def with_a_finding(store, key: str) -> None:
    yesterday = NOW.timestamp() - 86400
    store.save(key, Profile(heard_safety=True, check_consent=True, history=(
        Finished("mobility_check", yesterday, "2026-11-27"),), checks=(CheckResult(
            yesterday, "2026-11-27", (Finding("kneeling_hip_flexor_test", "limited", "left"),),
            "post_run"),)).to_dict(), USER)


def test_findings_on_the_accounts_record_are_not_volunteered_at_launch_but_said_when_asked():
    store = MemoryProgressStore()
    with_a_finding(store, USER)
    chat = talk(store)
    opened = chat.say("open hip coach")
    assert FINDING not in opened.speech.lower() and "post-run" in opened.speech
    assert FINDING in chat.say("how are my hips").speech.lower()


def test_a_recognised_person_hears_their_own_findings_at_launch():
    store = MemoryProgressStore()
    with_a_finding(store, PERSON)
    assert FINDING in talk(store, PERSON).say("open hip coach").speech.lower()
