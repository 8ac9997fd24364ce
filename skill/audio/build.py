"""`hipcoach audio build`: every step variant of every routine as a file a device plays.

The layout (skill.voice.stream explains the format, skill.audio.mp3 a step file's bytes):

    index.json            engine, voice, each clip's frames and quiet edges, and each step
                          recipe's file (the runtime reads only this)
    steps/<hash>.mp3      one per distinct step file, named by a hash of its bytes
    art/icon-512.png      the art the player's screen shows
    clips/<key>.mp3       the build's own: one normalised speech clip per distinct group of
                          words (bare MP3 frames), joined into step files, never served
    loudness.json         the build's own: each step file's measured loudness

A rebuild renders only clips whose words (or engine, or voice) are new, joins only step files
whose recipe is new, and measures only files it has not measured. Every step file must measure
on Amazon's loudness target (skill.audio.loudness), or the build fails before writing its index.
"""

from __future__ import annotations

import array
import functools
import json
import shutil
import subprocess
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

from skill.audio import loudness
from skill.audio.engines import Engine
from skill.audio.mp3 import FRAME_BYTES, step_file
from skill.audio.steps import step_variants
from skill.catalog import Routine
from skill.voice import ssml
from skill.voice.audio import AudioToolMissing
from skill.voice.script import script_for
from skill.voice.stream import (
    BIT_RATE,
    CLIPS,
    INDEX,
    SAMPLE_RATE,
    STEPS,
    AudioIndex,
    ClipInfo,
    StepFile,
    StepPlan,
    clip_words,
    plan_step,
    short_hash,
)

QUIET_DBFS = -40.0  # quieter than this is silence, for measuring a clip's edges (and tests)
SAMPLES_PER_FRAME = 1152
ART = "art/icon-512.png"
ART_SOURCE = Path(__file__).resolve().parents[2] / "interaction_model/assets/images/icon-512.png"
MEASURED = "loudness.json"
CORRECTIONS = 6  # at most, of a clip's gain before encoding
ENCODINGS = 3  # at most, of a clip
LIMITER_TAKES_DB = 2.0  # about what the compressor and limiter take of the first gain
_PCM = ["-f", "s16le", "-ar", str(SAMPLE_RATE), "-ac", "1"]


class BuildReport(NamedTuple):
    rendered: int  # clips
    reused: int
    variants: int  # (timeline, step) pairs the runtime can ask for
    files: int  # distinct step files (variants made of the same pieces share one)
    joined: int  # step files written by this build
    step_bytes: int
    index_bytes: int
    audio_ms: int  # every distinct step file together
    longest_ms: int
    seconds: float  # how long the build took
    lufs: tuple[float, float]  # the lowest and highest integrated loudness of a step file
    peak_dbtp: float  # the highest true peak


class OffTarget(RuntimeError):
    """Some step file measures off Amazon's loudness target; the index is not written."""


def ffmpeg_binary() -> str:
    binary = shutil.which("ffmpeg")
    if not binary:
        raise AudioToolMissing("ffmpeg is not installed; on Debian or Ubuntu: "
                               "sudo apt-get install ffmpeg")
    return binary


def _ffmpeg(arguments: list[str], data: bytes = b"") -> bytes:
    return subprocess.run([ffmpeg_binary(), "-hide_banner", "-loglevel", "error", *arguments],
                          input=data, check=True, capture_output=True, timeout=120).stdout


def _mp3(source_args: list[str], data: bytes = b"") -> bytes:
    """MP3 frames only (no Xing or ID3 header, which would decode as extra frames mid-file);
    no bit reservoir, so a frame never borrows bytes from the piece before it."""
    return _ffmpeg([*source_args, "-ar", str(SAMPLE_RATE), "-ac", "1", "-c:a", "libmp3lame",
                    "-b:a", BIT_RATE, "-reservoir", "0", "-write_xing", "0",
                    "-id3v2_version", "0", "-f", "mp3", "pipe:1"], data)


@functools.cache
def silent_frame() -> bytes:
    """One frame of digital silence; without a bit reservoir every such frame is the same."""
    frames = _mp3(["-f", "lavfi", "-i", f"anullsrc=r={SAMPLE_RATE}:cl=mono", "-t", "1"])
    middle = frames[10 * FRAME_BYTES:11 * FRAME_BYTES]
    if middle != frames[20 * FRAME_BYTES:21 * FRAME_BYTES]:
        raise RuntimeError("ffmpeg's silent MP3 frames differ; cannot build exact silences")
    return middle


