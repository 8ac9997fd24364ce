"""The local audio folder as `serve --audio-dir` serves it and `audio publish` uploads it:
symbolic links refused by both (a build has none, and one may lead outside the folder), nothing
served that the index does not publish however its name is spelt, ranges as RFC 9110 reads
them, no content sniffing, and no redirect built from the Host header."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from skill.alexa.skill import build_skill
from skill.store import MemoryProgressStore
from skill.voice.stream import AudioIndex, StepFile
from skill.web import create_app
from tests.services import S3RVER, S3RVER_KEYS, require_node_tool, s3rver

CLIP = bytes(range(256)) * 4  # 1,024 bytes


@pytest.fixture
def build(tmp_path):
    """A build folder with a step file and an index, and links: a file linked from outside, a
    folder linked from outside, and a link to a file of the build itself."""
    folder, outside = tmp_path / "build", tmp_path / "outside"
    (folder / "steps").mkdir(parents=True)
    outside.mkdir()
    (folder / "steps" / "a.mp3").write_bytes(CLIP)
    (folder / "index.json").write_text(json.dumps(AudioIndex(
        "espeak-ng", "en-us", {}, {"recipe": StepFile("steps/a.mp3", 100, len(CLIP))}).to_dict()))
    (outside / "secret.txt").write_text("not for the world")
    (folder / "steps" / "secret.mp3").symlink_to(outside / "secret.txt")
    (folder / "elsewhere").symlink_to(outside, target_is_directory=True)
    (folder / "steps" / "same.mp3").symlink_to(folder / "steps" / "a.mp3")
    return folder


@pytest.fixture
def client(build):
    return create_app(build_skill(MemoryProgressStore()), verify=False,
                      audio_dir=build).test_client()


LINKS = ["steps/secret.mp3", "elsewhere/secret.txt", "steps/same.mp3"]


@pytest.mark.parametrize("name", LINKS)
def test_serve_refuses_symbolic_links(client, name):
    answer = client.get(f"/audio/{name}")
    assert answer.status_code == 404
    assert b"not for the world" not in answer.data


def test_serve_serves_only_what_is_published(build, client):
    (build / "clips").mkdir()
    (build / "clips" / "b.mp3").write_bytes(CLIP)  # the build's own: joined into step files
    (build / "loudness.json").write_text("{}")
    assert client.get("/audio/clips/b.mp3").status_code == 404
    assert client.get("/audio/loudness.json").status_code == 404
    answer = client.get("/audio/index.json")
    assert answer.status_code == 200 and "immutable" not in answer.headers["Cache-Control"]


def test_serve_still_serves_the_builds_files(client):
    answer = client.get("/audio/steps/a.mp3")
    assert answer.status_code == 200 and answer.data == CLIP
    assert answer.headers["Content-Type"] == "audio/mpeg"
    assert "immutable" in answer.headers["Cache-Control"]


@pytest.mark.parametrize("path", ["/audio/steps/a.mp3", "/health", "/nowhere"])
def test_every_answer_forbids_content_sniffing(client, path):
    assert client.get(path).headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("suffix, first", [(999_999_999, 0), (len(CLIP), 0), (100, 924)])
def test_a_suffix_range_longer_than_the_file_is_the_whole_file(client, suffix, first):
    answer = client.get("/audio/steps/a.mp3", headers={"Range": f"bytes=-{suffix}"})
    assert answer.status_code == 206
    assert answer.headers["Content-Range"] == f"bytes {first}-{len(CLIP) - 1}/{len(CLIP)}"
    assert answer.data == CLIP[first:]


@pytest.fixture
def unpublished(build):
    """Files a build holds but does not publish, and one it does not name in its index."""
    (build / "clips").mkdir()
    (build / "clips" / "b.mp3").write_bytes(CLIP)
    (build / "loudness.json").write_text("{}")
    (build / "steps" / "old.mp3").write_bytes(CLIP)  # a step file no index names
    return build


ESCAPES = ["steps/../loudness.json", "steps/%2e%2e/loudness.json", "steps/%2E%2E/loudness.json",
           "steps/..%2floudness.json", "steps/%2e%2e%2floudness.json", "art/../clips/b.mp3",
           "steps/%252e%252e/loudness.json", "steps/..%252floudness.json",
           "steps/./../index.json", "steps/../index.json", "./index.json", "steps/.%2e/index.json",
           "steps/old.mp3", "clips/b.mp3", "steps/a.mp3%00", "steps/a.mp3%00.json", "%00",
           "steps/" + "a" * 300 + ".mp3", "a" * 5000, "steps/a.mp3/", "steps/a.mp3/.",
           "steps/a.mp3/..", "steps\\a.mp3", "steps/..\\index.json", "/etc/passwd",
           "%2fetc%2fpasswd", "steps/%c0%ae%c0%ae/loudness.json"]


@pytest.mark.parametrize("name", ESCAPES)
def test_nothing_but_what_the_index_publishes_is_served(client, unpublished, name):
    answer = client.get(f"/audio/{name}")
    assert answer.status_code in (400, 404)
    assert answer.data not in (CLIP, b"{}")
    assert "immutable" not in answer.headers.get("Cache-Control", "")


def test_only_hashed_step_files_are_marked_immutable(client):
    assert "immutable" in client.get("/audio/steps/a.mp3").headers["Cache-Control"]
    assert "immutable" not in client.get("/audio/index.json").headers["Cache-Control"]


@pytest.mark.parametrize("header", ["items=0-1", "bytes=0-1,4-5", "bytes=0-1, 2-3, 8-9",
                                    "bytes=abc", "bytes=5-2", "pages=1"])
def test_ranges_rfc_9110_ignores_are_the_whole_file(client, header):
    answer = client.get("/audio/steps/a.mp3", headers={"Range": header})
    assert answer.status_code == 200 and answer.data == CLIP


def test_a_single_byte_range_is_served_and_one_past_the_end_is_416(client):
    answer = client.get("/audio/steps/a.mp3", headers={"Range": "bytes=4-7"})
    assert answer.status_code == 206 and answer.data == CLIP[4:8]
    assert client.get("/audio/steps/a.mp3",
                      headers={"Range": f"bytes={len(CLIP)}-"}).status_code == 416


def test_a_rebuilt_index_publishes_its_own_step_files(build, client):
    (build / "steps" / "b.mp3").write_bytes(CLIP)
    assert client.get("/audio/steps/b.mp3").status_code == 404
    (build / "index.json").write_text(json.dumps(AudioIndex(
        "espeak-ng", "en-us", {}, {"rebuilt": StepFile("steps/b.mp3", 100, len(CLIP))}).to_dict()))
    assert client.get("/audio/steps/b.mp3").status_code == 200
    assert client.get("/audio/steps/a.mp3").status_code == 404


@pytest.mark.parametrize("path", ["/audio//steps/a.mp3", "//health", "/audio/steps//a.mp3",
                                  "/health/", "/audio", "/audio/", "//", "/./health"])
def test_no_redirect_is_built_from_the_host_header(client, path):
    answer = client.get(path, headers={"Host": "evil.example"})
    location = answer.headers.get("Location", "")
    assert "evil.example" not in location and "//" not in location
    assert not 300 <= answer.status_code < 400 or location.startswith("/")


def test_publish_skips_symbolic_links_with_a_warning(build, tmp_path):
    require_node_tool(S3RVER)
    with s3rver(tmp_path / "s3", "hipcoach-audio") as endpoint:
        # publishing puts the privacy and terms pages beside the audio: they name an operator
        environment = {**os.environ, **S3RVER_KEYS, "AWS_ENDPOINT_URL_S3": endpoint,
                       "SKILL_OPERATOR": "Hip Coach tests",
                       "SKILL_CONTACT_EMAIL": "tests@example.com"}
        result = subprocess.run([sys.executable, "-m", "skill.cli", "audio", "publish", "--out",
                                 str(build), "--bucket", "hipcoach-audio"], env=environment,
                                capture_output=True, text=True, timeout=60)
        import boto3

        s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                          aws_access_key_id=S3RVER_KEYS["AWS_ACCESS_KEY_ID"],
                          aws_secret_access_key=S3RVER_KEYS["AWS_SECRET_ACCESS_KEY"])
        keys = {item["Key"] for item in s3.list_objects_v2(Bucket="hipcoach-audio")["Contents"]}
    assert result.returncode == 0, result.stderr
    assert keys == {"steps/a.mp3", "index.json", "superseded.json", "privacy", "terms"}
    assert "uploaded 4 files" in result.stdout  # the step file and index, the two pages
    for link in ("steps/secret.mp3", "steps/same.mp3", "elsewhere"):
        assert link in result.stderr
