"""GET /audio/...: a hands-free build served from a local folder as S3 and CloudFront serve it
(what is published, content types, cache headers, range requests), and nothing but what the
build published: its index, the art, and the step files the index names. A name is looked up
in that set, exactly as decoded, before anything is opened, so no spelling of a dot segment, a
NUL byte or an over-long name reaches the file system."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from flask import Flask, abort, request, send_file
from werkzeug.http import parse_range_header
from werkzeug.security import safe_join

from skill.audio.build import ART
from skill.audio.publish import CHANGING, IMMUTABLE, content_type
from skill.voice.stream import INDEX, AudioIndex


class Published:
    """The names a build in `folder` publishes, read from its index and read again when the
    index file changes (a rebuild): the index, the art, and every step file it names. An index
    that cannot be read publishes only itself."""

    def __init__(self, folder: Path):
        self.index = folder / INDEX
        self._seen: tuple | None = None
        self._steps: frozenset[str] = frozenset()
        self._lock = threading.Lock()

    def steps(self) -> frozenset[str]:
        """The step files the index names (named by their bytes' hash, so never changing)."""
        try:
            stat = self.index.stat()
            seen = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
        except OSError:
            return frozenset()
        with self._lock:
            if seen != self._seen:
                self._seen, self._steps = seen, self._read()
            return self._steps

    def _read(self) -> frozenset[str]:
        try:
            index = AudioIndex.from_dict(json.loads(self.index.read_bytes()))
        except (OSError, ValueError, RecursionError):
            return frozenset()
        return frozenset(step.path for step in index.steps.values())

    def cache_control(self, name: str) -> str | None:
        """The Cache-Control for a published `name`; None when it is not published."""
        if name in (INDEX, ART):
            return CHANGING
        return IMMUTABLE if name in self.steps() else None


def serve_audio(app: Flask, folder: Path) -> None:
    """Adds the /audio/ route for the build in `folder`."""
    folder = folder.resolve()
    published = Published(folder)

    @app.get("/audio/<path:name>")
    def audio(name: str):
        caching = published.cache_control(name)
        path = regular_file(folder, name) if caching else None
        if path is None:
            abort(404)
        ranges_as_served(request.environ, path.stat().st_size)
        answer = send_file(path, mimetype=content_type(name), conditional=True)
        answer.headers["Cache-Control"] = caching
        return answer


def regular_file(folder: Path, name: str) -> Path | None:
    """`name` in the resolved `folder` when it is a regular file reached through no symbolic
    link. A build has no links (`audio publish` skips them), and one could lead anywhere: to a
    file outside the folder, or to a folder outside it."""
    joined = safe_join(str(folder), name)  # no "..", no absolute path
    if joined is None or os.path.realpath(joined) != joined:
        return None
    path = Path(joined)
    return path if path.is_file() else None


def ranges_as_served(environ: dict, size: int) -> None:
    """Rewrites a Range header to what RFC 9110 (14.2) makes of it, before werkzeug, which
    answers 416 to all of these, reads it: a header that cannot be parsed, a unit other than
    bytes, or several ranges is ignored (the whole file, 200; multipart answers are optional
    and no player asks for them); a suffix range longer than the file selects the whole file
    (14.1.2)."""
    header = environ.get("HTTP_RANGE")
    if header is None:
        return
    asked = parse_range_header(header)
    if asked is None or asked.units != "bytes" or len(asked.ranges) != 1:
        del environ["HTTP_RANGE"]
        return
    start, end = asked.ranges[0]
    if end is None and start < -size and size:
        environ["HTTP_RANGE"] = f"bytes=-{size}"
