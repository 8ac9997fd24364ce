"""A small stand-in for Alexa's language understanding, driven by the committed model.

It matches typed text against the model's sample utterances (slots as wildcards), prefers
matches whose slot values resolve, and knows a few phrasings of Amazon's built-in intents, which
the model lists without samples.
"""

from __future__ import annotations

import functools
import heapq
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from skill.alexa.language.interaction_model import load_model, spoken_form
from skill.alexa.language.samples import HURT_WORDS
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
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI"}
# AMAZON.TIME's fixed words, and how an hour is qualified ("seven in the evening").
CLOCK_WORDS = {"noon": (12, 0), "midday": (12, 0), "midnight": (0, 0)}
AFTER_NOON = ("pm", "p m", "in the evening", "in the afternoon", "at night", "tonight",
              "this evening", "this afternoon")
BEFORE_NOON = ("am", "a m", "in the morning", "this morning")
PART_FIRST = {"evening": "in the evening", "this evening": "this evening",
              "morning": "in the morning", "this morning": "this morning",
              "afternoon": "in the afternoon", "tonight": "tonight"}
# AMAZON.DURATION's units, as ISO 8601 writes them (after the T: minutes, not months).
DURATION_UNITS = {"second": "S", "seconds": "S", "minute": "M", "minutes": "M", "hour": "H",
                  "hours": "H"}
UNIT_SECONDS = {"H": 3600, "M": 60, "S": 1}
HALF_OF = {"S": None, "M": "S", "H": "M"}  # half a unit, in the next smaller unit
_COUNT = {"a": 1, "an": 1, "one": 1}


def _clock(words: str) -> tuple[int, int] | None:
    """(hour, minute) as said: "seven", "seven thirty", "half six" (6:30), "half past six",
    "quarter past seven", "quarter to eight", "twenty past six", "seven o'clock", each with
    am, pm or a part of the day after it (or before it: "evening seven"); "noon", "midnight"."""
    if words in CLOCK_WORDS:
        return CLOCK_WORDS[words]
    said_first = next((part for part in PART_FIRST if words.startswith(part + " ")), None)
    if said_first:  # "evening seven o'clock", as many Englishes put it: seven in the evening
        words = f"{words.removeprefix(said_first + ' ')} {PART_FIRST[said_first]}"
    later = next((w for w in AFTER_NOON if words.endswith(" " + w)), None)
    earlier = next((w for w in BEFORE_NOON if words.endswith(" " + w)), None)
    words = words.removesuffix(" " + (later or earlier or "")).removesuffix(" o'clock") \
        .removesuffix(" oclock")
    parts = words.split()
    hour, minute = None, 0
    if parts[:1] == ["half"]:  # "half six" (British) and "half past six" are 6:30
        hour, minute = words_to_number(" ".join(parts[1:]).removeprefix("past ")), 30
    elif len(parts) >= 3 and parts[-2] in ("past", "to"):
        before = " ".join(parts[:-2]).removesuffix(" minutes")
        by = 15 if before in ("quarter", "a quarter") else words_to_number(before)
        hour = words_to_number(parts[-1])
        if by is None or hour is None or not 0 < by < 60:
            return None
        hour, minute = (hour, by) if parts[-2] == "past" else (hour - 1, 60 - by)
    elif parts:
        hour = words_to_number(parts[0])
        rest = " ".join(parts[1:]).removeprefix("oh ")
        minute = words_to_number(rest) if rest else 0
    if hour is None or minute is None or not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    hour %= 24
    if later and hour < 12:
        hour += 12
    elif earlier and hour == 12:
        hour = 0
    return hour, minute


def time_value(words: str) -> str | None:
    """What Alexa sends for AMAZON.TIME words: "HH:MM" (an hour alone as said: "seven" is
    07:00, as Alexa leaves it), or MO, AF, EV, NI for a part of the day."""
    part = words.removeprefix("this ").removeprefix("in the ")
    if part in PARTS_OF_DAY:
        return PARTS_OF_DAY[part]
    clock = _clock(words)
    return f"{clock[0]:02}:{clock[1]:02}" if clock else None


def date_value(words: str, today: date) -> str | None:
    """What Alexa sends for AMAZON.DATE words: an ISO date (a weekday is the next one, counting
    today; "last" one is the one before), or an ISO week's weekend ("2026-W49-WE")."""
    ahead = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1,
             "the day after tomorrow": 2}.get(words)
    if words == "this weekend":
        year, week, _ = today.isocalendar()
        return f"{year}-W{week:02}-WE"
    day = words.removeprefix("this ").removeprefix("next ").removeprefix("on ")
    if ahead is None and day in WEEKDAYS:
        ahead = (WEEKDAYS.index(day) - today.weekday()) % 7
    elif ahead is None and words.removeprefix("last ") in WEEKDAYS:
        ahead = (WEEKDAYS.index(words.removeprefix("last ")) - today.weekday()) % 7 - 7 or -7
    return None if ahead is None else (today + timedelta(days=ahead)).isoformat()


