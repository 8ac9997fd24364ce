"""`hipcoach audio publish`: uploads a build to the S3 bucket a deployment serves audio from
(template.yaml: private, read through CloudFront). Files already there with the same content
(S3's ETag is the MD5 of a single-part upload) are skipped, so a rebuild uploads only what
changed."""

from __future__ import annotations

import hashlib
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
    uploaded = skipped = size = 0
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        key = prefix + path.relative_to(folder).as_posix()
        data = path.read_bytes()
        if stored.get(key) == hashlib.md5(data).hexdigest():  # noqa: S324 - S3's own checksum
            skipped += 1
            continue
        client.put_object(Bucket=bucket, Key=key, Body=data, ContentType=content_type(path),
                          CacheControl=cache_control(key))
        uploaded, size = uploaded + 1, size + len(data)
    return PublishReport(uploaded, skipped, size)
