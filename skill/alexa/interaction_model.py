"""The Alexa interaction model, generated from the catalogue and committed under interaction_model/.

Intent and slot names are fixed: external tools drive the skill by them. Routine and stretch names
and their synonyms become slot values whose ids are catalogue ids, so entity resolution hands the
handlers an id, never free text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from skill.catalog import EXERCISES, ROUTINES, normalize

INVOCATION_NAME = "hip coach"
LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")
MODEL_DIR = Path(__file__).resolve().parents[2] / "interaction_model" / "custom"

ROUTINE_SLOT_TYPE = "RoutineName"
STRETCH_SLOT_TYPE = "StretchName"

CUSTOM_INTENTS: dict[str, dict] = {
    "StartRoutineIntent": {
        "slots": {"routine": ROUTINE_SLOT_TYPE},
        "samples": [
            "start my {routine} stretches", "start my {routine} routine", "start {routine}",
            "start the {routine} routine", "let's do {routine}", "let's do my {routine}",
            "do my {routine} stretches", "do the {routine} routine", "begin {routine}",
            "begin my {routine} stretches", "i want to do {routine}", "play {routine}",
            "start my {routine}", "{routine} stretches please", "start a routine",
            "start my stretches", "start a workout", "let's stretch",
        ],
    },
    "StretchInfoIntent": {
        "slots": {"stretch": STRETCH_SLOT_TYPE},
        "samples": [
            "what does {stretch} target", "what does the {stretch} target",
            "what muscles does {stretch} work", "what muscles does the {stretch} work",
            "what is {stretch} good for", "what is the {stretch} good for",
            "what does {stretch} stretch", "tell me about {stretch}",
            "tell me about the {stretch}", "why do {stretch}",
        ],
    },
    "HowToIntent": {
        "slots": {"stretch": STRETCH_SLOT_TYPE},
        "samples": [
            "how do i do {stretch}", "how do i do the {stretch}", "how do i do a {stretch}",
            "explain {stretch}", "explain the {stretch}", "walk me through {stretch}",
            "how to do {stretch}", "how do i do it", "how do i do that", "how does it go",
        ],
    },
    "ListRoutinesIntent": {
        "slots": {},
        "samples": [
            "what routines are there", "list the routines", "what routines do you have",
            "which routines can i do", "what can i do", "list routines", "what are my options",
        ],
    },
    "ResumeRoutineIntent": {
        "slots": {},
        "samples": [
            "resume my routine", "resume my stretches", "pick up where i left off",
            "carry on with my routine", "continue my routine", "continue my stretches",
            "go back to my routine",
        ],
    },
    "ProgressIntent": {
        "slots": {},
        "samples": [
            "how am i doing", "what's my streak", "what is my streak", "how is my streak",
            "show my progress", "what's my progress", "how many sessions have i done",
        ],
    },
    "SetHoldTimeIntent": {
        "slots": {"seconds": "AMAZON.NUMBER"},
        "samples": [
            "set my hold time to {seconds} seconds", "hold for {seconds} seconds",
            "make holds {seconds} seconds", "change hold time to {seconds} seconds",
            "set holds to {seconds}", "{seconds} second holds", "use {seconds} second holds",
        ],
    },
    "EquipmentIntent": {
        "slots": {"routine": ROUTINE_SLOT_TYPE},
        "samples": [
            "what equipment do i need", "what equipment do i need for {routine}",
            "what do i need for {routine}", "what do i need for the {routine} routine",
            "what gear do i need", "do i need any equipment", "what equipment does {routine} use",
        ],
    },
    "ForgetMeIntent": {
        "slots": {},
        "samples": [
            "forget me", "delete my data", "erase my progress", "delete my progress",
            "reset my progress", "forget my data",
        ],
    },
}

BUILT_IN_INTENTS = (
    "AMAZON.PauseIntent", "AMAZON.ResumeIntent", "AMAZON.NextIntent", "AMAZON.PreviousIntent",
    "AMAZON.RepeatIntent", "AMAZON.StartOverIntent", "AMAZON.YesIntent", "AMAZON.NoIntent",
    "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.FallbackIntent",
    "AMAZON.NavigateHomeIntent",
)

SMALL_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                 "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                 "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _number_words(n: int) -> str:
    if n < 20:
        return SMALL_NUMBERS[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + ("" if ones == 0 else f" {SMALL_NUMBERS[ones]}")


def spoken_form(name: str) -> str:
    """A name as Alexa expects it in a model: lowercase words, numbers spelled out."""
    return re.sub(r"\d+", lambda m: _number_words(int(m.group())), normalize(name))


def _slot_values(entries) -> list[dict]:
    values = []
    for entry in entries:
        forms = list(dict.fromkeys(spoken_form(n) for n in entry.spoken_names))
        values.append({"id": entry.id, "name": {"value": forms[0], "synonyms": forms[1:]}})
    return values


def build_model() -> dict:
    intents = [
        {"name": name,
         "slots": [{"name": slot, "type": slot_type} for slot, slot_type in spec["slots"].items()],
         "samples": spec["samples"]}
        for name, spec in CUSTOM_INTENTS.items()
    ] + [{"name": name, "samples": []} for name in BUILT_IN_INTENTS]
    return {"interactionModel": {"languageModel": {
        "invocationName": INVOCATION_NAME,
        "intents": intents,
        "types": [
            {"name": ROUTINE_SLOT_TYPE, "values": _slot_values(ROUTINES)},
            {"name": STRETCH_SLOT_TYPE, "values": _slot_values(EXERCISES)},
        ],
    }}}


def render_model() -> str:
    return json.dumps(build_model(), indent=2, ensure_ascii=False) + "\n"


def model_path(locale: str) -> Path:
    return MODEL_DIR / f"{locale}.json"


def write_models() -> list[Path]:
    MODEL_DIR.mkdir(parents=True, exist_ok=True)
    text = render_model()
    paths = [model_path(locale) for locale in LOCALES]
    for path in paths:
        path.write_text(text, encoding="utf-8")
    return paths


def stale_models() -> list[Path]:
    """The committed model files that differ from what the catalogue generates now."""
    text = render_model()
    return [model_path(locale) for locale in LOCALES
            if not model_path(locale).exists()
            or model_path(locale).read_text(encoding="utf-8") != text]


def load_model(locale: str = "en-US") -> dict:
    return json.loads(model_path(locale).read_text(encoding="utf-8"))["interactionModel"][
        "languageModel"]
