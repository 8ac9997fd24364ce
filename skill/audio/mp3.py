"""A step file's bytes: encoded MP3 frames joined as they are (never re-encoded), behind an ID3v2.3
title and an Info frame that gives the exact length, so any player knows the duration without
reading the file and turns an offset into a byte position by ratio (constant bit rate).

Layout (ID3v2.3, section 3 and 4.2.1; the Xing/Info header as LAME and ffmpeg write it):

    ID3v2.3 tag    "ID3" 3.0, no flags, syncsafe size; one TIT2 frame (the exercise as played)
    Info frame     an MPEG frame shaped as every audio frame (same header, so as long), its
                   side information zero (it decodes as silence where a player does not know
                   it); at byte 21 (MPEG-1 mono): "Info", flags (frames, bytes), the number of
                   audio frames, the bytes of MPEG audio (this frame included); no table of
                   contents
    audio frames   every piece's frames in order: no bit reservoir, so each frame stands alone

There is no LAME extension (encoder delay and padding): a player that reads one trims the delay it
names plus its decoder's own 529 samples (ffmpeg does, ExoPlayer does not), so the same offset
would land in different places. Without it every player decodes every frame: what the step plan
times, to the sample.
"""

from __future__ import annotations

from skill.voice.stream import BIT_RATE, SAMPLE_RATE

# MPEG-1 Layer III: 144 x bit rate / sample rate bytes, a whole number here, so never padded.
FRAME_BYTES = 144 * int(BIT_RATE.removesuffix("k")) * 1000 // SAMPLE_RATE
_SIDE_INFO_MONO = 17  # bytes of side information after the header, MPEG-1 mono
# The Info flags: frame count and byte count present. No table of contents: its 100 entries
# of 1/256 of the file each put a player that seeks by it (GStreamer without accurate seeking,
# ExoPlayer) up to 0.74 s early in a three-minute step; without it a player seeks a constant
# bit rate file by byte ratio, which lands in the right frame.
_FRAMES_BYTES = 0x3


def step_file(title: str, frames: bytes) -> bytes:
    """The file of `frames` (whole encoded frames, back to back) titled `title`."""
    count, extra = divmod(len(frames), FRAME_BYTES)
    if extra or not count:
        raise ValueError(f"{len(frames)} bytes are not whole {FRAME_BYTES}-byte frames")
    return id3_title(title) + info_frame(frames[:4], count) + frames


def info_frame(header: bytes, frames: int) -> bytes:
    """The Info frame for `frames` audio frames whose header is `header`."""
    tag = (b"Info" + _FRAMES_BYTES.to_bytes(4, "big") + frames.to_bytes(4, "big")
           + ((frames + 1) * FRAME_BYTES).to_bytes(4, "big"))
    frame = header + bytes(_SIDE_INFO_MONO) + tag
    return frame + bytes(FRAME_BYTES - len(frame))


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
