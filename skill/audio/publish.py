"""`hipcoach audio publish`: uploads a build to the S3 bucket a deployment serves audio from
(template.yaml: private, read through CloudFront).

Only what a device or the skill reads is published: the step files, the art, and the index, last
(so no index ever names a file not yet there). Files already there with the same content (S3's
ETag is the MD5 of a single-part upload) are skipped, so a rebuild uploads only what changed.

Step files are named by their bytes, so one never changes; a rebuild that no longer plays one
supersedes it. It is kept KEEP_SUPERSEDED_DAYS after that, recorded in SUPERSEDED (key -> when
first seen superseded), then deleted: a runner who paused in it resumes in it the same day (the
token names the file), and another day the skill plays the step's start from the index of that
day. A week covers a runner's day in every time zone, the index caches (the skill's 15 minutes,
CloudFront's 5) and a device left paused over a weekend, at the cost of one superseded build's
storage for a week.

Beside the audio go the customer-facing pages (the privacy policy and terms of use, rendered by
the caller: skill.pages), at the distribution's /privacy and /terms, where the manifest's URLs
point by default.

Symbolic links are never followed or uploaded: a build has none, and one could lead to files
outside the folder; they are reported so the publisher sees them."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from skill.voice.stream import INDEX, STEPS

CONTENT_TYPES = {".mp3": "audio/mpeg", ".json": "application/json", ".png": "image/png"}
# Step files are named by their content, so they never change: cache them for a year.
# The index and the art change with a rebuild.
IMMUTABLE = "public, max-age=31536000, immutable"
CHANGING = "public, max-age=300"
PUBLISHED = (STEPS, "art")  # folders a device reads; the index beside them
SUPERSEDED = "superseded.json"
KEEP_SUPERSEDED_DAYS = 7


class PublishReport(NamedTuple):
    uploaded: int
    skipped: int
    uploaded_bytes: int
    links: tuple[str, ...] = ()  # symbolic links left out, relative to the folder
    superseded: int = 0  # step files no longer played, kept for now
    deleted: int = 0  # superseded more than KEEP_SUPERSEDED_DAYS ago


def content_type(path: Path | str) -> str:
    return CONTENT_TYPES.get(Path(path).suffix, "application/octet-stream")


def cache_control(key: str) -> str:
    return IMMUTABLE if key.split("/")[0] == STEPS else CHANGING


def is_published(name: str) -> bool:
    """Whether a build's file `name` is one a device or the skill reads."""
    return name == INDEX or name.split("/")[0] in PUBLISHED and "/" in name


def publish(folder: Path, bucket: str, client=None, prefix: str = "",
            now: datetime | None = None, pages: dict[str, bytes] | None = None,
            page_type: str = "text/html; charset=utf-8") -> PublishReport:
    """Uploads `folder`'s build and `pages` (path -> HTML) to `bucket` under `prefix`."""
    if client is None:
        import boto3  # the publishing machine's credentials, never the skill's

        client = boto3.session.Session().client("s3")
    now = now or datetime.now(UTC)
    stored = {}
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        stored.update({item["Key"]: item["ETag"].strip('"') for item in page.get("Contents", ())})
    files, links = build_files(folder)
    uploads = [(prefix + name, lambda data=data: data, page_type)
               for name, data in (pages or {}).items()]
    uploads += [(prefix + path.relative_to(folder).as_posix(), path.read_bytes,
                 content_type(path)) for path in files]  # the index last
    uploaded = skipped = size = 0
    for key, read, kind in uploads:
        data = read()
        if stored.get(key) == hashlib.md5(data).hexdigest():  # noqa: S324 - S3's own checksum
            skipped += 1
            continue
        client.put_object(Bucket=bucket, Key=key, Body=data, ContentType=kind,
                          CacheControl=cache_control(key[len(prefix):]))
        uploaded, size = uploaded + 1, size + len(data)
    playing = {prefix + path.relative_to(folder).as_posix() for path in files}
    kept, deleted = _retire(client, bucket, prefix, {
        key for key in stored if key.startswith(f"{prefix}{STEPS}/") and key not in playing}, now)
    return PublishReport(uploaded, skipped, size, links, kept, deleted)


def _retire(client, bucket: str, prefix: str, unplayed: set[str],
            now: datetime) -> tuple[int, int]:
    """Records when each step file stopped being played; deletes those superseded long
    enough ago. Returns how many are kept and how many were deleted."""
    record_key = prefix + SUPERSEDED
    try:
        record = json.loads(client.get_object(Bucket=bucket, Key=record_key)["Body"].read())
    except client.exceptions.NoSuchKey:
        record = {}
    record = {key: record.get(key, now.isoformat()) for key in sorted(unplayed)}
    expired = [key for key, when in record.items()
               if now - datetime.fromisoformat(when) > timedelta(days=KEEP_SUPERSEDED_DAYS)]
    for key in expired:
        client.delete_object(Bucket=bucket, Key=key)
        del record[key]
    client.put_object(Bucket=bucket, Key=record_key, Body=json.dumps(record, indent=0).encode(),
                      ContentType="application/json", CacheControl=CHANGING)
    return len(record), len(expired)


def build_files(folder: Path) -> tuple[list[Path], tuple[str, ...]]:
    """The files of `folder` a device or the skill reads (PUBLISHED, and the index last),
    found without following a symbolic link; and the links met on the way (to files or
    folders), relative to `folder`."""
    files, links = [], []
    for top, folders, names in os.walk(folder):  # os.walk does not descend into linked folders
        for name in [*folders, *names]:
            path = Path(top) / name
            relative = path.relative_to(folder).as_posix()
            if path.is_symlink():
                links.append(relative)
            elif path.is_file() and is_published(relative) and relative != INDEX:
                files.append(path)
    index = [folder / INDEX] if is_published(INDEX) and (folder / INDEX).is_file() \
        and not (folder / INDEX).is_symlink() else []
    return sorted(files) + index, tuple(sorted(links))
