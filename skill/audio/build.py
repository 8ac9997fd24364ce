"""`hipcoach audio build`: every routine, for every hold preference, as a stream a device plays.

The layout (skill.voice.stream explains the format):

    index.json            engine, voice, and each clip's frames and quiet edges
    clips/<hash>.mp3      one per distinct group of spoken words, shared by every stream
    silence/<n>.mp3       n frames of silence (n <= 375, 9 s), shared by every stream
    streams/<name>.m3u8   one HLS playlist per routine and hold preference
    art/icon-512.png      the art the player's screen shows

A rebuild renders only clips whose words (or engine, or voice) are new, and rewrites only
playlists that changed. Each piece starts with the ID3 timestamp HLS asks of packed audio.
"""

from __future__ import annotations

import array
import functools
import json
import shutil
import subprocess
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

from skill.audio.engines import Engine
from skill.catalog import ROUTINES, Routine
from skill.coach.timeline import HOLD_CHOICES, Timeline
from skill.voice import ssml
from skill.voice.audio import AudioToolMissing
from skill.voice.script import Script, script_for
from skill.voice.stream import (
    BIT_RATE,
    CLIPS,
    INDEX,
    SAMPLE_RATE,
    SILENCE,
    STREAMS,
    AudioIndex,
    ClipInfo,
    clip_words,
    plan,
    playlist,
    stream_name,
)

QUIET_DBFS = -40.0  # quieter than this is silence, for measuring a clip's edges (and tests)
SAMPLES_PER_FRAME = 1152
ART = "art/icon-512.png"
ART_SOURCE = Path(__file__).resolve().parents[2] / "interaction_model/assets/images/icon-512.png"
_TIMESTAMP_OWNER = b"com.apple.streaming.transportStreamTimestamp\x00"


class BuildReport(NamedTuple):
    rendered: int
    reused: int
    streams: int
    total_bytes: int
    folder_bytes: dict[str, int]  # clips, silence and streams (playlists)
    streams_ms: int  # all streams together, as whole files would hold them
    longest_stream_ms: int


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
    """MP3 frames only (no Xing or ID3 header, which would decode as extra frames mid-stream);
    no bit reservoir, so a frame never borrows bytes from the piece before it."""
    return _ffmpeg([*source_args, "-ar", str(SAMPLE_RATE), "-ac", "1", "-c:a", "libmp3lame",
                    "-b:a", BIT_RATE, "-reservoir", "0", "-write_xing", "0",
                    "-id3v2_version", "0", "-f", "mp3", "pipe:1"], data)


def decode(data: bytes) -> array.array:
    """16-bit mono samples at the stream's rate."""
    return array.array("h", _ffmpeg(["-i", "pipe:0", "-f", "s16le", "-ac", "1",
                                     "-ar", str(SAMPLE_RATE), "pipe:1"], data))


def timestamp_tag(pts: int = 0) -> bytes:
    """The ID3 PRIV frame HLS packed audio starts with: the piece's first timestamp (90 kHz)."""
    payload = _TIMESTAMP_OWNER + pts.to_bytes(8, "big")
    frame = b"PRIV" + _syncsafe(len(payload)) + b"\x00\x00" + payload
    return b"ID3\x04\x00\x00" + _syncsafe(len(frame)) + frame


def _syncsafe(n: int) -> bytes:
    return bytes((n >> shift) & 0x7F for shift in (21, 14, 7, 0))


@functools.cache
def silent_frame() -> bytes:
    """One frame of digital silence; without a bit reservoir every such frame is the same."""
    frames = _mp3(["-f", "lavfi", "-i", f"anullsrc=r={SAMPLE_RATE}:cl=mono", "-t", "1"])
    size = 144 * int(BIT_RATE.removesuffix("k")) * 1000 // SAMPLE_RATE  # a CBR Layer III frame
    middle = frames[10 * size:11 * size]
    if middle != frames[20 * size:21 * size]:
        raise RuntimeError("ffmpeg's silent MP3 frames differ; cannot build exact silences")
    return middle


def loud_edges(samples: array.array) -> tuple[int, int]:
    """Samples of quiet before the first and after the last sample louder than QUIET_DBFS."""
    threshold = 32768 * 10 ** (QUIET_DBFS / 20)
    loud = [i for i, v in enumerate(samples) if abs(v) > threshold]
    if not loud:
        return len(samples), 0
    return loud[0], len(samples) - 1 - loud[-1]


