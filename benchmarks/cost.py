"""What hands-free mode costs to store and to play, from a build's measured figures and a dated
price table (update PRICES by hand when AWS's prices change). Not a pass/fail test.

    .venv/bin/python -m benchmarks.cost [--build build/audio] [--write docs/performance.md]

Every step file of a full build is planned (skill.audio.steps) from the clips of the build in
`--build`: the bytes of a step file follow from its frames exactly (constant bit rate). A clip
the build lacks (a partial build) is estimated from its words' speech time and the quiet edges
espeak-ng's clips measure; the report says how many were. `python -m benchmarks.run` includes
this section too.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import timeit
from pathlib import Path
from typing import NamedTuple

from skill.audio.build import read_index
from skill.audio.mp3 import FRAME_BYTES, id3_title
from skill.audio.steps import step_variants
from skill.catalog import ROUTINES
from skill.voice.script import Script, script_for
from skill.voice.speech import speech_seconds
from skill.voice.stream import (
    FRAME_MS,
    STEPS,
    AudioIndex,
    ClipInfo,
    StepFile,
    clip_words,
    plan_step,
    plan_steps,
)

HEADING = "## Cost of hands-free mode"
PRICES_DATE = "2025-11 (AWS list prices: us-east-1; CloudFront North America)"
PRICES = {
    "s3_gb_month": 0.023,  # S3 Standard, first 50 TB
    "s3_get_per_1000": 0.0004,  # CloudFront's fetches from the bucket on a cache miss
    "cloudfront_gb": 0.085,  # data transfer out, first 10 TB (1 TB a month is always free)
    "cloudfront_https_per_10000": 0.0100,  # 10 million a month are always free
    "dynamodb_write_per_million": 0.625,  # on-demand write request units
    "dynamodb_read_per_million": 0.125,  # on-demand read request units
    "lambda_request_per_million": 0.20,
    "lambda_gb_second": 0.0000133334,  # arm64 (template.yaml)
}
RUNNERS, ROUTINES_PER_WEEK, WEEKS_PER_MONTH = 1000, 5, 52 / 12
# How one routine played hands-free uses the services (the model, not a measurement):
REQUESTS_PER_STEP = 3  # PlaybackStarted, PlaybackNearlyFinished (enqueues the next), Finished
EXTRA_REQUESTS = 3  # the intent that starts it, a pause and a resume
RANGE_GETS_PER_STEP = 2  # the file's first request, and one more (a resume, a player's probe)
WRITES_PER_STEP = 1  # the place saved as a step starts; the finish is one more
ITEM_KB = 3  # a profile with its bounded history: write units per write (1 KB each)
LAMBDA_MEMORY_GB = 0.5  # template.yaml
LAMBDA_MS_PER_REQUEST = 20  # docs/performance.md: ~3 ms a turn here, Lambda's 0.29 vCPU
LAMBDA_INIT_S = 1.8  # a cold start at 512 MB (docs/performance.md), billed since 2025-08
COLD_STARTS_PER_ROUTINE = 1  # a container idles out between one runner's sessions
SUPERSEDED_SHARE = 7 / 30  # a monthly rebuild keeps the old files a week (skill.audio.publish)


class Figures(NamedTuple):
    variants: int  # (timeline, step) pairs the runtime can ask for
    files: int  # distinct step files (recipes)
    build_bytes: int
    estimated_clips: int
    clips: int
    index_bytes: int
    index_parse_ms: float
    routine_bytes: dict[str, int]  # each routine as written, all its step files
    routine_steps: dict[str, int]


def figures(build: Path | None) -> Figures:
    script = script_for(None)
    index, estimated = _index(script, read_index(build) if build else None)
    files: dict[str, StepFile] = {}
    variants = 0
    for timeline, step in step_variants(script):
        planned = plan_step(script, timeline, step, index)
        variants += 1
        files.setdefault(planned.recipe, StepFile(
            f"{STEPS}/{planned.recipe}.mp3", planned.total_ms,
            _bytes(planned.title, planned.total_ms)))
    text = json.dumps(index._replace(steps=files).to_dict(), separators=(",", ":"))
    parse_ms = min(timeit.repeat(lambda: AudioIndex.from_dict(json.loads(text)), number=1,
                                 repeat=5)) * 1000
    routine_bytes, routine_steps = {}, {}
    for routine in ROUTINES:
        if routine.check_in:
            continue
        plans = plan_steps(script, script.timeline(routine), index)
        routine_bytes[routine.id] = sum(_bytes(p.title, p.total_ms) for p in plans)
        routine_steps[routine.id] = len(plans)
    return Figures(variants, len(files), sum(file.bytes for file in files.values()), estimated,
                   len(index.clips), len(text), parse_ms, routine_bytes, routine_steps)


def _bytes(title: str, ms: int) -> int:
    """A step file's size: its ID3 title and its frames."""
    return len(id3_title(title)) + FRAME_BYTES * (ms // FRAME_MS)


def _index(script: Script, built: AudioIndex | None) -> tuple[AudioIndex, int]:
    """The build's clips, and an estimate of each clip a full build has that it lacks (its
    words' speech time, with the build's typical quiet edges); and how many were estimated."""
    index = built or AudioIndex("espeak", "en-us", {})
    clips, estimated = dict(index.clips), 0
    lead, tail = ((round(statistics.median(c.lead_ms for c in clips.values())),
                   round(statistics.median(c.tail_ms for c in clips.values())))
                  if clips else (35, 600))
    timelines = {id(timeline): timeline for timeline, _ in step_variants(script)}.values()
    for words in {w for timeline in timelines for w in clip_words(script, timeline)}:
        key = index.clip_key(words)
        if key not in clips:
            seconds = speech_seconds(words)
            clips[key] = ClipInfo(math.ceil((seconds * 1000 + lead + tail) / FRAME_MS), lead,
                                  tail)
            estimated += 1
    return index._replace(clips=clips, steps={}), estimated


def monthly(found: Figures) -> dict[str, float]:
    """Dollars a month for RUNNERS runners playing ROUTINES_PER_WEEK routines a week, each an
    average routine."""
    played = RUNNERS * ROUTINES_PER_WEEK * WEEKS_PER_MONTH
    routine_bytes = statistics.mean(found.routine_bytes.values())
    steps = statistics.mean(found.routine_steps.values())
    requests = played * (steps * REQUESTS_PER_STEP + EXTRA_REQUESTS)
    gb_seconds = LAMBDA_MEMORY_GB * (requests * LAMBDA_MS_PER_REQUEST / 1000
                                     + played * COLD_STARTS_PER_ROUTINE * LAMBDA_INIT_S)
    return {
        "S3 storage": found.build_bytes / 1e9 * (1 + SUPERSEDED_SHARE) * PRICES["s3_gb_month"],
        "S3 requests (cache misses)": found.files * 10 / 1000 * PRICES["s3_get_per_1000"],
        "CloudFront transfer": played * routine_bytes / 1e9 * PRICES["cloudfront_gb"],
        "CloudFront requests": played * steps * RANGE_GETS_PER_STEP / 10000
        * PRICES["cloudfront_https_per_10000"],
        "DynamoDB": requests / 1e6 * PRICES["dynamodb_read_per_million"]
        + played * (steps * WRITES_PER_STEP + 1) * ITEM_KB / 1e6
        * PRICES["dynamodb_write_per_million"],
        "Lambda": requests / 1e6 * PRICES["lambda_request_per_million"]
        + gb_seconds * PRICES["lambda_gb_second"],
    }


def section(build: Path | None) -> str:
    found = figures(build)
    costs = monthly(found)
    played = RUNNERS * ROUTINES_PER_WEEK * WEEKS_PER_MONTH
    lines = [HEADING, "",
             f"`.venv/bin/python -m benchmarks.cost --build {build}`: a full build planned from "
             f"the clips of that build ({found.clips - found.estimated_clips} of {found.clips} "
             f"clips measured, the rest estimated from their words). Prices as of {PRICES_DATE}"
             f" (`PRICES` in benchmarks/cost.py).", "",
             "| routine as written | step files | MB played |", "|---|---|---|"]
    lines += [f"| {rid} | {found.routine_steps[rid]} | {size / 1e6:.2f} |"
              for rid, size in found.routine_bytes.items()]
    lines += ["", f"A full build: {found.files:,} step files for {found.variants:,} step "
              f"variants, {found.build_bytes / 1e9:.2f} GB; its `index.json` is "
              f"{found.index_bytes / 1e3:.0f} kB and parses in {found.index_parse_ms:.1f} ms "
              "here (read once per container, and every 15 minutes).", "",
              f"{RUNNERS:,} runners doing {ROUTINES_PER_WEEK} routines a week "
              f"({played:,.0f} routines a month), list prices, before the always-free tiers "
              "(CloudFront's 1 TB and 10 million requests a month would cover the transfer and "
              "requests here):", "", "| service | $ a month |", "|---|---|"]
    lines += [f"| {name} | {cost:.2f} |" for name, cost in costs.items()]
    lines += [f"| **total** | **{sum(costs.values()):.2f}** |", "",
              f"Model: {REQUESTS_PER_STEP} skill requests a step and {EXTRA_REQUESTS} more a "
              f"routine, {LAMBDA_MS_PER_REQUEST} ms each at {LAMBDA_MEMORY_GB * 1024:.0f} MB "
              f"and one {LAMBDA_INIT_S} s cold start a routine; {RANGE_GETS_PER_STEP} requests "
              f"to CloudFront a step file, each file played whole; one read a request and "
              f"{WRITES_PER_STEP} write of a {ITEM_KB} KB profile a step; superseded files kept "
              "a week after a monthly rebuild."]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default="build/audio", help="the build whose clips to use")
    parser.add_argument("--write", metavar="MD", help="also replace the section in this file")
    args = parser.parse_args()
    text = section(Path(args.build))
    print(text)
    if args.write:
        document = Path(args.write).read_text()
        before = document.split(HEADING)[0].rstrip()
        Path(args.write).write_text(f"{before}\n\n{text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
