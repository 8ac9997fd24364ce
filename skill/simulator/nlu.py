"""A small stand-in for Alexa's language understanding, driven by the committed model.

It matches typed text against the model's sample utterances (slots as wildcards), prefers
matches whose slot values resolve, and knows a few phrasings of Amazon's built-in intents, which
the model lists without samples.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from skill.alexa.language.interaction_model import spoken_form
from skill.simulator.envelopes import slot_values
from skill.voice.numbers import words_to_number

BUILT_IN_SAMPLES = {
    "AMAZON.PauseIntent": ("pause", "pause it", "hold on", "pause the routine"),
    "AMAZON.ResumeIntent": ("resume", "continue", "go on", "carry on"),
    "AMAZON.NextIntent": ("next", "skip", "skip this", "next one", "next stretch"),
    "AMAZON.PreviousIntent": ("previous", "go back", "back", "previous one"),
    "AMAZON.RepeatIntent": ("repeat", "say that again", "repeat that", "again"),
    "AMAZON.StartOverIntent": ("start over", "restart", "from the top", "start again"),
    "AMAZON.YesIntent": ("yes", "yeah", "yes please", "sure", "yep", "ok", "okay"),
    "AMAZON.NoIntent": ("no", "nope", "no thanks", "no thank you"),
    "AMAZON.HelpIntent": ("help", "help me", "what can you do"),
    "AMAZON.StopIntent": ("stop", "off", "shut up", "be quiet"),
    "AMAZON.CancelIntent": ("cancel", "never mind", "nevermind", "forget it"),
    "AMAZON.NavigateHomeIntent": ("go home", "home"),
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def _date_words(words: str) -> bool:
    return words in ("today", "tomorrow") or words.removeprefix("this ").removeprefix(
        "next ") in WEEKDAYS


def _time_words(words: str) -> bool:
    hour, _, rest = words.partition(" ")
    return words in PARTS_OF_DAY or (words_to_number(hour) is not None and rest in (
        "", "am", "pm", "a m", "p m", "o'clock", "oclock", "in the morning", "in the evening"))


# Amazon's built-in slot types the simulator hears (a few of the words each resolves), and
# what Alexa sends for them (`resolve_built_in`).
BUILT_IN_WORDS = {"AMAZON.DATE": _date_words, "AMAZON.TIME": _time_words}
BUILT_IN_TYPES = {"AMAZON.NUMBER", *BUILT_IN_WORDS}
# Samples with fewer literal characters than this ("{routine}", "the {routine} one") are a bare
# name: Alexa fills them only with words that resolve, and sends anything else to the fallback.
BARE_SAMPLE_CHARS = 12


@dataclass(frozen=True)
class Understood:
    intent: str
    slots: dict[str, str] = field(default_factory=dict)


def _pattern(sample: str) -> re.Pattern:
    parts = re.split(r"(\{\w+\})", sample)
    regex = "".join(f"(?P<{p[1:-1]}>.+?)" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(f"^{regex}$")


class Understanding:
    def __init__(self, model: dict):
        self._values = slot_values(model)
        # Samples in model order, filed by their first word (a sample that starts with a slot,
        # under ""): a line is tried only against samples that can start as it does.
        self._samples: dict[str, list[tuple[int, str, re.Pattern, dict[str, str], int]]] = {}
        order = 0
        for intent in model["intents"]:
            slot_types = {s["name"]: s["type"] for s in intent.get("slots", ())}
            samples = [*intent.get("samples", ()), *BUILT_IN_SAMPLES.get(intent["name"], ())]
            for sample in dict.fromkeys(samples):
                literal = len(re.sub(r"\{\w+\}", "", sample))
                normal = _normal_sample(sample)
                first = normal.split(" ", 1)[0]
                self._samples.setdefault("" if "{" in first else first, []).append(
                    (order, intent["name"], _pattern(normal), slot_types, literal))
                order += 1

    def understand(self, text: str) -> Understood:
        heard = spoken_form(text.replace("'", ""))
        best: tuple[tuple, Understood] | None = None
        candidates = heapq.merge(self._samples.get(heard.split(" ", 1)[0], ()),
                                 self._samples.get("", ()))  # in model order: ties go first
        for _, intent, pattern, slot_types, literal in candidates:
            match = pattern.match(heard)
            if not match:
                continue
            slots = match.groupdict()
            if any(slot_types[n] == "AMAZON.NUMBER" and words_to_number(v) is None
                   for n, v in slots.items()):
                continue
            slots = {n: str(words_to_number(v)) if slot_types[n] == "AMAZON.NUMBER" else v
                     for n, v in slots.items()}
            if any(slot_types[n] in BUILT_IN_WORDS and not BUILT_IN_WORDS[slot_types[n]](v)
                   for n, v in slots.items()):
                continue
            resolved = sum(1 for n, v in slots.items()
                           if spoken_form(v) in self._values.get(slot_types[n], {}))
            unresolved = len(slots) - sum(1 for n in slots if slot_types[n] in BUILT_IN_TYPES) \
                - resolved
            if unresolved and literal < BARE_SAMPLE_CHARS:
                continue  # a bare-name sample matches a name, not any words at all
            score = (-unresolved, literal, resolved)
            if best is None or score > best[0]:
                best = (score, Understood(intent, slots))
        return best[1] if best else Understood("AMAZON.FallbackIntent")


def _normal_sample(sample: str) -> str:
    """A sample with its literal words folded like heard text, keeping the {slot} markers."""
    parts = re.split(r"(\{\w+\})", sample)
    folded = [p if p.startswith("{") else spoken_form(p.replace("'", "")) for p in parts]
    return " ".join(" ".join(folded).split())


def resolve_built_in(slots: dict[str, str], slot_types: dict[str, str], today: date
                     ) -> dict[str, str]:
    """`slots` with AMAZON.DATE and AMAZON.TIME words as Alexa sends them: an ISO date (the
    next such weekday, counting today), "HH:MM" (an hour alone as said: "seven" is 07:00, as
    Alexa leaves it), or MO, AF, EV, NI for a part of the day."""
    out = dict(slots)
    for name, words in slots.items():
        if slot_types.get(name) == "AMAZON.DATE" and _date_words(words):
            day = words.removeprefix("this ").removeprefix("next ")
            ahead = {"today": 0, "tomorrow": 1}.get(day)
            if ahead is None:
                ahead = (WEEKDAYS.index(day) - today.weekday()) % 7
            out[name] = (today + timedelta(days=ahead)).isoformat()
        elif slot_types.get(name) == "AMAZON.TIME" and _time_words(words):
            if words in PARTS_OF_DAY:
                out[name] = PARTS_OF_DAY[words]
                continue
            hour_words, _, rest = words.partition(" ")
            hour = words_to_number(hour_words) % 24
            if rest in ("pm", "p m", "in the evening") and hour < 12:
                hour += 12
            elif rest in ("am", "a m", "in the morning") and hour == 12:
                hour = 0
            out[name] = f"{hour:02}:00"
    return out
