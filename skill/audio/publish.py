"""`hipcoach audio publish`: uploads a build to the S3 bucket a deployment serves audio from
(template.yaml: private, read through CloudFront). Files already there with the same content
(S3's ETag is the MD5 of a single-part upload) are skipped, so a rebuild uploads only what
changed. Symbolic links are never followed or uploaded: a build has none, and one could lead to
files outside the folder; they are reported so the publisher sees them."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import NamedTuple

from skill.voice.stream import CLIPS, SILENCE

CONTENT_TYPES = {".m3u8": "application/vnd.apple.mpegurl", ".mp3": "audio/mpeg",
                 ".json": "application/json", ".png": "image/png"}
# Clips and silences are named by their content, so they never change: cache them for a year.
# Playlists and the index change with a rebuild.
IMMUTABLE = "public, max-age=31536000, immutable"
CHANGING = "public, max-age=300"


class PublishReport(NamedTuple):
    uploaded: int
    skipped: int
    uploaded_bytes: int
    links: tuple[str, ...] = ()  # symbolic links left out, relative to the folder


def content_type(path: Path | str) -> str:
    return CONTENT_TYPES.get(Path(path).suffix, "application/octet-stream")


def cache_control(key: str) -> str:
    return IMMUTABLE if key.split("/")[0] in (CLIPS, SILENCE) else CHANGING


def publish(folder: Path, bucket: str, client=None, prefix: str = "") -> PublishReport:
    if client is None:
        import boto3  # the publishing machine's credentials, never the skill's

        client = boto3.session.Session().client("s3")
    stored = {}
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        stored.update({item["Key"]: item["ETag"].strip('"') for item in page.get("Contents", ())})
    files, links = build_files(folder)
    uploaded = skipped = size = 0
    for path in files:
        key = prefix + path.relative_to(folder).as_posix()
        data = path.read_bytes()
        if stored.get(key) == hashlib.md5(data).hexdigest():  # noqa: S324 - S3's own checksum
            skipped += 1
            continue
        client.put_object(Bucket=bucket, Key=key, Body=data, ContentType=content_type(path),
                          CacheControl=cache_control(key))
        uploaded, size = uploaded + 1, size + len(data)
    return PublishReport(uploaded, skipped, size, links)


def build_files(folder: Path) -> tuple[list[Path], tuple[str, ...]]:
    """The regular files under `folder`, sorted, found without following a symbolic link; and
    the links met on the way (to files or folders), relative to `folder`."""
    files, links = [], []
    for top, folders, names in os.walk(folder):  # os.walk does not descend into linked folders
        for name in [*folders, *names]:
            path = Path(top) / name
            if path.is_symlink():
                links.append(path.relative_to(folder).as_posix())
            elif path.is_file():
                files.append(path)
    return sorted(files), tuple(sorted(links))
