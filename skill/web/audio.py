"""GET /audio/...: a hands-free build served from a local folder as S3 and CloudFront serve it
(what is published, content types, cache headers, range requests), and nothing but the folder's
own files."""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, request, send_file
from werkzeug.http import parse_range_header
from werkzeug.security import safe_join

from skill.audio.publish import cache_control, content_type, is_published


def serve_audio(app: Flask, folder: Path) -> None:
    """Adds the /audio/ route for the build in `folder`."""
    folder = folder.resolve()

    @app.get("/audio/<path:name>")
    def audio(name: str):
        path = regular_file(folder, name) if is_published(name) else None
        if path is None:
            abort(404)
        whole_file_for_long_suffix(request.environ, path.stat().st_size)
        answer = send_file(path, mimetype=content_type(name), conditional=True)
        answer.headers["Cache-Control"] = cache_control(name)
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


def whole_file_for_long_suffix(environ: dict, size: int) -> None:
    """RFC 9110 (14.1.2): a suffix range longer than the file selects the whole file. werkzeug
    answers 416 instead, so such a Range header is rewritten to the file's own length."""
    asked = parse_range_header(environ.get("HTTP_RANGE"))
    if asked is None or asked.units != "bytes" or len(asked.ranges) != 1 or size == 0:
        return
    start, end = asked.ranges[0]
    if end is None and start < -size:
        environ["HTTP_RANGE"] = f"bytes=-{size}"
