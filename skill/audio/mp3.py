"""A step file's bytes: encoded MP3 frames joined as they are (never re-encoded), behind an ID3v2.3
title, and nothing else: constant bit rate and whole frames, so a player knows the duration from
the file's size and turns an offset into a byte position by ratio from the first audio frame.

Layout (ID3v2.3, section 3 and 4.2.1):

    ID3v2.3 tag    "ID3" 3.0, no flags, syncsafe size; one TIT2 frame (the exercise as played)
    audio frames   every piece's frames in order: no bit reservoir, so each frame stands alone

No Xing/Info frame. Its table of contents (100 entries of 1/256 of the file) put a player that
seeks by it up to 0.74 s early; without the table, GStreamer's default seek still counts the
Info frame as audio (mpegaudioparse's byte position is offset x bit rate / 8, from the byte
after the ID3 tag) and starts at the first frame at or after that byte: the frame before the
one holding an offset on a frame boundary, 24 ms early. With no Info frame, that byte is the
first byte of the frame that starts at the offset, and the skill sends only frame starts
(skill.voice.stream.frame_start). docs/audio.md has the source lines, and ExoPlayer's seeking.

No LAME extension either (encoder delay and padding): a player that reads one trims the delay it
names plus its decoder's own 529 samples (ffmpeg does, ExoPlayer does not), so the same offset
would land in different places. Without it every player decodes every frame: what the step plan
times, to the sample.
"""

from __future__ import annotations

from skill.voice.stream import BIT_RATE, SAMPLE_RATE

# MPEG-1 Layer III: 144 x bit rate / sample rate bytes, a whole number here, so never padded.
FRAME_BYTES = 144 * int(BIT_RATE.removesuffix("k")) * 1000 // SAMPLE_RATE


def step_file(title: str, frames: bytes) -> bytes:
    """The file of `frames` (whole encoded frames, back to back) titled `title`."""
    count, extra = divmod(len(frames), FRAME_BYTES)
    if extra or not count:
        raise ValueError(f"{len(frames)} bytes are not whole {FRAME_BYTES}-byte frames")
    return id3_title(title) + frames


def id3_title(title: str) -> bytes:
    """An ID3v2.3 tag holding one TIT2 (title) frame: ISO-8859-1 when the title fits it, else
    UCS-2 with a byte order mark."""
    try:
        text = b"\x00" + title.encode("latin-1")
    except UnicodeEncodeError:
        text = b"\x01" + title.encode("utf-16")
    frame = b"TIT2" + len(text).to_bytes(4, "big") + b"\x00\x00" + text  # v2.3: plain size
    return b"ID3\x03\x00\x00" + _syncsafe(len(frame)) + frame


def _syncsafe(n: int) -> bytes:
    return bytes((n >> shift) & 0x7F for shift in (21, 14, 7, 0))
