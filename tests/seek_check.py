"""Seeking a hands-free build the way devices do, with two independent players: each step file
is opened over HTTP (range requests, from `hipcoach serve --audio-dir`) at offsets the skill
sends, by ffmpeg (`-ss` before `-i`: input seeking), by GStreamer seeking accurately and by
GStreamer's default seek, which goes to the byte the bit rate gives and plays from the frame
there (tests/gst_player.py), and what plays first must be what the step's plan puts at the
offset, on every player alike (the skill sends only frame starts, which a step file with no
Info frame puts at exactly that byte: docs/audio.md): the clip (correlated with the clip
decoded alone), its quiet tail, or exact digital silence.

The suite checks a small build (tests/test_hands_free_audio.py); a whole build, every step of
every routine as written at the start of every segment and a second before each hold ends:

    .venv/bin/python -m tests.seek_check build/audio
"""

from __future__ import annotations

import array
import functools
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

from skill.audio.build import QUIET_DBFS, ffmpeg_binary, read_index
from skill.catalog import ROUTINES, routine
from skill.coach.timeline import Kind
from skill.voice.script import script_for
from skill.voice.stream import (
    CLIPS,
    FRAME_MS,
    SAMPLE_RATE,
    MissingClip,
    StepPlan,
    frame_start,
    plan_steps,
)

HEARD_SECONDS = 0.5  # of each seek, compared with the plan
PER_MS = SAMPLE_RATE // 1000
QUIET = 32768 * 10 ** (QUIET_DBFS / 20)
MATCH = 0.95  # correlation with the planned clip
# Samples a decoder needs after a seek into sound: an MP3 frame overlaps the one before it, which
# a player that seeks to a byte position has not decoded: ffmpeg plays a click of about -32 dBFS
# for under a millisecond when it seeks into a clip's tail; GStreamer's output had none.
WARM_UP = 1152
GSTREAMER_PLAYER = Path(__file__).with_name("gst_player.py")
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with python3-gi and GStreamer's typelibs


class Moment(NamedTuple):
    what: str  # the routine and the kind of segment
    path: str  # the step file, in the build
    offset_ms: int
    plan: StepPlan


def moments(build: Path, steps: list[tuple[str, int]], every: bool = False) -> list[Moment]:
    """Where the skill may send a player in these (routine, step) files as written: the start
    of each kind of segment (of every segment if `every`), and the frame a second before a hold
    ends (a moment the player reported, played on from: frame_start)."""
    script, index = script_for(None), read_index(build)
    found, seen = [], set()
    for routine_id, number in steps:
        timeline = script.timeline(routine(routine_id))
        planned = plan_steps(script, timeline, index)[number]
        path = index.steps[planned.recipe].path
        for n, start in enumerate(planned.starts_ms):
            kind = timeline.segments[planned.first_segment + n].kind
            if not every and (routine_id, kind) in seen:
                continue
            seen.add((routine_id, kind))
            found.append(Moment(f"{routine_id} {kind.value}", path, start, planned))
            if kind is Kind.HOLD:
                end = (planned.starts_ms[n + 1] if n + 1 < len(planned.starts_ms)
                       else planned.total_ms)
                found.append(Moment(f"{routine_id} hold's last second", path,
                                    frame_start(end - 1000), planned))
    return found


def ffmpeg_at(url: str, offset_ms: int) -> array.array:
    """ffmpeg, seeking its input (-ss before -i: a byte position fetched by range)."""
    return array.array("h", subprocess.run(
        [ffmpeg_binary(), "-v", "error", "-ss", f"{offset_ms / 1000:.3f}", "-i", url, "-t",
         str(HEARD_SECONDS), "-f", "s16le", "-ac", "1", "-ar", str(SAMPLE_RATE), "-"],
        check=True, capture_output=True, timeout=60).stdout)


def gstreamer_at(url: str, offset_ms: int, mode: str = "accurate") -> array.array:
    """GStreamer, seeking accurately before it plays (or by its default seek)."""
    return array.array("h", subprocess.run(
        [SYSTEM_PYTHON, str(GSTREAMER_PLAYER), url, str(offset_ms), str(HEARD_SECONDS), mode],
        check=True, capture_output=True, timeout=60).stdout)


def gstreamer_default_at(url: str, offset_ms: int) -> array.array:
    """GStreamer's default seek: to the byte position the bit rate gives for the offset, played
    from the frame starting there (which the offset's frame does: docs/audio.md)."""
    return gstreamer_at(url, offset_ms, "default")


PLAYERS = {"ffmpeg": ffmpeg_at, "gstreamer": gstreamer_at,
           "gstreamer-default": gstreamer_default_at}