def duration_value(words: str) -> str | None:
    """What Alexa sends for AMAZON.DURATION words, ISO 8601: "ninety seconds" PT90S, "a minute"
    (or "a full minute") PT1M, "a minute and a half" PT1M30S, "half an hour" PT30M, "two and a
    half hours" PT2H30M, "three hours ten minutes" PT3H10M, "an hour forty" PT1H40M."""
    words = words.replace(" and half", " and a half")  # "one and half minute", as many say it
    half = " and a half" in words
    # "a full minute", "two whole minutes": the same length
    tokens = [token for token in words.replace(" and a half", "").split()
              if token not in ("full", "whole")]
    if tokens[:1] == ["half"] and len(tokens) == 3 and tokens[1] in ("a", "an"):
        tokens, half = ["zero", tokens[2] + "s"], True  # "half an hour": none and a half
    amounts: dict[str, int] = {}
    said: list[str] = []
    for token in tokens:
        if token not in DURATION_UNITS:
            if token != "and" or said:
                said.append(token)
            continue
        count = _COUNT.get(" ".join(said), words_to_number(" ".join(said)) if said else None)
        unit = DURATION_UNITS[token]
        if count is None or unit in amounts:
            return None
        amounts[unit], said = count, []
    if said and amounts and not half:  # "an hour forty", "a minute thirty": the next unit down
        count, unit = words_to_number(" ".join(said)), list(amounts)[-1]
        if count is None or HALF_OF[unit] is None or not 0 < count < 60:
            return None
        amounts[HALF_OF[unit]], said = count, []
    if said or not amounts:
        return None
    if half:  # "and a half" halves the last unit named, in the next smaller one
        unit = list(amounts)[-1]
        if HALF_OF[unit] is None:
            return None
        smaller = HALF_OF[unit]
        amounts[smaller] = amounts.get(smaller, 0) + UNIT_SECONDS[unit] // 2 // UNIT_SECONDS[
            smaller]
    if amounts.get("H") == 0:
        del amounts["H"]
    if amounts.get("M") == 0 and len(amounts) > 1:
        del amounts["M"]
    return "PT" + "".join(f"{amounts[u]}{u}" for u in ("H", "M", "S") if u in amounts)


# Amazon's built-in slot types the simulator hears (a few of the words each resolves), and
# what Alexa sends for them (`resolve_built_in`).
_SOME_DAY = date(2026, 1, 1)  # any day: whether words are a date does not depend on it
BUILT_IN_WORDS = {"AMAZON.DATE": lambda words: date_value(words, _SOME_DAY) is not None,
                  "AMAZON.TIME": lambda words: time_value(words) is not None,
                  "AMAZON.DURATION": lambda words: duration_value(words) is not None}
# AMAZON.SearchQuery takes any words, as heard, after its sample's carrier phrase.
PHRASE = "AMAZON.SearchQuery"
BUILT_IN_TYPES = {"AMAZON.NUMBER", PHRASE, *BUILT_IN_WORDS}
# Samples with fewer literal characters than this ("{routine}", "the {routine} one") are a bare
# name: Alexa fills them only with words that resolve, and sends anything else to the fallback.
BARE_SAMPLE_CHARS = 12


@dataclass(frozen=True)
class Understood:
    intent: str
    slots: dict[str, str] = field(default_factory=dict)


@functools.cache  # every Understanding of the same model compiles the same samples
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
        heard = said_form(text)
        best: tuple[tuple, Understood] | None = None
        candidates = heapq.merge(self._samples.get(heard.split(" ", 1)[0], ()),
                                 self._samples.get("", ()))  # in model order: ties go first
        for _, intent, pattern, slot_types, literal in candidates:
            match = pattern.match(heard)
            if not match:
                continue
            # Slots side by side ("a {terrain} {race} {day}") can split the words more than
            # one way: each split is tried, as Alexa weighs every reading.
            splits = [match.groupdict()] if len(match.groupdict()) < 2 else _splits(
                pattern.pattern, heard.split())
            for slots in splits:
                scored = self._scored(slots, slot_types, literal)
                if scored is not None and (best is None or scored[0] > best[0]):
                    best = (scored[0], Understood(intent, scored[1]))
        return best[1] if best else Understood("AMAZON.FallbackIntent")

    def _scored(self, slots: dict[str, str], slot_types: dict[str, str], literal: int
                ) -> tuple[tuple, dict[str, str]] | None:
        """How well these slot words fill a sample (None: they cannot), and the slots as the
        skill receives them (numbers as digits)."""
        if any(slot_types[n] == "AMAZON.NUMBER" and words_to_number(v) is None
               for n, v in slots.items()):
            return None
        slots = {n: str(words_to_number(v)) if slot_types[n] == "AMAZON.NUMBER" else v
                 for n, v in slots.items()}
        if any(slot_types[n] in BUILT_IN_WORDS and not BUILT_IN_WORDS[slot_types[n]](v)
               for n, v in slots.items()):
            return None
        resolved = sum(1 for n, v in slots.items()
                       if spoken_form(v) in self._values.get(slot_types[n], {}))
        unresolved = len(slots) - sum(1 for n in slots if slot_types[n] in BUILT_IN_TYPES) \
            - resolved
        if unresolved and literal < BARE_SAMPLE_CHARS:
            return None  # a bare-name sample matches a name, not any words at all
        return (-unresolved, literal, resolved), slots


