"""How long speech takes, estimated from words.

Assumed pace: 150 words per minute plus a short pause at each sentence end. Alexa's default voice
speaks at roughly that pace. The estimate is calibrated against espeak-ng speaking the same text
at ESPEAK_CALIBRATION_RATE (tests/test_voice_audio.py holds the two within 15 %); every espeak-ng
rendering in the project uses that rate, so what is measured is what was estimated.
"""

from __future__ import annotations

import re

WORDS_PER_MINUTE = 150
SENTENCE_PAUSE_SECONDS = 0.3
# espeak-ng's -s figure is nominal: at 120 it measures about 140 words a minute with its pauses,
# which matches the estimate above (150 wpm plus sentence pauses).
ESPEAK_CALIBRATION_RATE = 120

_WORD = re.compile(r"[\w']+")
_SENTENCE_END = re.compile(r"[.!?:;](\s|$)")


def speech_seconds(text: str) -> float:
    words = len(_WORD.findall(text))
    if not words:
        return 0.0
    pauses = len(_SENTENCE_END.findall(text))
    return words * 60.0 / WORDS_PER_MINUTE + pauses * SENTENCE_PAUSE_SECONDS
