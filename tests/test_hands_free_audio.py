"""Hands-free audio as a device gets it: step files built with espeak-ng, served by `hipcoach
serve --audio-dir`, opened at the skill's offsets by three players over HTTP (ffmpeg, and
GStreamer seeking accurately and by default), measured for length and loudness; rendered
with Polly at the boto3 boundary; published to an S3-compatible server."""

import io
import json
import re
import shutil
import subprocess
import sys
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import botocore.session
import pytest
from botocore.response import StreamingBody
from botocore.stub import Stubber

from skill.audio import build as builder
from skill.audio import loudness
from skill.audio.engines import Espeak, Polly
from skill.audio.publish import KEEP_SUPERSEDED_DAYS, publish
from skill.catalog import routine
from skill.coach.timeline import Kind
from skill.voice import ssml
from skill.voice.script import script_for
from skill.voice.stream import FRAME_MS, SAMPLE_RATE, AudioIndex, StepPlan, clip_words, plan_step
from tests import seek_check as seeking
from tests.conftest import AUDIO_HOLDS, AUDIO_ROUTINES
from tests.services import S3RVER, S3RVER_KEYS, hipcoach_serve, require_node_tool, s3rver

HOLD_TOLERANCE = 0.1  # seconds: each hold as heard in the decoded file
PER_MS = SAMPLE_RATE // 1000
SCRIPT = script_for(None)


@pytest.fixture(scope="module")
def server(audio_build, tmp_path_factory):
    """`hipcoach serve --audio-dir` on loopback; yields its base URL."""
    with hipcoach_serve(tmp_path_factory.mktemp("serve"), "--audio-dir", str(audio_build)) as url:
        yield url


def ffmpeg(*arguments: str) -> str:
    return subprocess.run(["ffmpeg", "-hide_banner", "-nostats", *arguments], check=True,
                          capture_output=True, text=True, timeout=120).stderr


def step(audio_build: Path, routine_id: str, number: int) -> tuple[StepPlan, str]:
    """The plan of a step of the routine as written, and its file's path in the build."""
    index = builder.read_index(audio_build)
    planned = plan_step(SCRIPT, SCRIPT.timeline(routine(routine_id)), number, index)
    return planned, index.steps[planned.recipe].path


def quiet_runs(url: str, minimum: float = 1.0) -> list[tuple[float, float]]:
    """(start, length) of each quiet run in the file, as ffmpeg's silencedetect hears it."""
    log = ffmpeg("-i", url, "-af", f"silencedetect=n={builder.QUIET_DBFS}dB:d={minimum}",
                 "-f", "null", "-")
    starts = [float(v) for v in re.findall(r"silence_start: ([\d.]+)", log)]
    lengths = [float(v) for v in re.findall(r"silence_duration: ([\d.]+)", log)]
    return list(zip(starts, lengths, strict=False))


def planned_quiet(segments) -> list[float]:
    """The silences between spoken lines, as the timeline plans them."""
    runs, run = [], 0.0
    for segment in segments:
        if segment.lines and run:
            runs.append(run)
            run = 0.0
        run += segment.silence
    return runs


@pytest.mark.parametrize("number", [0, 1])
def test_a_step_file_lasts_its_plan_to_the_frame_with_every_hold_exact(server, audio_build,
                                                                       number):
    planned, path = step(audio_build, "quick_post_run", number)
    url = f"{server}/audio/{path}"
    probe = json.loads(subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration:format_tags=title",
         "-of", "json", url], check=True, capture_output=True, text=True).stdout)["format"]
    assert float(probe["duration"]) == pytest.approx(planned.total_ms / 1000, abs=0.0005)
    timeline = SCRIPT.timeline(routine("quick_post_run"))
    assert probe["tags"]["title"] == planned.title == timeline.steps[number].name
    segments = timeline.segments[planned.first_segment:][:len(planned.starts_ms)]
    heard = [length for _, length in quiet_runs(url, 1.5)]
    wanted = [run for run in planned_quiet(segments) if run >= 1.5]
    print(f"\nstep {number}: {planned.total_ms / 1000:.3f} s; holds planned vs heard:",
          ", ".join(f"{w:g}/{h:.3f}" for w, h in zip(wanted, heard, strict=False)))
    assert len(heard) == len(wanted)
    for want, got in zip(wanted, heard, strict=True):
        assert got == pytest.approx(want, abs=HOLD_TOLERANCE)


