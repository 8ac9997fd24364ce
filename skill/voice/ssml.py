"""Building Alexa SSML safely, and checking any response's speech against Alexa's limits."""

from __future__ import annotations

import re

from skill.coach.packing import MAX_RESPONSE_SECONDS, MAX_SSML_CHARS
from skill.voice.speech import speech_seconds

MAX_BREAK_SECONDS = 10.0
MAX_REPROMPT_SECONDS = 90.0
MAX_AUDIO_TAGS = 5

# Some engines (espeak-ng among them) fold adjacent breaks into one; a zero-strength break
# between them speaks nothing and keeps each one counted.
BREAK_SEPARATOR = '<break strength="none"/>'

_STRENGTH_SECONDS = {"none": 0.0, "x-weak": 0.1, "weak": 0.25, "medium": 0.4, "strong": 0.75,
                     "x-strong": 1.0}
_TIME = re.compile(r"^(\d+(?:\.\d+)?)(ms|s)$")
_PERCENT = r"[+-]?\d+(\.\d+)?%"

# Alexa's SSML: tag -> {attribute: allowed values (a set) or a full-match pattern (a str)}.
_ALLOWED: dict[str, dict[str, set[str] | str]] = {
    "speak": {}, "p": {}, "s": {},
    "break": {"strength": set(_STRENGTH_SECONDS), "time": _TIME.pattern},
    "emphasis": {"level": {"strong", "moderate", "reduced"}},
    "prosody": {"rate": r"x-slow|slow|medium|fast|x-fast|\d+%",
                "pitch": rf"x-low|low|medium|high|x-high|{_PERCENT}",
                "volume": r"silent|x-soft|soft|medium|loud|x-loud|[+-]\d+(\.\d+)?dB"},
    "say-as": {"interpret-as": {"characters", "spell-out", "cardinal", "number", "ordinal",
                                "digits", "fraction", "unit", "date", "time", "telephone",
                                "address", "interjection", "expletive"},
               "format": r"[a-z]+"},
    "sub": {"alias": r".+"},
    "w": {"role": {"amazon:VB", "amazon:VBD", "amazon:NN", "amazon:SENSE_1"}},
    "phoneme": {"alphabet": {"ipa", "x-sampa"}, "ph": r".+"},
    "lang": {"{http://www.w3.org/XML/1998/namespace}lang": r"[a-z]{2}-[A-Z]{2}"},
    "voice": {"name": r"[A-Za-z]+"},
    "audio": {"src": r"https://\S+"},
    "amazon:effect": {"name": {"whispered"}},
    "amazon:emotion": {"name": {"excited", "disappointed"}, "intensity": {"low", "medium", "high"}},
    "amazon:domain": {"name": {"conversational", "long-form", "music", "news", "fan"}},
}
_AMAZON_NS = "https://developer.amazon.com/alexa/ssml"


class SsmlError(ValueError):
    """Speech Alexa would reject, or that breaks the platform's limits."""


def text(words: str) -> str:
    """Plain words made safe inside SSML (the three characters XML text cannot hold)."""
    return words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def silence(seconds: float) -> str:
    """Silence of exactly `seconds`, as breaks of at most 10 s kept apart."""
    if seconds < 0:
        raise ValueError("silence cannot be negative")
    millis = round(seconds * 1000)
    parts = []
    while millis > 0:
        step = min(millis, int(MAX_BREAK_SECONDS * 1000))
        parts.append(f'<break time="{step // 1000}s"/>' if step % 1000 == 0
                     else f'<break time="{step}ms"/>')
        millis -= step
    return BREAK_SEPARATOR.join(parts)


def speak(*fragments: str) -> str:
    return "<speak>" + " ".join(f for f in fragments if f) + "</speak>"


def break_seconds(element) -> float:
    time = element.get("time")
    if time is not None:
        value, unit = _TIME.match(time).groups()
        return float(value) / (1000 if unit == "ms" else 1)
    return _STRENGTH_SECONDS[element.get("strength", "medium")]


def parse(ssml: str):
    # Imported here: only validation parses SSML, and the Lambda cold start need not pay for it.
    import xml.etree.ElementTree as ET

    # Alexa accepts the amazon: prefix without a declaration; declare it so XML can parse it.
    wrapped = ssml.replace("<speak>", f'<speak xmlns:amazon="{_AMAZON_NS}">', 1)
    try:
        return ET.fromstring(wrapped)
    except ET.ParseError as error:
        raise SsmlError(f"not well-formed XML: {error}") from None


def tag_name(element) -> str:
    """An element's tag as written in SSML (amazon:effect rather than its namespaced form)."""
    return element.tag.replace("{" + _AMAZON_NS + "}", "amazon:")


def ssml_seconds(ssml: str) -> float:
    """Estimated audio length: words at the assumed pace plus every break."""
    root = parse(ssml)
    spoken = " ".join(root.itertext())
    pauses = sum(break_seconds(e) for e in root.iter() if tag_name(e) == "break")
    return speech_seconds(spoken) + pauses


def validate(ssml: str, *, reprompt: bool = False) -> float:
    """Raises SsmlError unless Alexa would accept `ssml`; returns its estimated seconds."""
    if len(ssml) >= MAX_SSML_CHARS:
        raise SsmlError(f"{len(ssml)} characters; Alexa takes fewer than {MAX_SSML_CHARS}")
    root = parse(ssml)
    if tag_name(root) != "speak":
        raise SsmlError("the root element must be <speak>")
    audio = 0
    for element in root.iter():
        name = tag_name(element)
        if name not in _ALLOWED:
            raise SsmlError(f"<{name}> is not an Alexa SSML tag")
        for attribute, value in element.attrib.items():
            allowed = _ALLOWED[name].get(attribute)
            if allowed is None:
                raise SsmlError(f"<{name}> has no attribute {attribute!r}")
            ok = value in allowed if isinstance(allowed, set) else re.fullmatch(allowed, value)
            if not ok:
                raise SsmlError(f"<{name} {attribute}={value!r}> is not allowed")
        if name == "break" and break_seconds(element) > MAX_BREAK_SECONDS:
            raise SsmlError(f"a break of {break_seconds(element)} s; the most is 10 s")
        audio += name == "audio"
    if audio > MAX_AUDIO_TAGS:
        raise SsmlError(f"{audio} audio tags; the most is {MAX_AUDIO_TAGS}")
    seconds = ssml_seconds(ssml)
    limit = MAX_REPROMPT_SECONDS if reprompt else MAX_RESPONSE_SECONDS
    if seconds > limit:
        raise SsmlError(f"about {seconds:.0f} s of audio; the most is {limit:.0f} s")
    return seconds