# GStreamer's default seek within this much of the last frame it parsed (from the file's start,
# when it opens) is accurate anyway (baseparse's TARGET_DIFFERENCE): only later moments test it.
GSTREAMER_EXACT_WITHIN_MS = 20_000


def gstreamer_missing() -> bool:
    return subprocess.run([SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Gst', '1.0')"],
                          capture_output=True).returncode != 0


@functools.cache
def decoded(path: Path) -> array.array:
    return array.array("h", subprocess.run(
        [ffmpeg_binary(), "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1", "-ar",
         str(SAMPLE_RATE), "-"], check=True, capture_output=True, timeout=60).stdout)


def planned_sound(build: Path, moment: Moment) -> array.array:
    """What the plan puts at the moment: its clips as decoded alone, and digital silence."""
    start, length = moment.offset_ms * PER_MS, round(HEARD_SECONDS * SAMPLE_RATE)
    sound, position = array.array("h"), 0
    for piece in moment.plan.pieces:
        size = piece.frames * FRAME_MS * PER_MS
        if position + size > start:
            sound += decoded(build / piece.path) if piece.path.startswith(f"{CLIPS}/") \
                else array.array("h", bytes(2 * size))
        else:
            sound += array.array("h", bytes(2 * size))  # before the moment: never compared
        position += size
        if position >= start + length:
            break
    return sound[start:start + length]


def similarity(a: array.array, b: array.array) -> float:
    n = min(len(a), len(b))
    dot = sum(x * y for x, y in zip(a[:n], b[:n], strict=True))
    norm = (sum(x * x for x in a[:n]) * sum(y * y for y in b[:n])) ** 0.5
    return dot / norm if norm else 0.0


def judge(heard: array.array, wanted: array.array) -> tuple[bool, str]:
    """Whether what a player played is what was planned, and what it was."""
    loudest_wanted = max(map(abs, wanted), default=0)
    loudest_heard = max(map(abs, heard), default=0)
    if len(heard) != len(wanted):
        return False, f"{len(heard)} samples, not {len(wanted)}"
    if loudest_wanted == 0:
        return loudest_heard == 0, f"silence (loudest {loudest_heard})"
    if loudest_wanted < QUIET:  # after a decoder's first frame, which lacks its overlap
        settled = max(map(abs, heard[WARM_UP:]), default=0)
        return settled < QUIET, f"a clip's quiet tail (loudest {loudest_heard}, then {settled})"
    match = similarity(heard, wanted)
    return match > MATCH, f"{match:.3f}"


def check(base_url: str, build: Path, found: list[Moment], player) -> list[tuple[bool, str]]:
    """Each moment played by `player` from the build served at `base_url`, judged against the
    plan at the moment."""
    results = []
    for moment in found:
        heard = player(f"{base_url}/audio/{moment.path}", moment.offset_ms)
        ok, said = judge(heard, planned_sound(build, moment))
        results.append((ok, f"{moment.what} @{moment.offset_ms} ms: {said}"))
    return results


def built_steps(build: Path) -> tuple[list[tuple[str, int]], list[str]]:
    """(routine, step) of every step as written that the build holds; and the routines it
    lacks steps of (a partial build)."""
    script, index = script_for(None), read_index(build)
    steps, missing = [], []
    for chosen in ROUTINES:
        if chosen.check_in:
            continue
        try:
            plans = plan_steps(script, script.timeline(chosen), index)
        except MissingClip:
            plans = ()
        held = [n for n, planned in enumerate(plans) if planned.recipe in index.steps]
        steps += [(chosen.id, n) for n in held]
        if len(held) < len(plans) or not plans:
            missing.append(chosen.id)
    return steps, missing


def main() -> int:
    from tests.services import hipcoach_serve

    build = Path(sys.argv[1] if len(sys.argv) > 1 else "build/audio").resolve()
    steps, missing = built_steps(build)
    if missing:
        print(f"not in this build, so not checked: {', '.join(missing)}")
    found = moments(build, steps, every=True)
    players = {name: play for name, play in PLAYERS.items()
               if not name.startswith("gstreamer") or not gstreamer_missing()}
    failed = 0
    with tempfile.TemporaryDirectory() as data, hipcoach_serve(
            Path(data), "--audio-dir", str(build)) as url:
        for name, play in players.items():
            results = check(url, build, found, play)
            failed += sum(not ok for ok, _ in results)
            for ok, said in results:
                if not ok:
                    print(f"{name}: WRONG {said}")
            print(f"{name}: {sum(ok for ok, _ in results)} of {len(results)} seeks played "
                  "what the plan says")
    return 1 if failed or len(players) < len(PLAYERS) else 0


if __name__ == "__main__":
    raise SystemExit(main())
