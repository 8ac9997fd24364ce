"""The SSML builder escapes and keeps breaks legal; the validator catches what Alexa rejects."""

import re

import pytest

from skill.voice import ssml
from skill.voice.ssml import SsmlError, silence, speak, validate


def test_text_is_escaped():
    document = speak(ssml.text("Knees & toes <together>"))
    assert "&amp;" in document and "&lt;together&gt;" in document
    validate(document)


@pytest.mark.parametrize("seconds", [0.5, 7, 10, 10.5, 30, 61.25, 240])
def test_silence_is_made_of_separated_breaks_adding_up(seconds):
    breaks = re.findall(r'<break time="(\d+)(ms|s)"/>', silence(seconds))
    values = [int(v) / (1000 if unit == "ms" else 1) for v, unit in breaks]
    assert sum(values) == pytest.approx(seconds)
    assert max(values) <= 10
    # never two timed breaks side by side, where an engine could merge them
    assert not re.search(r'<break time="[^"]+"/>\s*<break time', silence(seconds))


def test_negative_silence_is_refused():
    with pytest.raises(ValueError):
        silence(-1)


@pytest.mark.parametrize("bad, why", [
    ("<speak>unclosed <s>sentence</speak>", "well-formed"),
    ("<speak><marquee>hi</marquee></speak>", "not an Alexa SSML tag"),
    ('<speak><break time="11s"/></speak>', "the most is 10 s"),
    ('<speak><break time="12000ms"/></speak>', "the most is 10 s"),
    ('<speak><break time="soon"/></speak>', "not allowed"),
    ('<speak><emphasis level="huge">x</emphasis></speak>', "not allowed"),
    ('<speak><prosody speed="fast">x</prosody></speak>', "no attribute"),
    ('<speak><amazon:emotion name="angry">x</amazon:emotion></speak>', "not allowed"),
    ("<p>no speak root</p>", "root"),
    ("<speak>" + "word " * 1700 + "</speak>", "characters"),
    ("<speak>" + silence(241) + "</speak>", "audio"),
    ("<speak>" + '<audio src="https://a.example/x.mp3"/>' * 6 + "</speak>", "audio tags"),
])
def test_validator_rejects(bad, why):
    with pytest.raises(SsmlError, match=why):
        validate(bad)


def test_reprompts_have_a_shorter_limit():
    document = speak(silence(100))
    validate(document)
    with pytest.raises(SsmlError):
        validate(document, reprompt=True)


def test_alexa_tags_are_accepted():
    validate('<speak><p><s>Hi <emphasis level="strong">there</emphasis></s></p>'
             '<prosody rate="90%" volume="+2dB">slow</prosody>'
             '<say-as interpret-as="cardinal">12</say-as><sub alias="ninety">90</sub>'
             '<amazon:effect name="whispered">quiet</amazon:effect>'
             '<amazon:domain name="conversational">ok</amazon:domain>'
             '<lang xml:lang="en-GB">hello</lang><break strength="none"/></speak>')


def test_estimate_counts_words_and_breaks():
    assert validate(speak(silence(30))) == pytest.approx(30)
    assert 0 < validate(speak("one two three four five")) < 5
