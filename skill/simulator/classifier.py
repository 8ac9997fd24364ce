"""A second stand-in for Alexa's language understanding, independent of the lenient matcher: a
linear classifier (scikit-learn: TF-IDF over character and word n-grams, a linear SVM) trained
only on the interaction model's sample utterances, each slot filled with values of its type.
It reads each line twice: as said, and with the slot values found in it standing as their
types ("the slottype one"), as Alexa's NLU recognises entities in context; so "the quick one"
is learnt from every sample that names a routine, not only from those that drew "quick".
Alexa's NLU is statistical and trained on the same samples, so a phrasing the samples teach
only through the matcher's hand-made rules (filler lists, pain words, thresholds) may still be
missed by it; where the two stand-ins disagree, the corpus replays the turn with this one's
intent (skill.simulator.runner_corpus).

It always names an intent: the fallback competes as a class through its own out-of-domain
samples, as in the model, with no confidence threshold chosen on any corpus. Slot values are
found by the same entity resolution as the lenient matcher's (skill.simulator.value_finding).
"""

from __future__ import annotations

import functools
import itertools
import json
import re

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import make_pipeline, make_union
from sklearn.svm import LinearSVC

from skill.alexa.language.interaction_model import spoken_form
from skill.simulator.nlu import BUILT_IN_SAMPLES, Understood, said_form
from skill.simulator.value_finding import ValueFinder, type_token

# Values a built-in slot type takes in training (Alexa's own lists are far longer); a type not
# named here is filled with its slot's name.
BUILT_IN_VALUES = {
    "AMAZON.NUMBER": ("five", "ten", "thirty", "forty five", "ninety", "two"),
    "AMAZON.DATE": ("today", "tomorrow", "saturday", "monday", "next week"),
    "AMAZON.TIME": ("seven", "seven am", "six thirty", "ten pm", "evening", "noon"),
    "AMAZON.DURATION": ("a minute", "ninety seconds", "a minute and a half", "thirty seconds",
                        "two minutes"),
    "AMAZON.SearchQuery": ("my leg is shaking", "my heel comes up", "my back arches",
                           "i lean forward", "my hips twist", "i wobble"),
}
FILLS = 3  # each sample is taught this many times, its slots filled with successive values


def training_set(model: dict) -> tuple[list[str], list[str]]:
    """(utterance, intent) pairs: every sample, its slots filled with values of their types in
    turn, so every value and synonym is seen somewhere."""
    values = {t["name"]: [spoken_form(form) for v in t["values"]
                          for form in (v["name"]["value"], *v["name"].get("synonyms", ()))]
              for t in model["types"]}
    turns = {name: itertools.cycle(forms) for name, forms in
             {**{k: list(v) for k, v in BUILT_IN_VALUES.items()}, **values}.items()}
    texts, intents = [], []
    for intent in model["intents"]:
        slot_types = {s["name"]: s["type"] for s in intent.get("slots", ())}
        for sample in dict.fromkeys([*intent.get("samples", ()),
                                     *BUILT_IN_SAMPLES.get(intent["name"], ())]):
            for _ in range(FILLS if "{" in sample else 1):
                filled = re.sub(r"\{(\w+)\}", lambda m, types=slot_types: next(
                    turns[types[m.group(1)]]) if types[m.group(1)] in turns else m.group(1),
                    sample)
                texts.append(spoken_form(filled.replace("'", "")))
                intents.append(intent["name"])
    return texts, intents


_VIEWS = "\t"  # joins a line's two readings into the one text the pipeline takes


def _as_said(text: str) -> str:
    return text.partition(_VIEWS)[0]


def _as_typed(text: str) -> str:
    return text.partition(_VIEWS)[2]


class Classifier:
    """`understand(text) -> Understood`, as the chat engine asks a listener."""

    def __init__(self, model: dict):
        self.finder = ValueFinder(model)
        texts, intents = training_set(model)
        features = make_union(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                            preprocessor=_as_said),
            TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True,
                            preprocessor=_as_said),
            TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True,
                            preprocessor=_as_typed))
        self.pipeline = make_pipeline(features, LinearSVC(class_weight="balanced"))
        self.pipeline.fit([self._read(text.split())[0] for text in texts], intents)
        self.slot_types = {i["name"]: {s["name"]: s["type"] for s in i.get("slots", ())}
                           for i in model["intents"]}

    def _read(self, words: list[str]) -> tuple[str, list[tuple[str, str]]]:
        """The line's two readings, joined, and the slot values found in it."""
        typed, found = self.finder.delexicalise(words)
        return f"{' '.join(words)}{_VIEWS}{typed}", found

    def understand(self, text: str) -> Understood:
        words = said_form(text).split()
        if not words:
            return Understood("AMAZON.FallbackIntent")
        read, found = self._read(words)
        intent = str(self.pipeline.predict([read])[0])
        slots: dict[str, str] = {}
        for name, slot_type in self.slot_types.get(intent, {}).items():
            value = next((v for token, v in found if token == type_token(slot_type)), None)
            if value is not None:
                slots[name] = value
        return Understood(intent, slots)


@functools.cache
def _trained(model_json: str) -> Classifier:
    return Classifier(json.loads(model_json))


def classifier_for(model: dict) -> Classifier:
    """The classifier trained on `model`, trained once a process."""
    return _trained(json.dumps(model, sort_keys=True))
