"""Reading slots as entity resolution delivers them: a catalogue id, or why there is none."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_slot
from ask_sdk_model.slu.entityresolution import StatusCode

from skill.catalog import find_exercise, find_routine


def resolved_id(handler_input: HandlerInput, slot_name: str) -> tuple[str | None, str | None]:
    """(catalogue id, what was heard). The id comes from entity resolution when Alexa matched a
    value; failing that, from the catalogue's own name lookup of the heard words."""
    slot = get_slot(handler_input, slot_name)
    if slot is None or not slot.value:
        return None, None
    authorities = slot.resolutions.resolutions_per_authority if slot.resolutions else None
    for authority in authorities or ():
        code = authority.status.code if authority.status else None
        if code == StatusCode.ER_SUCCESS_MATCH and authority.values:
            return authority.values[0].value.id, slot.value
    entry = find_routine(slot.value) if slot_name == "routine" else find_exercise(slot.value)
    return (entry.id if entry else None), slot.value


def number(handler_input: HandlerInput, slot_name: str) -> int | None:
    slot = get_slot(handler_input, slot_name)
    try:
        return int(slot.value) if slot is not None and slot.value else None
    except ValueError:
        return None
