"""The committed interaction model is current, consistent, and covers the catalogue."""

import re
from collections import Counter

import pytest

from skill.alexa.language.interaction_model import (
    BUILT_IN_INTENTS,
    CUSTOM_INTENTS,
    INVOCATION_NAME,
    LOCALES,
    load_model,
    spoken_form,
    stale_models,
)
from skill.alexa.language.samples import SAID_LOOSELY
from skill.catalog import AREAS, EXERCISES, ROUTINES

FIXED_INTENTS = {
    "StartRoutineIntent": {"routine": "RoutineName"}, "StretchInfoIntent": {"stretch":
                                                                            "StretchName"},
    "HowToIntent": {"stretch": "StretchName"}, "ListRoutinesIntent": {},
    "ResumeRoutineIntent": {}, "ProgressIntent": {}, "SetHoldTimeIntent": {
        "seconds": "AMAZON.NUMBER"}, "EquipmentIntent": {"routine": "RoutineName"},
    "ForgetMeIntent": {},
}


def test_committed_models_match_the_catalogue():
    stale = stale_models()
    assert not stale, f"regenerate with `hipcoach model`: {stale}"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_english_locale_has_the_same_model(locale):
    assert load_model(locale) == load_model("en-US")


def test_fixed_intent_and_slot_names():
    model = load_model()
    intents = {i["name"]: {s["name"]: s["type"] for s in i.get("slots", ())}
               for i in model["intents"]}
    for name, slots in FIXED_INTENTS.items():  # kept as they were; a new slot may join them
        assert slots.items() <= intents[name].items(), name
    assert set(BUILT_IN_INTENTS) <= set(intents)
    for required in ("AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent",
                     "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent"):
        assert required in intents


def test_no_sample_utterance_is_in_two_intents():
    samples = Counter(s.lower() for i in load_model()["intents"] for s in i.get("samples", ()))
    assert [s for s, n in samples.items() if n > 1] == []


def test_every_slot_type_exists_and_every_slot_is_in_its_samples():
    model = load_model()
    declared = {t["name"] for t in model["types"]}
    for intent in model["intents"]:
        for slot in intent.get("slots", ()):
            assert slot["type"] in declared or slot["type"].startswith("AMAZON.")
            assert any(f"{{{slot['name']}}}" in s for s in intent["samples"]), slot
        for sample in intent.get("samples", ()):
            for used in re.findall(r"\{(\w+)\}", sample):
                assert used in {s["name"] for s in intent.get("slots", ())}


def test_samples_use_only_words_alexa_accepts():
    for intent in CUSTOM_INTENTS.values():
        for sample in intent["samples"]:
            assert re.fullmatch(r"[a-z' {}]+", sample), sample


def test_invocation_name_follows_alexas_rules():
    words = INVOCATION_NAME.split()
    assert INVOCATION_NAME.lower() == INVOCATION_NAME
    assert re.fullmatch(r"[a-z ]+", INVOCATION_NAME)
    assert 2 <= len(words) <= 3
    assert not {"alexa", "amazon", "echo", "skill", "app", "launch", "ask", "tell", "open",
                "start", "stop"} & set(words)


@pytest.mark.parametrize("type_name, entries", [("RoutineName", ROUTINES),
                                                ("StretchName", EXERCISES)])
def test_every_catalogue_entry_is_a_slot_value_with_its_synonyms(type_name, entries):
    values = next(t["values"] for t in load_model()["types"] if t["name"] == type_name)
    by_id = {v["id"]: v for v in values}
    assert set(by_id) == {e.id for e in entries}
    spoken = Counter()
    for entry in entries:
        value = by_id[entry.id]["name"]
        forms = {value["value"], *value["synonyms"]}
        loosely = SAID_LOOSELY.get(entry.id, ())
        assert {spoken_form(n) for n in (*entry.spoken_names, *loosely)} == forms
        spoken.update(forms)
        assert all(re.fullmatch(r"[a-z ]+", f) for f in forms)
    assert [f for f, n in spoken.items() if n > 1] == []  # no synonym names two entries


def test_loose_names_belong_to_catalogue_entries_and_add_something():
    ids = {e.id for e in (*ROUTINES, *EXERCISES, *AREAS)}
    assert set(SAID_LOOSELY) <= ids
    names = {e.id: {spoken_form(n) for n in e.spoken_names} for e in (*ROUTINES, *EXERCISES)}
    assert [(i, f) for i, forms in SAID_LOOSELY.items() for f in forms
            if spoken_form(f) in names.get(i, ())] == []  # each is a form the catalogue lacks