def loud_edges(samples: array.array) -> tuple[int, int]:
    """Samples of quiet before the first and after the last sample louder than QUIET_DBFS."""
    threshold = 32768 * 10 ** (QUIET_DBFS / 20)
    loud = [i for i, v in enumerate(samples) if abs(v) > threshold]
    if not loud:
        return len(samples), 0
    return loud[0], len(samples) - 1 - loud[-1]


def _metered(source_args: list[str], data: bytes, filters: str = "",
             peak: bool = True) -> tuple[bytes, loudness.Loudness]:
    """`data` through `filters` as samples, with its loudness as a step file will hold it
    (and its true peak if `peak`): one ffmpeg."""
    done = subprocess.run(
        [ffmpeg_binary(), "-hide_banner", "-nostats", *source_args, "-i", "pipe:0",
         "-filter_complex", loudness.metered(filters, peak), "-map", "[out]", *_PCM, "pipe:1"],
        input=data, check=True, capture_output=True, timeout=120)
    return done.stdout, loudness.read_meter(done.stderr.decode())


def render_clip(engine: Engine, words: str) -> tuple[bytes, ClipInfo]:
    """The clip for `words` (bare MP3 frames at the loudness target) and what the index keeps
    of it."""
    spoken, level = _metered([], engine.speak(ssml.speak(words)), peak=False)
    limit, aim = loudness.LIMIT_DBFS, loudness.TARGET_LUFS + loudness.ENCODER_LOSS_LU
    tries = []
    for _ in range(ENCODINGS):  # again, aimed by what the encoder did, if it missed
        encoded = _mp3([*_PCM, "-i", "pipe:0"], _levelled(spoken, level.lufs, aim, limit))
        raw, heard = _metered([], encoded)
        tries.append((heard.miss, encoded, raw))
        if heard.settled:
            break
        aim += loudness.TARGET_LUFS - heard.lufs
        limit -= heard.peak_dbtp - (loudness.CEILING_DBTP - loudness.PEAK_MARGIN_DB)
    _, encoded, raw = min(tries, key=lambda attempt: attempt[0])
    samples = array.array("h", raw)
    frames, extra = divmod(len(samples), SAMPLES_PER_FRAME)
    if extra:
        raise RuntimeError(f"a clip decoded to {len(samples)} samples, not whole frames")
    lead, tail = loud_edges(samples)
    per_ms = SAMPLE_RATE // 1000
    return encoded, ClipInfo(frames, lead // per_ms, tail // per_ms)


def _levelled(spoken: bytes, level: float, aim: float, limit: float) -> bytes:
    """`spoken` (measuring `level`) at the loudness `aim`, its peaks under `limit`: the gain is
    corrected on the samples (the limiter takes some of it, more the louder it gets)."""
    gain = aim - level + LIMITER_TAKES_DB
    tried: list[tuple[float, float]] = []  # (gain, loudness): the limiter bends the line
    for _ in range(CORRECTIONS):
        levelled, heard = _metered(
            _PCM, spoken, loudness.levelling(level, gain, limit, SAMPLE_RATE) + ",", peak=False)
        tried.append((gain, heard.lufs))
        off = aim - heard.lufs
        if abs(off) <= loudness.SETTLED_LU / 2:  # leaves room for the encoder
            break
        slope = 3.0  # loudness grows about a third as fast as the gain once limiting starts
        if len(tried) > 1 and tried[-1][1] != tried[-2][1]:
            slope = (tried[-1][0] - tried[-2][0]) / (tried[-1][1] - tried[-2][1])
        gain += off * min(max(slope, 1.0), 4.0)
    return levelled


def read_index(out: Path) -> AudioIndex | None:
    try:
        return AudioIndex.from_dict(json.loads((out / INDEX).read_text()))
    except (OSError, ValueError):
        return None


def build(out: Path, engine: Engine, routines: Iterable[Routine] | None = None,
          holds: Iterable[int | None] | None = None, locale: str | None = None,
          jobs: int = 2) -> BuildReport:
    """Builds (or brings up to date) the folder `out`. Limited to some routines or holds, it
    adds to what is there; a full build also removes files nothing plays any more. Raises
    OffTarget if a step file misses the loudness target."""
    began = time.monotonic()
    script = script_for(locale)
    wanted = list(step_variants(script, routines, holds))
    everything = routines is None and holds is None
    previous = read_index(out)
    if previous is None or (previous.engine, previous.voice) != (engine.name, engine.voice):
        previous = AudioIndex(engine.name, engine.voice, {})
    timelines = {id(timeline): timeline for timeline, _ in wanted}.values()
    needed = {previous.clip_key(words): words
              for timeline in timelines for words in clip_words(script, timeline)}
    missing = {key: words for key, words in needed.items()
               if key not in previous.clips or not (out / CLIPS / f"{key}.mp3").exists()}
    clips = dict(previous.clips)
    (out / CLIPS).mkdir(parents=True, exist_ok=True)

    def make(item: tuple[str, str]) -> tuple[str, ClipInfo]:
        key, words = item
        data, info = render_clip(engine, words)
        (out / CLIPS / f"{key}.mp3").write_bytes(data)
        return key, info

    with ThreadPoolExecutor(max(1, jobs)) as pool:
        clips.update(pool.map(make, sorted(missing.items())))
    index = AudioIndex(engine.name, engine.voice, clips)
    plans = {}
    for timeline, step in wanted:
        planned = plan_step(script, timeline, step, index)
        plans.setdefault(planned.recipe, planned)
    rerendered = {f"{CLIPS}/{key}.mp3" for key in missing}
    files = {recipe: previous.steps[recipe] for recipe, planned in plans.items()
             if recipe in previous.steps and (out / previous.steps[recipe].path).exists()
             and not rerendered & {piece.path for piece in planned.pieces}}
    joined = [recipe for recipe in plans if recipe not in files]
    files.update(zip(joined, map(functools.partial(_join, out), (plans[r] for r in joined)),
                     strict=True))
    measured = _measure(out, {file.path for file in files.values()}, jobs)
    _check(measured)
    steps = files if everything else {**previous.steps, **files}
    if everything:
        index = index._replace(clips={key: clips[key] for key in needed})
    index = index._replace(steps=steps)
    index_bytes = json.dumps(index.to_dict(), separators=(",", ":")).encode()
    _write_if_changed(out / INDEX, index_bytes)
    if ART_SOURCE.exists():
        _write_if_changed(out / ART, ART_SOURCE.read_bytes())
    if everything:
        _prune(out, {file.path for file in steps.values()}
               | {f"{CLIPS}/{key}.mp3" for key in index.clips})
    distinct = {file.path: file for file in files.values()}.values()
    return BuildReport(
        len(missing), len(needed) - len(missing), len(wanted), len(distinct), len(joined),
        sum(file.bytes for file in distinct), len(index_bytes),
        sum(file.ms for file in distinct), max(file.ms for file in distinct),
        time.monotonic() - began,
        (min(m.lufs for m in measured.values()), max(m.lufs for m in measured.values())),
        max(m.peak_dbtp for m in measured.values()))


def _join(out: Path, planned: StepPlan) -> StepFile:
    """Writes the step file of `planned` (its pieces' frames as they are) under its hash."""
    frames = b"".join(silent_frame() * piece.frames if not piece.path.startswith(CLIPS)
                      else (out / piece.path).read_bytes() for piece in planned.pieces)
    data = step_file(planned.title, frames)
    path = f"{STEPS}/{short_hash(data)}.mp3"
    if not (out / path).exists():
        _write_if_changed(out / path, data)
    return StepFile(path, planned.total_ms, len(data))


def _measure(out: Path, paths: set[str], jobs: int) -> dict[str, loudness.Loudness]:
    """Each step file's loudness: measured once (a file's name is its content), kept in
    MEASURED."""
    try:
        known = {path: loudness.Loudness(*figures)
                 for path, figures in json.loads((out / MEASURED).read_text()).items()}
    except (OSError, ValueError, TypeError):
        known = {}
    todo = sorted(paths - known.keys())
    with ThreadPoolExecutor(max(1, jobs)) as pool:
        known.update(zip(todo, pool.map(
            lambda path: loudness.measure(ffmpeg_binary(), ["-i", str(out / path)]), todo),
            strict=True))
    _write_if_changed(out / MEASURED, json.dumps(dict(sorted(known.items())), indent=0).encode())
    return {path: known[path] for path in paths}


def _check(measured: dict[str, loudness.Loudness]) -> None:
    off = sorted(f"{path} ({m.lufs:.1f} LUFS, {m.peak_dbtp:.1f} dBTP)"
                 for path, m in measured.items() if not m.on_target)
    if off:
        raise OffTarget(f"{len(off)} step files miss {loudness.TARGET_LUFS:g} LUFS "
                        f"+/- {loudness.TOLERANCE_LU:g} or {loudness.CEILING_DBTP:g} dBTP: "
                        + ", ".join(off[:5]))


def _write_if_changed(path: Path, data: bytes) -> None:
    if path.exists() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _prune(out: Path, keep: set[str]) -> None:
    for folder in (CLIPS, STEPS):
        for path in (out / folder).glob("*"):
            if path.relative_to(out).as_posix() not in keep:
                path.unlink()
