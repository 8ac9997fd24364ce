"""A routine's timeline as audio files, for hands-free mode (AudioPlayer).

Each step of a timeline (one exercise, both sides, in the version and dose the timeline plays)
is one MP3 file, joined from shared pieces: each spoken line group is one speech clip (the same
words the SSML mode speaks), and each silence is made of silent frames. Clips are named by a hash
of their words, engine and voice, so every routine, version and dose that says the same thing
uses the same clip, and a rebuild renders only new words. A step file's recipe (the pieces it is
made of, in order) is its key in the build's index, which names the file by a hash of its bytes.

Pieces are MP3 (MPEG-1 Layer III, 48 kHz mono, constant bit rate), whose frames last exactly
24 ms: n silent frames decode to exactly n x 24 ms, and a 9 s block is 375 frames.
Each clip's decoded length and its quiet edges (encoder delay, the voice's own pauses) are
measured when it is built and kept in the build's index; the silence after a clip is shortened
by them, so what a listener hears as a hold lasts what the timeline says, to a frame.

Pure logic: the index (clip -> frames, quiet edges; recipe -> step file) comes in as data. The
skill plans a step to know where each segment starts in its file (offsets in the Play directive
and in AudioPlayer requests); the builder plans the same step to write the file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

from skill.coach.timeline import Kind, Timeline
from skill.voice.script import Script

FORMAT = 2  # what a build's files are: 2, one MP3 per step variant (1 was HLS over pieces)
# How a step file wraps its pieces (skill/audio/mp3.py), in each recipe so a rebuild rejoins the
# step files (reusing the clips) when it changes: 2, no Info frame (1 had one).
STEP_LAYOUT = 2
FRAME_MS = 24  # one MPEG-1 Layer III frame: 1152 samples at 48 kHz
SAMPLE_RATE = 48000
# Alexa's AudioPlayer takes 16-384 kbps. At 96 kbps the encoder adds almost nothing to a clip's
# true peak (at 48 kbps about 2 dB, which loudness at -14 LUFS under -2 dBTP cannot spare).
BIT_RATE = "96k"
BLOCK_FRAMES = 375  # the longest silence file: 9 s
CLIPS, SILENCE, STEPS = "clips", "silence", "steps"  # folders of a build
INDEX = "index.json"


class ClipInfo(NamedTuple):
    frames: int  # decoded length, in 24 ms frames
    lead_ms: int  # quiet before the first sound
    tail_ms: int  # quiet after the last sound

    @property
    def ms(self) -> int:
        return self.frames * FRAME_MS


class StepFile(NamedTuple):
    """A built step file: where it is (named by a hash of its bytes), how long, how large."""

    path: str  # relative to the build folder: steps/<hash>.mp3
    ms: int
    bytes: int


class AudioIndex(NamedTuple):
    """What a build holds: the engine and voice its clips were spoken with, each clip, and the
    step file of each recipe (StepPlan.recipe)."""

    engine: str
    voice: str
    clips: Mapping[str, ClipInfo]
    steps: Mapping[str, StepFile] = {}

    def to_dict(self) -> dict:
        return {"format": FORMAT, "engine": self.engine, "voice": self.voice,
                "clips": {key: list(info) for key, info in sorted(self.clips.items())},
                "steps": {key: list(file) for key, file in sorted(self.steps.items())}}

    @classmethod
    def from_dict(cls, data: object) -> AudioIndex:
        """Raises ValueError unless `data` is an index a build of this format wrote (an older
        build's clips are not normalised and it has no step files)."""
        try:
            if data.get("format") != FORMAT:
                raise ValueError(f"format {data.get('format', 1)}, not {FORMAT}: rebuild")
            clips = {str(key): ClipInfo(int(frames), int(lead), int(tail))
                     for key, (frames, lead, tail) in data["clips"].items()}
            steps = {str(key): StepFile(str(path), int(ms), int(size))
                     for key, (path, ms, size) in data["steps"].items()}
            return cls(str(data["engine"]), str(data["voice"]), clips, steps)
        except (TypeError, KeyError, AttributeError, ValueError) as error:
            raise ValueError(f"not an audio index: {error}") from None

    def clip_key(self, words: str) -> str:
        return clip_key(self.engine, self.voice, words)


def clip_key(engine: str, voice: str, words: str) -> str:
    return short_hash(f"{engine}\n{voice}\n{words}".encode())


def short_hash(data: bytes) -> str:
    import hashlib  # not needed until hands-free mode plans a stream

    return hashlib.sha256(data).hexdigest()[:20]


class Say(NamedTuple):
    words: str  # an SSML fragment (escaped words), as the SSML mode speaks them
    segment: int


class Quiet(NamedTuple):
    """Silence between two clips' sounds; with `pace`, until the next sound is due that long
    after the previous one began (a counted rep)."""

    seconds: float
    segment: int
    pace: bool = False


def events(script: Script, timeline: Timeline) -> Iterator[Say | Quiet]:
    """The timeline as sound and silence, in order: what the SSML mode would say, straight
    through (no response ends, so no "say continue" lines and no leads)."""
    for index, segment in enumerate(timeline.segments):
        if segment.kind is Kind.REPS:
            pace = segment.seconds / segment.reps
            for n in range(1, segment.reps + 1):
                yield Say(f"{n}.", index)
                yield Quiet(pace, index, pace=True)
            continue
        if segment.lines:
            yield Say(script.words(*segment.lines), index)
        if segment.silence:
            yield Quiet(segment.silence, index)


def clip_words(script: Script, timeline: Timeline) -> set[str]:
    return {event.words for event in events(script, timeline) if isinstance(event, Say)}


class Piece(NamedTuple):
    path: str  # relative to the build folder
    frames: int

    @property
    def ms(self) -> int:
        return self.frames * FRAME_MS


def frame_start(ms: int) -> int:
    """The start of the frame holding `ms`. Every offset the skill sends a player is one: a
    player that seeks by byte ratio (GStreamer's default seek, ExoPlayer) starts at a frame's
    first byte, so it then starts at the offset itself, as an accurate seek does."""
    return ms - ms % FRAME_MS


def _frame_after(ms: float) -> int:
    """The first frame start at or after `ms`."""
    return -(-round(ms) // FRAME_MS) * FRAME_MS


class MissingClip(LookupError):
    """The build has no clip for some words of this routine (built before they changed)."""


def silence_path(frames: int) -> str:
    return f"{SILENCE}/{frames}.mp3"


class StepPlan(NamedTuple):
    """One step of a timeline as one file: every segment of the exercise (both sides, in the
    version and dose the timeline plays), timed from the file's own start."""

    step: int  # the exercise's index in the timeline
    first_segment: int  # the timeline index of the step's first segment
    pieces: tuple[Piece, ...]
    starts_ms: tuple[int, ...]  # where each of the step's segments starts in the file
    title: str = ""  # the file's ID3 title: the exercise as played

    @property
    def recipe(self) -> str:
        """A short hash of exactly what the file is made of: the key into AudioIndex.steps."""
        parts = [f"format {FORMAT}", f"layout {STEP_LAYOUT}", self.title,
                 *(f"{piece.path} {piece.frames}" for piece in self.pieces)]
        return short_hash("\n".join(parts).encode())

    @property
    def total_ms(self) -> int:
        return sum(piece.ms for piece in self.pieces)

    def segment_at(self, offset_ms: int) -> int:
        """The timeline segment playing at `offset_ms` into this file."""
        later = next((i for i, start in enumerate(self.starts_ms) if start > offset_ms),
                     len(self.starts_ms))
        return self.first_segment + max(0, later - 1)

    def segment_end_ms(self, index: int) -> int:
        """Where timeline segment `index` (one of this file's) ends in the file."""
        following = index + 1 - self.first_segment
        return self.starts_ms[following] if following < len(self.starts_ms) else self.total_ms

    def segment_start_ms(self, index: int) -> int:
        """Where timeline segment `index` (one of this file's) starts in the file."""
        return self.starts_ms[index - self.first_segment]

    def quiet_near(self, target_ms: int, latest_ms: int) -> int:
        """The place nearest `target_ms`, no later than `latest_ms`, where no words are cut: the
        start of the target's frame in a silence, else the edge of the clip it falls in (a clip
        starts with its own quiet lead, so playing from its start begins at the start of a
        word). Always a frame start (silences and clips are whole frames)."""
        position = 0
        for piece in self.pieces:
            end = position + piece.ms
            if position < target_ms < end and piece.path.startswith(f"{CLIPS}/"):
                return end if end <= latest_ms and end - target_ms < target_ms - position \
                    else position
            position = end
        return frame_start(target_ms)


def plan_step(script: Script, timeline: Timeline, step: int, index: AudioIndex) -> StepPlan:
    """The file of one step of `timeline` from the clips in `index`. Raises MissingClip, or
    ValueError if the timeline has no segment of that step."""
    segments = [i for i, segment in enumerate(timeline.segments) if segment.step == step]
    if not segments:
        raise ValueError(f"{timeline.routine.id} has nothing to play for step {step}")
    first, count = segments[0], len(segments)
    own = (event for event in events(script, timeline) if first <= event.segment < first + count)
    pieces, starts = _lay_out(own, index, timeline, first, count)
    return StepPlan(step, first, pieces, starts, timeline.steps[step].name)


def plan_steps(script: Script, timeline: Timeline, index: AudioIndex) -> tuple[StepPlan, ...]:
    """Every step of `timeline` that has something to play, in order. Raises MissingClip."""
    return tuple(plan_step(script, timeline, step, index)
                 for step in sorted({segment.step for segment in timeline.segments}))


def _lay_out(sounds: Iterable[Say | Quiet], index: AudioIndex, timeline: Timeline, first: int,
             count: int) -> tuple[tuple[Piece, ...], tuple[int, ...]]:
    """Clips and silences for the events of segments `first` to `first + count - 1`, and where
    each segment starts, from a file start where the listener's clock is 0. A segment starts
    at a frame start (frame_start): one that starts in a silence, at the first frame after the
    listener's clock reaches it (in that silence, or a clip's quiet tail before it)."""
    pieces: list[Piece] = []
    starts: list[int] = []
    position = 0  # ms written so far (whole frames)
    heard = 0.0  # ms on the listener's clock: where the next sound is due
    last_sound_start = 0.0

    def add_silence(ms: float) -> None:
        nonlocal position
        frames = max(0, round(ms / FRAME_MS))
        rest, blocks = frames % BLOCK_FRAMES, frames // BLOCK_FRAMES
        for length in ([rest] if rest else []) + [BLOCK_FRAMES] * blocks:
            pieces.append(Piece(silence_path(length), length))
            position += length * FRAME_MS

    for event in sounds:
        segment = event.segment - first
        while len(starts) < segment:  # a segment with nothing in it starts here too
            starts.append(_frame_after(heard))
        if len(starts) == segment:  # the segment starts where its first event does
            starts.append(_frame_after(heard) if isinstance(event, Quiet) else -1)
        if isinstance(event, Quiet):
            heard = (last_sound_start if event.pace else heard) + event.seconds * 1000
            continue
        key = index.clip_key(event.words)
        info = index.clips.get(key)
        if info is None:
            raise MissingClip(f"no clip {key} for {event.words!r} in {timeline.routine.id}")
        add_silence(heard - info.lead_ms - position)
        if starts[segment] == -1:
            starts[segment] = position
        pieces.append(Piece(f"{CLIPS}/{key}.mp3", info.frames))
        last_sound_start = position + info.lead_ms
        position += info.ms
        heard = position - info.tail_ms
    add_silence(heard - position)  # a trailing quiet (a step that ends in silence) is kept
    starts += [position] * (count - len(starts))
    return tuple(pieces), tuple(starts)
