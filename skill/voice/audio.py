"""Rendering SSML to audio with espeak-ng, to hear a routine and to measure its timings."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from collections.abc import Iterable
from pathlib import Path

from skill.voice.speech import ESPEAK_CALIBRATION_RATE


class AudioToolMissing(RuntimeError):
    """espeak-ng is not installed."""


def espeak_binary() -> str:
    binary = shutil.which("espeak-ng")
    if not binary:
        raise AudioToolMissing(
            "espeak-ng is not installed; on Debian or Ubuntu: sudo apt-get install espeak-ng sox")
    return binary


def render_wav(ssml: str, out: Path) -> Path:
    """Speaks one SSML document into a WAV file at the pace the estimates assume."""
    subprocess.run([espeak_binary(), "-m", "-s", str(ESPEAK_CALIBRATION_RATE), "-w", str(out),
                    ssml], check=True, capture_output=True, timeout=120)
    return out


def play(ssml: str) -> None:
    """Speaks SSML through the default audio device."""
    subprocess.run([espeak_binary(), "-m", "-s", str(ESPEAK_CALIBRATION_RATE), ssml], check=False,
                   capture_output=True, timeout=600)


def render_all_wav(documents: Iterable[str], out: Path) -> list[float]:
    """Renders several SSML documents one after another into one WAV; returns each one's seconds."""
    espeak_binary()  # fail before creating an empty output file
    lengths: list[float] = []
    with tempfile.TemporaryDirectory() as tmp, wave.open(str(out), "wb") as sink:
        for n, document in enumerate(documents):
            part = render_wav(document, Path(tmp) / f"{n}.wav")
            with wave.open(str(part), "rb") as source:
                if n == 0:
                    sink.setparams(source.getparams())
                frames = source.readframes(source.getnframes())
                lengths.append(source.getnframes() / source.getframerate())
            sink.writeframes(frames)
    return lengths
