"""Doses that stay right: a hold the runner is building up to (30 s the first time, growing to
the article's minute) stays today's length whatever version plays, through easier, harder and
pain's gentler version, and every dose the coach says is the one the steps will play. Through
the Lambda entry, as a first-time runner talks."""

from datetime import UTC, datetime

from skill.alexa.skill import build_skill, handle_event
from skill.catalog.exercises import BUILD_UP_START
from skill.coach.progress import Profile
from skill.simulator.chat import Conversation
from skill.simulator.envelopes import Caller
from skill.store import MemoryProgressStore
from skill.voice.text import duration

START = datetime(2026, 6, 1, 18, 0, tzinfo=UTC)
TODAY = duration(BUILD_UP_START)  # "30 seconds": a first-timer's kneeling hip flexor hold


def first_timer() -> Conversation:
    store = MemoryProgressStore()
    caller = Caller(user_id="amzn1.ask.account.first")
    store.items[caller.user_id] = {**Profile(heard_safety=True).to_dict(), "version": 1}
    skill = build_skill(store)
    return Conversation(lambda event, context: handle_event(skill, event, context), caller,
                        START)


def holds_said(speech: str) -> list[str]:
    """The durations of the count-ins a response says ("Hold for 30 seconds")."""
    return [part.split(".")[0] for part in speech.split("Hold for ")[1:] +
            speech.split("Hold it for ")[1:]]


def test_a_grown_hold_survives_easier_then_harder():
    chat = first_timer()
    opening = chat.say("ask hip coach to start my post-run stretches").speech
    assert holds_said(opening)[0] == TODAY
    chat.say("(wait 40)")
    easier = chat.say("make it easier").speech
    assert easier.startswith("Let's make it easier. First, the supported kneeling hip flexor")
    assert set(holds_said(easier)[:2]) == {TODAY}
    back = chat.say("make it harder").speech
    assert back.startswith("Let's make it harder. First, the kneeling hip flexor stretch")
    assert set(holds_said(back)[:2]) == {TODAY}, back  # not the written minute
    assert TODAY in chat.say("how long do I hold this").speech


def test_a_grown_hold_survives_the_harder_version_and_pains_gentler_one():
    chat = first_timer()
    chat.say("ask hip coach to start my post-run stretches")
    chat.say("(wait 40)")
    harder = chat.say("make it harder").speech
    assert harder.startswith("Let's make it harder. First, the advanced kneeling hip flexor")
    assert set(holds_said(harder)[:2]) == {TODAY}, harder
    chat.say("(wait 20)")
    chat.say("that hurts")
    gentler = chat.say("the gentler version").speech
    assert gentler.startswith("Let's make it easier. First, the kneeling hip flexor stretch")
    assert set(holds_said(gentler)[:2]) == {TODAY}, gentler