def _splits(regex: str, words: list[str]) -> list[dict[str, str]]:
    """Every way the heard words fill a sample's slots (its regex's parts, word by word)."""
    parts = [p for p in re.split(r"(\(\?P<\w+>\.\+\?\))", regex[1:-1]) if p.strip()]
    tokens: list[str] = []  # literal words, and "<name>" for a slot
    for part in parts:
        name = re.fullmatch(r"\(\?P<(\w+)>\.\+\?\)", part)
        tokens += [f"<{name[1]}>"] if name else re.sub(r"\\(.)", r"\1", part).split()

    def fill(i: int, j: int):
        if i == len(tokens):
            if j == len(words):
                yield {}
            return
        if tokens[i].startswith("<"):
            for k in range(j + 1, len(words) + 1):
                for rest in fill(i + 1, k):
                    yield {tokens[i][1:-1]: " ".join(words[j:k]), **rest}
        elif j < len(words) and words[j] == tokens[i]:
            yield from fill(i + 1, j + 1)

    return list(fill(0, 0))


@functools.cache
def _normal_sample(sample: str) -> str:
    """A sample with its literal words folded like heard text, keeping the {slot} markers."""
    parts = re.split(r"(\{\w+\})", sample)
    folded = [p if p.startswith("{") else spoken_form(p.replace("'", "")) for p in parts]
    return " ".join(" ".join(folded).split())


def resolve_built_in(slots: dict[str, str], slot_types: dict[str, str], today: date
                     ) -> dict[str, str]:
    """`slots` with AMAZON.DATE, AMAZON.TIME and AMAZON.DURATION words as Alexa sends them (an
    ISO date, "HH:MM" or a part of the day, an ISO 8601 duration); other words as they are."""
    out = dict(slots)
    for name, words in slots.items():
        value = {"AMAZON.DATE": lambda w: date_value(w, today), "AMAZON.TIME": time_value,
                 "AMAZON.DURATION": duration_value}.get(slot_types.get(name, ""),
                                                        lambda w: None)(words)
        out[name] = value or words
    return out


# Words typed as a dialect says them, as speech recognition writes them: in the dictionary's
# spelling ("can ye", "i cannae", "whit muscle").
AS_WRITTEN = {"ye": "you", "ya": "you", "yer": "your", "cannae": "cant", "canna": "cant",
              "dinnae": "dont", "didnae": "didnt", "isnae": "isnt", "doesnae": "doesnt",
              "wouldnae": "wouldnt", "wasnae": "wasnt", "whit": "what", "tae": "to",
              "aboot": "about", "naw": "no", "lemme": "let me", "cannot": "cant",
              "dae": "do", "yknow": "you know", "efter": "after", "oot": "out",
              "goin": "going", "doin": "doing", "bein": "being", "fae": "from"}


def said_form(text: str) -> str:
    """Typed text as speech recognition writes it: "50k" is "fifty k", "10km" "ten km",
    "cannae" "cant", and "smartin somethin" "smarting something"."""
    said = spoken_form(re.sub(r"(\d)(k|km|mi)\b", r"\1 \2", text.replace("'", "")))
    return " ".join(AS_WRITTEN.get(word) or (word + "g" if word in _g_dropped() else word)
                    for word in said.split())


@functools.cache
def _g_dropped() -> frozenset[str]:
    """Words ending in -ing the skill knows, as a dialect drops their g: recognition writes
    the word ("smartin" is "smarting"), and only a word it knows ("within" stays as it is).
    Short ones are in AS_WRITTEN: "thin" is no "thing"."""
    model = load_model()
    known = {word for intent in model["intents"] for sample in intent.get("samples", ())
             for word in sample.split()} | HURT_WORDS
    return frozenset(word[:-1] for word in known if word.endswith("ing") and len(word) > 5)