def test_counted_reps_keep_their_pace(server, audio_build):
    timeline = SCRIPT.timeline(routine("pre_run"))
    planned, path = step(audio_build, "pre_run", 1)
    onsets = [start + length for start, length in quiet_runs(f"{server}/audio/{path}", 0.3)]
    reps = [n for n in range(len(planned.starts_ms))
            if timeline.segments[planned.first_segment + n].kind is Kind.REPS]
    assert reps
    for n in reps:
        segment = timeline.segments[planned.first_segment + n]
        window = (planned.starts_ms[n] / 1000 - 0.5, planned.starts_ms[n + 1] / 1000 - 0.5)
        counts = [t for t in onsets if window[0] <= t < window[1]]
        pace = segment.seconds / segment.reps
        assert len(counts) >= segment.reps - 1, (n, counts)
        for earlier, later in zip(counts, counts[1:], strict=False):
            assert later - earlier == pytest.approx(pace, abs=HOLD_TOLERANCE)


# Seeking, with three players ----------------------------------------------------------------
@pytest.mark.parametrize("player", ["ffmpeg", "gstreamer", "gstreamer-default"])
def test_three_players_seeking_over_http_play_what_the_plan_puts_at_each_offset(
        server, audio_build, player):
    """Open step files at the offsets the skill sends (every kind of segment, both ends of a
    hold), by input seeking over HTTP, and hear what the plan says is there, from the offset
    itself on every player: the clip (correlated), its quiet tail, or exact silence.
    GStreamer's default seek goes to the byte the bit rate gives and plays from the frame
    there; an Info frame put it a frame (24 ms) early, its table of contents up to 0.74 s."""
    if player.startswith("gstreamer") and seeking.gstreamer_missing():
        pytest.skip("GStreamer's Python bindings are not installed (scripts/install-test-tools)")
    found = seeking.moments(audio_build, [("quick_post_run", 0), ("pre_run", 1)])
    assert {moment.what.split(" ", 1)[1] for moment in found} >= {
        "intro", "count_in", "hold", "hold's last second", "cue", "switch_sides", "release",
        "reps"}
    assert all(moment.offset_ms % FRAME_MS == 0 for moment in found)
    # Enough moments where GStreamer's default seek is its own (not accurate anyway).
    assert sum(moment.offset_ms > seeking.GSTREAMER_EXACT_WITHIN_MS for moment in found) >= 5
    results = seeking.check(server, audio_build, found, seeking.PLAYERS[player])
    print(f"\n{player}:", "; ".join(said for _, said in results))
    assert all(ok for ok, _ in results), [said for ok, said in results if not ok]


