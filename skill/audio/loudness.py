"""Loudness at Amazon's target for Alexa audio: -14 LUFS integrated (ITU-R BS.1770 / EBU R128,
whose gates leave silence out), true peak at most -2 dBTP.

Each clip's speech is brought to the target on its own: measured, given the gain it needs, and
held under the peak ceiling by a limiter running at four times the sample rate (so it catches
the peaks between samples that true peak counts); the encoded clip is measured again and the gain
and limit corrected. A clip is measured between silences, as a step file holds it (`metered`).
Silences are never touched: they are silent frames, digital zero. A step file is clips and
silence, so it lands on the target too; the build measures every one.
"""

from __future__ import annotations

import re
import subprocess
from typing import NamedTuple

TARGET_LUFS = -14.0
TOLERANCE_LU = 1.0
CEILING_DBTP = -2.0
LIMIT_DBFS = -2.6  # where the limiter first holds peaks, corrected by what the encoder adds
ENCODER_LOSS_LU = 0.3  # the encoder's low-pass takes this much of the loudness
COMPRESS_ABOVE_LU = 3  # syllables this much louder than the speech are evened out (3:1)
# Where a clip is made to land, inside the target so that a step file lands inside it too; the
# encoder moves true peaks by up to ~0.7 dB from one gain to the next.
SETTLED_LU, PEAK_MARGIN_DB = 0.6, 0.2
BLOCK_MS = 400  # EBU R128's gating block


class Loudness(NamedTuple):
    lufs: float  # integrated loudness (gated)
    peak_dbtp: float  # true peak

    @property
    def on_target(self) -> bool:
        return abs(self.lufs - TARGET_LUFS) <= TOLERANCE_LU and self.peak_dbtp <= CEILING_DBTP

    @property
    def settled(self) -> bool:
        """Close enough to the target, with margin under the ceiling, for a clip."""
        return self.miss == 0

    @property
    def miss(self) -> float:
        """How far outside a clip's aim this is, in dB (0: inside it)."""
        return (max(0.0, abs(self.lufs - TARGET_LUFS) - SETTLED_LU)
                + max(0.0, self.peak_dbtp - (CEILING_DBTP - PEAK_MARGIN_DB)))


METER = "ebur128=peak=true:framelog=verbose"  # the summary at the end, no per-block lines
_INTEGRATED = re.compile(r"I:\s+(-?[\d.]+|-?inf) LUFS")
_TRUE_PEAK = re.compile(r"Peak:\s+(-?[\d.]+|-?inf) dBFS")


def measure(ffmpeg: str, source: list[str], data: bytes = b"") -> Loudness:
    """ffmpeg's EBU R128 meter (true peak on) over the input `source` names."""
    return read_meter(subprocess.run(
        [ffmpeg, "-hide_banner", "-nostats", *source, "-af", METER, "-f", "null", "-"],
        input=data, check=True, capture_output=True, timeout=300).stderr.decode())


def read_meter(log: str) -> Loudness:
    """The summary METER wrote to ffmpeg's log (a true peak of nan if it was not metered)."""
    peaks = _TRUE_PEAK.findall(log)
    return Loudness(float(_INTEGRATED.findall(log)[-1]), float(peaks[-1] if peaks else "nan"))


def metered(filters: str, peak: bool = True) -> str:
    """A filter graph that runs `filters` (ending in a comma, or empty) on the first input to
    the output [out], and meters that output between silences a gating block long, as a step
    file holds a clip: every block over its edges counts as it will in the file, and a lone "3."
    shorter than a block is measured as well as a long line. Without `peak`, loudness only
    (true peak costs a resampling to four times the rate)."""
    meter = METER if peak else METER.replace("peak=true:", "")
    return (f"[0:a]{filters}asplit[out][meter];[meter]adelay={BLOCK_MS}:all=1,"
            f"apad=pad_dur={BLOCK_MS / 1000},{meter},anullsink")


def levelling(speech_lufs: float, gain_db: float, limit_dbfs: float, rate: int) -> str:
    """The ffmpeg filter that evens out the loudest syllables of speech measuring
    `speech_lufs` (speech engines leave peaks 16-18 dB over the loudness; the target allows
    12), applies `gain_db` and holds peaks under `limit_dbfs`, at four times the rate so that
    peaks between samples are held too."""
    threshold = speech_lufs + COMPRESS_ABOVE_LU
    return (f"acompressor=threshold={threshold:.1f}dB:ratio=3:attack=3:release=80,"
            f"volume={gain_db:.2f}dB,"
            f"lowpass=f=7000:poles=2,aresample={rate * 4},"
            f"alimiter=limit={10 ** (limit_dbfs / 20):.4f}:attack=1:release=40:level=false,"
            f"aresample={rate}")
