"""The Alexa interaction model, generated from the catalogue and committed under interaction_model/.

The samples live in skill.alexa.language.samples. Routine, stretch and body-area names and their
synonyms become slot values whose ids are catalogue ids, so entity resolution hands the handlers
an id, never free text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from skill.alexa.language.samples import (
    AREA,
    BUILT_IN_SAMPLES,
    CONVERSATION_TYPES,
    CUSTOM_INTENTS,
    ROUTINE,
    SAID_LOOSELY,
    STRETCH,
)
from skill.catalog import AREAS, EXERCISES, ROUTINES, normalize
from skill.voice.numbers import number_words

INVOCATION_NAME = "hip coach"
LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")
# The skill package format the ASK CLI and SMAPI read: interactionModels/custom/<locale>.json.
MODEL_DIR = (Path(__file__).resolve().parents[3] / "interaction_model" / "interactionModels"
             / "custom")

BUILT_IN_INTENTS = (
    "AMAZON.PauseIntent", "AMAZON.ResumeIntent", "AMAZON.NextIntent", "AMAZON.PreviousIntent",
    "AMAZON.RepeatIntent", "AMAZON.StartOverIntent", "AMAZON.YesIntent", "AMAZON.NoIntent",
    "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.FallbackIntent",
    "AMAZON.NavigateHomeIntent",
    # An AudioPlayer skill is expected to answer these too (a routine neither loops nor shuffles).
    "AMAZON.LoopOffIntent", "AMAZON.LoopOnIntent", "AMAZON.ShuffleOffIntent",
    "AMAZON.ShuffleOnIntent",
)

def spoken_form(name: str) -> str:
    """A name as Alexa expects it in a model: lowercase words, numbers spelled out."""
    return re.sub(r"\d+", lambda m: number_words(int(m.group())), normalize(name))


def slot_values(model: dict) -> dict[str, dict[str, tuple[str, str]]]:
    """For each custom slot type: every spoken form -> (value id, canonical value)."""
    table: dict[str, dict[str, tuple[str, str]]] = {}
    for slot_type in model["types"]:
        forms = table.setdefault(slot_type["name"], {})
        for value in slot_type["values"]:
            canonical = value["name"]["value"]
            for form in (canonical, *value["name"].get("synonyms", ())):
                forms[spoken_form(form)] = (value["id"], canonical)
    return table


def spoken_forms(entry) -> list[str]:
    """A catalogue entry's names, then the ways runners say them loosely, as the model has them."""
    names = [*entry.spoken_names, *SAID_LOOSELY.get(entry.id, ())]
    return list(dict.fromkeys(spoken_form(n) for n in names))


def _slot_values(entries) -> list[dict]:
    values = []
    for entry in entries:
        forms = spoken_forms(entry)
        values.append({"id": entry.id, "name": {"value": forms[0], "synonyms": forms[1:]}})
    return values


def slot_types() -> list[dict]:
    """Catalogue entries (routines, stretches, body areas), then the conversation's own."""
    types = [{"name": ROUTINE, "values": _slot_values(ROUTINES)},
             {"name": STRETCH, "values": _slot_values(EXERCISES)},
             {"name": AREA, "values": _slot_values(AREAS)}]
    for name, values in CONVERSATION_TYPES.items():
        types.append({"name": name, "values": [
            {"id": value_id, "name": {"value": forms[0], "synonyms": forms[1:]}}
            for value_id, forms in values]})
    return types


def build_model() -> dict:
    intents = [
        {"name": name,
         "slots": [{"name": slot, "type": slot_type} for slot, slot_type in spec["slots"].items()],
         "samples": spec["samples"]}
        for name, spec in CUSTOM_INTENTS.items()
    ] + [{"name": name, "samples": BUILT_IN_SAMPLES.get(name, [])} for name in BUILT_IN_INTENTS]
    return {"interactionModel": {"languageModel": {
        "invocationName": INVOCATION_NAME,
        "intents": intents,
        "types": slot_types(),
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
