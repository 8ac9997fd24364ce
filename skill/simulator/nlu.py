"""A small stand-in for Alexa's language understanding, driven by the committed model.

It matches typed text against the model's sample utterances (slots as wildcards), prefers
matches whose slot values resolve, and knows a few phrasings of Amazon's built-in intents, which
the model lists without samples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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
        self._samples: list[tuple[str, re.Pattern, dict[str, str], int]] = []
        for intent in model["intents"]:
            slot_types = {s["name"]: s["type"] for s in intent.get("slots", ())}
            samples = [*intent.get("samples", ()), *BUILT_IN_SAMPLES.get(intent["name"], ())]
            for sample in dict.fromkeys(samples):
                literal = len(re.sub(r"\{\w+\}", "", sample))
                self._samples.append((intent["name"], _pattern(_normal_sample(sample)),
                                      slot_types, literal))

    def understand(self, text: str) -> Understood:
        heard = spoken_form(text.replace("'", ""))
        best: tuple[tuple, Understood] | None = None
        for intent, pattern, slot_types, literal in self._samples:
            match = pattern.match(heard)
            if not match:
                continue
            slots = match.groupdict()
            if any(slot_types[n] == "AMAZON.NUMBER" and words_to_number(v) is None
                   for n, v in slots.items()):
                continue
            slots = {n: str(words_to_number(v)) if slot_types[n] == "AMAZON.NUMBER" else v
                     for n, v in slots.items()}
            resolved = sum(1 for n, v in slots.items()
                           if spoken_form(v) in self._values.get(slot_types[n], {}))
            unresolved = len(slots) - sum(1 for n in slots if slot_types[n] == "AMAZON.NUMBER") \
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