def render_clip(engine: Engine, words: str) -> tuple[bytes, ClipInfo]:
    """The clip file for `words` and what the index keeps of it."""
    encoded = _mp3(["-i", "pipe:0"], engine.speak(ssml.speak(words)))
    samples = decode(encoded)
    frames, extra = divmod(len(samples), SAMPLES_PER_FRAME)
    if extra:
        raise RuntimeError(f"a clip decoded to {len(samples)} samples, not whole frames")
    lead, tail = loud_edges(samples)
    per_ms = SAMPLE_RATE // 1000
    return timestamp_tag() + encoded, ClipInfo(frames, lead // per_ms, tail // per_ms)


def timelines(script: Script, routines: Iterable[Routine] | None = None,
              holds: Iterable[int] | None = None) -> list[Timeline]:
    """Every routine that can play hands-free (a check-in asks questions between tests), for
    each hold preference that changes it."""
    chosen_holds = list(holds) if holds is not None else [None, *HOLD_CHOICES]
    out, names = [], set()
    for routine in routines if routines is not None else ROUTINES:
        if routine.check_in:
            continue
        for hold in chosen_holds:
            timeline = script.timeline(routine, hold)
            if stream_name(timeline) not in names:
                names.add(stream_name(timeline))
                out.append(timeline)
    return out


def read_index(out: Path) -> AudioIndex | None:
    try:
        return AudioIndex.from_dict(json.loads((out / INDEX).read_text()))
    except (OSError, ValueError):
        return None


def build(out: Path, engine: Engine, routines: Iterable[Routine] | None = None,
          holds: Iterable[int] | None = None, locale: str | None = None,
          jobs: int = 2) -> BuildReport:
    """Builds (or brings up to date) the folder `out`. Limited to some routines or holds, it
    adds to what is there; a full build also removes pieces nothing plays any more."""
    script = script_for(locale)
    chosen = timelines(script, routines, holds)
    everything = routines is None and holds is None
    previous = read_index(out)
    known = dict(previous.clips) if previous and (previous.engine, previous.voice) == (
        engine.name, engine.voice) else {}
    index = AudioIndex(engine.name, engine.voice, known)
    needed = {index.clip_key(words): words
              for timeline in chosen for words in clip_words(script, timeline)}
    missing = {key: words for key, words in needed.items()
               if key not in known or not (out / CLIPS / f"{key}.mp3").exists()}
    (out / CLIPS).mkdir(parents=True, exist_ok=True)

    def make(item: tuple[str, str]) -> tuple[str, ClipInfo]:
        key, words = item
        data, info = render_clip(engine, words)
        (out / CLIPS / f"{key}.mp3").write_bytes(data)
        return key, info

    with ThreadPoolExecutor(max(1, jobs)) as pool:
        known.update(pool.map(make, sorted(missing.items())))
    if everything:
        index = AudioIndex(engine.name, engine.voice, {k: known[k] for k in needed})
    streams = [plan(script, timeline, index) for timeline in chosen]
    pieces = {piece for stream in streams for piece in stream.pieces}
    for stream in streams:
        _write_if_changed(out / stream.path, playlist(stream).encode())
    for piece in pieces:  # a silence file is named by its length, so one that exists is right
        if piece.path.startswith(f"{SILENCE}/") and not (out / piece.path).exists():
            _write_if_changed(out / piece.path, timestamp_tag() + silent_frame() * piece.frames)
    _write_if_changed(out / INDEX, json.dumps(index.to_dict(), indent=1).encode())
    if ART_SOURCE.exists():
        _write_if_changed(out / ART, ART_SOURCE.read_bytes())
    if everything:
        _prune(out, {stream.path for stream in streams} | {piece.path for piece in pieces}
               | {f"{CLIPS}/{key}.mp3" for key in index.clips})
    sizes = {folder: sum(f.stat().st_size for f in (out / folder).rglob("*") if f.is_file())
             for folder in (CLIPS, SILENCE, STREAMS)}
    total = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    return BuildReport(len(missing), len(needed) - len(missing), len(streams), total, sizes,
                       sum(stream.total_ms for stream in streams),
                       max(stream.total_ms for stream in streams))

def _write_if_changed(path: Path, data: bytes) -> None:
    if path.exists() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _prune(out: Path, keep: set[str]) -> None:
    for folder in (CLIPS, SILENCE, STREAMS):
        for path in (out / folder).glob("*"):
            if path.relative_to(out).as_posix() not in keep:
                path.unlink()