def with_info_frame(step_file: bytes) -> bytes:
    """The layout step files had before: an Info frame (frame and byte counts, no table of
    contents) shaped as the audio frames, between the ID3 tag and them."""
    tag = 10 + sum(b << 7 * (3 - n) for n, b in enumerate(step_file[6:10]))  # syncsafe size
    frames, size = step_file[tag:], builder.FRAME_BYTES
    info = frames[:4] + bytes(17) + b"Info" + (3).to_bytes(4, "big") + (
        len(frames) // size).to_bytes(4, "big") + (len(frames) + size).to_bytes(4, "big")
    return step_file[:tag] + info + bytes(size - len(info)) + frames


def test_an_info_frame_puts_gstreamers_default_seek_a_frame_early(audio_build, tmp_path):
    """Why step files have no Info frame: GStreamer's default seek counts it as audio, so at a
    frame start it plays the frame before, 24 ms early, and the seek test fails on such files
    (while ffmpeg and GStreamer's accurate seek pass: they skip it). docs/audio.md."""
    if seeking.gstreamer_missing():
        pytest.skip("GStreamer's Python bindings are not installed (scripts/install-test-tools)")
    found = [moment for moment in seeking.moments(audio_build, [("quick_post_run", 0)])
             if moment.offset_ms > seeking.GSTREAMER_EXACT_WITHIN_MS]
    path = found[0].path  # served under its own name (the server serves what the index names)
    (tmp_path / path).parent.mkdir(parents=True)
    (tmp_path / path).write_bytes(with_info_frame((audio_build / path).read_bytes()))
    shutil.copy(audio_build / "index.json", tmp_path)
    with hipcoach_serve(tmp_path / "serve", "--audio-dir", str(tmp_path)) as url:
        early = seeking.check(url, audio_build, found, seeking.gstreamer_default_at)
        accurate = seeking.check(url, audio_build, found, seeking.gstreamer_at)
    print("\nwith an Info frame:", "; ".join(said for _, said in early))
    assert all(ok for ok, _ in accurate)
    assert sum(not ok for ok, _ in early) >= len(found) // 2


# Loudness, silence, a rebuild ---------------------------------------------------------------
def test_every_step_file_is_at_amazons_loudness_with_silences_at_digital_zero(audio_build):
    index = builder.read_index(audio_build)
    measured = {file.path: loudness.measure("ffmpeg", ["-i", str(audio_build / file.path)])
                for file in index.steps.values()}
    lufs = [m.lufs for m in measured.values()]
    peaks = [m.peak_dbtp for m in measured.values()]
    print(f"\n{len(measured)} step files: {min(lufs):.1f} to {max(lufs):.1f} LUFS, true peak "
          f"{min(peaks):.1f} to {max(peaks):.1f} dBTP")
    assert all(abs(value + 14) <= 1 for value in lufs) and max(peaks) <= -2
    planned, path = step(audio_build, "quick_post_run", 0)
    samples = seeking.decoded(audio_build / path)
    position, silent = 0, 0
    for piece in planned.pieces:
        length = piece.frames * FRAME_MS * PER_MS
        if not piece.path.startswith("clips/"):  # a frame's overlap may carry a clip's last hush
            assert max(map(abs, samples[position + FRAME_MS * PER_MS:position + length])) == 0
            silent += length
        position += length
    assert silent > len(samples) / 2


def test_a_step_file_off_the_loudness_target_fails_the_build(audio_build, tmp_path,
                                                             monkeypatch):
    copy = tmp_path / "build"
    shutil.copytree(audio_build, copy)
    (copy / builder.MEASURED).unlink()
    index_before = (copy / "index.json").read_bytes()
    monkeypatch.setattr(loudness, "measure", lambda *_: loudness.Loudness(-20.5, -1.0))
    with pytest.raises(builder.OffTarget, match="-20.5 LUFS, -1.0 dBTP"):
        builder.build(copy, Espeak(), [routine(r) for r in AUDIO_ROUTINES], AUDIO_HOLDS)
    assert (copy / "index.json").read_bytes() == index_before


def test_a_rebuild_renders_and_joins_only_what_changed(audio_build, tmp_path):
    copy = tmp_path / "build"
    shutil.copytree(audio_build, copy)
    chosen = [routine(r) for r in AUDIO_ROUTINES]
    before = {p: p.stat().st_mtime_ns for p in copy.rglob("*") if p.is_file()}
    again = builder.build(copy, Espeak(), chosen, AUDIO_HOLDS)
    assert (again.rendered, again.joined) == (0, 0) and again.reused > 0
    assert {p: p.stat().st_mtime_ns for p in copy.rglob("*") if p.is_file()} == before
    planned, path = step(copy, "quick_post_run", 1)
    victim = copy / planned.pieces[-1].path  # the release: only in its own step's files
    victim.unlink()
    (copy / path).unlink()
    redone = builder.build(copy, Espeak(), chosen, AUDIO_HOLDS)
    assert redone.rendered == 1 and 0 < redone.joined < redone.files
    assert victim.exists() and (copy / step(copy, "quick_post_run", 1)[1]).exists()


def mp3_of(words: str) -> bytes:
    """Audio Polly might return: espeak-ng's rendering as 24 kHz MP3."""
    wav = Espeak().speak(ssml.speak(words))
    return builder._ffmpeg(["-i", "pipe:0", "-ar", "24000", "-f", "mp3", "pipe:1"], wav)


def test_polly_renders_clips_through_boto3_with_ssml_and_the_neural_engine(tmp_path,
                                                                           monkeypatch):
    """Polly at the boto3 boundary: botocore's Stubber checks each call against the service
    model; the build levels and encodes what it returns like any engine's audio."""
    client = botocore.session.get_session().create_client(
        "polly", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x")
    timeline = SCRIPT.timeline(routine("quick_post_run"), 30, "s,")
    engine = Polly("Matthew", client)
    index = AudioIndex("polly", "Matthew", {})
    words = sorted({index.clip_key(w): w for w in clip_words(SCRIPT, timeline)}.items())
    with Stubber(client) as stub:
        for _, text in words:
            audio = mp3_of(text)
            stub.add_response("synthesize_speech", {
                "AudioStream": StreamingBody(io.BytesIO(audio), len(audio)),
                "ContentType": "audio/mpeg", "RequestCharacters": len(text)},
                {"Engine": "neural", "OutputFormat": "mp3", "SampleRate": "24000",
                 "Text": ssml.speak(text), "TextType": "ssml", "VoiceId": "Matthew"})
        monkeypatch.setattr(builder, "step_variants", lambda *_: iter([(timeline, 1)]))
        report = builder.build(tmp_path, engine, [routine("quick_post_run")], [30], jobs=1)
        stub.assert_no_pending_responses()
    assert report.rendered == len(words) and (report.variants, report.files) == (1, 1)
    built = builder.read_index(tmp_path)
    assert (built.engine, built.voice) == ("polly", "Matthew")
    assert (tmp_path / next(iter(built.steps.values())).path).exists()


def test_publish_uploads_only_what_changed_and_keeps_superseded_files_a_while(
        audio_build, tmp_path, monkeypatch):
    require_node_tool(S3RVER)
    copy = tmp_path / "build"
    shutil.copytree(audio_build, copy)
    published = sum(1 for p in copy.rglob("*") if p.is_file()
                    and p.relative_to(copy).parts[0] in ("steps", "art", "index.json"))
    with s3rver(tmp_path / "s3", "hipcoach-audio") as endpoint:
        monkeypatch.setenv("AWS_ENDPOINT_URL_S3", endpoint)
        for name, value in S3RVER_KEYS.items():
            monkeypatch.setenv(name, value)
        first = publish(copy, "hipcoach-audio")
        assert (first.uploaded, first.skipped) == (published, 0)
        assert publish(copy, "hipcoach-audio").uploaded == 0
        import boto3

        s3 = boto3.session.Session().client("s3")
        keys = {item["Key"] for item in s3.list_objects_v2(Bucket="hipcoach-audio")["Contents"]}
        assert not any(key.startswith("clips/") for key in keys)
        old = next((copy / "steps").iterdir())
        head = s3.head_object(Bucket="hipcoach-audio", Key=f"steps/{old.name}")
        assert head["ContentType"] == "audio/mpeg" and "immutable" in head["CacheControl"]
        head = s3.head_object(Bucket="hipcoach-audio", Key="index.json")
        assert "immutable" not in head["CacheControl"]
        old.unlink()  # a rebuild no longer plays it
        later = publish(copy, "hipcoach-audio", now=datetime.now(UTC) + timedelta(days=1))
        assert (later.uploaded, later.superseded, later.deleted) == (0, 1, 0)
        assert s3.head_object(Bucket="hipcoach-audio", Key=f"steps/{old.name}")
        expired = publish(copy, "hipcoach-audio", now=datetime.now(UTC) + timedelta(
            days=KEEP_SUPERSEDED_DAYS + 1))
        assert (expired.superseded, expired.deleted) == (0, 1)
        with pytest.raises(s3.exceptions.ClientError):
            s3.head_object(Bucket="hipcoach-audio", Key=f"steps/{old.name}")


def test_the_server_serves_ranges_with_the_right_content_types(server, audio_build):
    name = next((audio_build / "steps").iterdir()).name
    request = urllib.request.Request(f"{server}/audio/steps/{name}",
                                     headers={"Range": "bytes=0-99"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.status == 206 and len(answer.read()) == 100
        assert answer.headers["Content-Type"] == "audio/mpeg"
        assert "immutable" in answer.headers["Cache-Control"]
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(f"{server}/audio/../pyproject.toml", timeout=10)
    assert missing.value.code == 404


def test_the_cli_builds_and_reports_the_size(audio_build, tmp_path):
    out = tmp_path / "cli-build"
    shutil.copytree(audio_build, out)
    result = subprocess.run([sys.executable, "-m", "skill.cli", "audio", "build", "--out",
                             str(out), "--routine", "quick", "--hold", "45"],
                            check=True, capture_output=True, text=True, timeout=300)
    assert re.search(r"7 step files for 7 step variants .*: 0 clips rendered, \d+ reused; "
                     r"[\d.]+ MB.* -1[345]\.\d to -1[345]\.\d LUFS", result.stdout), result.stdout
    assert Path(out / "index.json").exists()
