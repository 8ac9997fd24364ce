"""Measuring rendered speech with sox: lengths and how much of it is silence."""

import subprocess
from pathlib import Path

from skill.voice.audio import render_wav
from tests.services import require_tools

# Quiet = stretches below 0.5 % of full scale lasting over 2 s: longer than any pause espeak-ng
# leaves between words or sentences, shorter than any silence the skill makes on purpose.
MIN_QUIET_RUN = "2.0"


def require_audio_tools():
    require_tools("espeak-ng", "sox", "soxi", hint="apt-get install espeak-ng sox")


def seconds(wav: Path) -> float:
    return float(subprocess.run(["soxi", "-D", str(wav)], check=True, capture_output=True,
                                text=True).stdout)


def silent_seconds(wav: Path) -> float:
    """How much of the file is deliberate quiet: its length less what remains once sox's
    `silence` effect has cut every quiet stretch longer than MIN_QUIET_RUN."""
    sounding = wav.with_suffix(".sounding.wav")
    subprocess.run(["sox", str(wav), str(sounding), "silence", "0", "-1", MIN_QUIET_RUN, "0.5%"],
                   check=True, capture_output=True)
    return seconds(wav) - seconds(sounding)


def render(ssml: str, tmp_path: Path, name: str) -> Path:
    return render_wav(ssml, tmp_path / f"{name}.wav")


def quiet_runs(wav: Path, min_seconds: float, window: float = 0.01,
               threshold: float = 0.005) -> list[tuple[float, float]]:
    """(start, end) seconds of every stretch of at least `min_seconds` where each `window` of
    samples peaks below `threshold` of full scale (the same quiet sox's silence effect finds)."""
    import array
    import wave

    with wave.open(str(wav), "rb") as source:
        rate, width = source.getframerate(), source.getsampwidth()
        assert width == 2 and source.getnchannels() == 1, "espeak-ng writes 16-bit mono"
        samples = array.array("h", source.readframes(source.getnframes()))
    step, limit = max(1, int(rate * window)), threshold * 32768
    runs, began = [], None
    for n in range(0, len(samples), step):
        quiet = max(abs(v) for v in samples[n:n + step]) < limit
        if quiet and began is None:
            began = n / rate
        elif not quiet and began is not None:
            if n / rate - began >= min_seconds:
                runs.append((began, n / rate))
            began = None
    if began is not None and len(samples) / rate - began >= min_seconds:
        runs.append((began, len(samples) / rate))
    return runs
