"""A second, independent player for the seek test: GStreamer (Debian's gstreamer1.0 packages and
python3-gi, run by the system Python) opens a URL with uridecodebin, as playbin does (souphttpsrc,
id3demux, mpegaudioparse, a decoder), seeks to an offset before playing, and writes what plays
first to stdout as 16-bit mono samples at 48 kHz.

The seek is accurate, or with `default` GStreamer's default seek (no ACCURATE flag): more than
20 s past the last frame it has parsed (baseparse's TARGET_DIFFERENCE; nearer, it is accurate
anyway) mpegaudioparse turns the offset into a byte position by the bit rate, counted from the
byte after the ID3 tag (id3demux hides the tag), fetched with an HTTP Range request, and plays
from the first frame at or after it (docs/audio.md).

    /usr/bin/python3 tests/gst_player.py URL OFFSET_MS SECONDS [accurate|default]
"""

import sys

import gi

gi.require_version("Gst", "1.0")
from gi.repository import Gst  # noqa: E402 - after the version is chosen

RATE = 48000


def play(url: str, offset_ms: int, seconds: float, accurate: bool = True) -> bytes:
    Gst.init(None)
    pipeline = Gst.parse_launch(
        f"uridecodebin uri={url} ! audioconvert ! "
        f"audioresample ! audio/x-raw,format=S16LE,channels=1,rate={RATE} ! "
        "appsink name=sink sync=false")
    sink = pipeline.get_by_name("sink")
    pipeline.set_state(Gst.State.PAUSED)
    if pipeline.get_state(10 * Gst.SECOND)[0] != Gst.StateChangeReturn.SUCCESS:
        raise RuntimeError(f"GStreamer could not open {url}")
    flags = Gst.SeekFlags.FLUSH | (Gst.SeekFlags.ACCURATE if accurate else Gst.SeekFlags.NONE)
    if not pipeline.seek_simple(Gst.Format.TIME, flags, offset_ms * Gst.MSECOND):
        raise RuntimeError("GStreamer refused the seek")
    pipeline.set_state(Gst.State.PLAYING)
    wanted, heard = int(seconds * RATE) * 2, bytearray()
    while len(heard) < wanted:
        sample = sink.emit("try-pull-sample", 10 * Gst.SECOND)
        if sample is None:  # the end of the file
            break
        buffer = sample.get_buffer()
        heard += buffer.extract_dup(0, buffer.get_size())
    pipeline.set_state(Gst.State.NULL)
    return bytes(heard[:wanted])


if __name__ == "__main__":
    mode = sys.argv[4] if len(sys.argv) > 4 else "accurate"
    sys.stdout.buffer.write(play(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]),
                                 accurate=mode == "accurate"))
