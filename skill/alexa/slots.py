"""Reading slots as entity resolution delivers them: catalogue ids, or what was heard."""

from __future__ import annotations

import re
from typing import NamedTuple

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_slot

from skill.catalog import closest
from skill.voice.numbers import words_to_number


class Heard(NamedTuple):
    """What a slot holds: the catalogue ids it names (one, or several when the words fit more
    than one entry equally), and the words heard. No words: the slot was empty."""

    ids: tuple[str, ...]
    words: str | None

    @property
    def one(self) -> str | None:
        return self.ids[0] if len(self.ids) == 1 else None


def said(handler_input: HandlerInput, slot_name: str) -> str | None:
    """The slot's value as Alexa sent it (for its built-in types, already resolved: an ISO
    date, a time), or None."""
    slot = get_slot(handler_input, slot_name)
    return slot.value if slot is not None and slot.value else None


def value_id(handler_input: HandlerInput, slot_name: str) -> str | None:
    """The id of the value entity resolution matched, or None."""
    from ask_sdk_model.slu.entityresolution import StatusCode  # off the cold start: launches

    slot = get_slot(handler_input, slot_name)
    authorities = slot.resolutions.resolutions_per_authority if slot and slot.resolutions else None
    for authority in authorities or ():
        code = authority.status.code if authority.status else None
        if code == StatusCode.ER_SUCCESS_MATCH and authority.values:
            return authority.values[0].value.id
    return None


def heard(handler_input: HandlerInput, slot_name: str, entries) -> Heard:
    """The id comes from entity resolution when Alexa matched a value; failing that, from the
    catalogue entries whose names share the most words with what was heard ("start my pre-run
    mobility routine"), so a near miss is forgiven and a tie is known."""
    slot = get_slot(handler_input, slot_name)
    if slot is None or not slot.value:
        return Heard((), None)
    matched = value_id(handler_input, slot_name)
    if matched is not None:
        return Heard((matched,), slot.value)
    return Heard(tuple(entry.id for entry in closest(slot.value, entries)), slot.value)


def number(handler_input: HandlerInput, slot_name: str) -> int | None:
    """A number slot's value; None if empty or not a whole number (Alexa sends "?" for a number
    it did not catch). Alexa sends digits; some simulators send words ("five"), read too."""
    slot = get_slot(handler_input, slot_name)
    return words_to_number(slot.value) if slot is not None and slot.value else None


# AMAZON.DURATION's ISO 8601 value: days, then after the T hours, minutes, seconds (an "M"
# before the T would be months, which no hold or run lasts).
_DURATION = re.compile(r"P(?:(\d+)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?"
                       r"(?:(\d+(?:\.\d+)?)S)?)?")


def duration_seconds(value: str | None) -> int | None:
    """Seconds in an AMAZON.DURATION value ("PT1M30S" is 90); None for anything else ("?",
    months, years, weeks)."""
    found = _DURATION.fullmatch(value or "")
    if not found or not any(found.groups()):
        return None
    days, hours, minutes, seconds = (float(part or 0) for part in found.groups())
    return round(((days * 24 + hours) * 60 + minutes) * 60 + seconds)


def duration(handler_input: HandlerInput, slot_name: str) -> int | None:
    """A duration slot's value in seconds, or None."""
    slot = get_slot(handler_input, slot_name)
    return duration_seconds(slot.value) if slot is not None else None
