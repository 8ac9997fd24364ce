"""How long speech takes, estimated from words.

Assumed pace: 150 words per minute plus a short pause at each sentence end. Alexa's default voice
speaks at roughly that pace; tests/test_voice_audio.py calibrates the estimate against espeak-ng
rendering the same text at `-s 150`.
"""

from __future__ import annotations

import re

WORDS_PER_MINUTE = 150
SENTENCE_PAUSE_SECONDS = 0.3

_WORD = re.compile(r"[\w']+")
_SENTENCE_END = re.compile(r"[.!?:;](\s|$)")


def speech_seconds(text: str) -> float:
    words = len(_WORD.findall(text))
    if not words:
        return 0.0
    pauses = len(_SENTENCE_END.findall(text))
    return words * 60.0 / WORDS_PER_MINUTE + pauses * SENTENCE_PAUSE_SECONDS
