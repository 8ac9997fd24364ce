"""Benchmarks: figures, each beside a baseline measured in the same run. Not a pass/fail test.

    .venv/bin/python -m benchmarks.run [--rounds N] [--repeats N] [--write docs/performance.md]

1. Per-turn latency of a scripted 30-turn session (one session, kept open, every line a turn the
   skill times) against dynalite, beside a baseline doing the same DynamoDB work on each turn
   (the skill's own reads and writes, counted turn by turn, replayed as gets and puts of an item
   of the same size), and the skill's logic alone (memory store) beside a no-I/O minimal skill.
2. DynamoDB reads and writes per turn over that session.
3. Cold start: the built Lambda artifact (`make build-SkillFunction`) imported and answering one
   LaunchRequest on dynalite in a fresh, isolated interpreter of the runtime's version, beside a
   minimal ask-sdk-core artifact built the same way; boto3 from one shared folder for both, as
   the runtime provides it. Zipped sizes beside each other.
4. Webservice requests per second: `hipcoach serve`'s app with full verification, beside the
   SDK's own WebserviceSkillHandler in a plain Flask app serving the same skill (the SDK's own
   verifier cannot load on this OpenSSL, so it runs without), and a plain Flask echo as the floor.

5. What hands-free mode costs to store and play (`cost.py`, also run alone).
6. The MCP server's answer time, tool by tool, over loopback (`mcp.py`, also run alone).

Each measure has its module (`latency.py` for 1 and 2, `cold_start.py`, `webservice.py`;
`shared.py` holds the scripted session and the summary figures); this one runs them and reports.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.cold_start import LAMBDA_VCPU, cold_start
from benchmarks.cost import section as hands_free_cost
from benchmarks.latency import loopback_services, session_latency, turn_rows, turns_line
from benchmarks.mcp import section as mcp_tools
from benchmarks.webservice import webservice

NOTES = """## What is measured

- **Per-turn latency**: one 30-turn session kept open from launch to pause (launch, start, the
  questions mid-routine, continue, next, previous, repeat, start over, progress, hold length,
  equipment, advice, suggestions, help), played once a simulated day by a new runner, against
  dynalite on loopback; the settings API answers on loopback. The first round is a warm-up and
  is dropped. Times are `handle_event`, envelope in to response out.
- **Same-I/O baseline**: a one-handler ASK SDK skill fed the same envelopes, doing on each turn
  exactly the I/O the skill did on that turn (counted through the store and the settings API
  server): consistent gets, puts of an item as large as the skill's and shaped as the store
  writes it (its account, kept in the table's account index, and its expiry), conditional on
  a version and the expiry as the skill's are, and the settings API call. The ratio is the
  cost of the skill's logic on top of the same I/O. Each baseline turn runs beside the
  skill's, so the server's occasional stalls (dynalite pauses for tens of milliseconds now and
  then) fall on both alike, and which goes first alternates turn by turn: the second finds the
  servers warm, worth a few tenths of a millisecond. A baseline turn that goes first does the
  I/O the skill did on that line in the warm-up round, and the run stops if the skill then does
  anything else.
- **Logic alone**: the skill on a memory store beside a one-handler skill doing nothing; the
  difference of the means is the skill's own logic per turn.
- **Cold start (INIT)**: the built artifact (`make build-SkillFunction`, x86_64 here so it runs
  here) in a fresh `python3.12 -I`: import the handler and answer one LaunchRequest on dynalite
  (one get and one put each). The minimal artifact is ask-sdk-core and a one-handler skill
  doing the same get and put, built and compiled the same way. boto3 comes from one shared
  folder for both, as the Lambda runtime provides it to both. The store builds its client on
  botocore directly (boto3's resource layer is unused and costs ~20 ms to import); the minimal
  artifact keeps the usual `boto3.client`. Runs alternate after one warm-up; the ratio is the
  median of each adjacent pair's ratio (quartiles beside it), and CPU seconds are shown too,
  since one scheduler hiccup moves a single wall-clock run by a third on this machine.
- **Decisions from these figures.** boto3 is not bundled: the runtime provides it, and bundling
  it would add the zipped size above for a pinned version; INIT is unchanged either way (the
  same code loads from /var/task or from the runtime). Memory stays at 512 MB: INIT is about a
  quarter of a CPU-second here, so about 0.9 s on Lambda at 512 MB, well inside Alexa's 8 s,
  and a turn's own work is a fraction of a millisecond. SnapStart (with AutoPublishAlias) is not
  configured: it would save at most that second on a cold start, against the snapshot cache and
  restore charges and restore hooks for the DynamoDB client's connections; worth revisiting if
  cold starts become common.
- **Webservice**: `hipcoach serve` with full request verification (signing chain from its
  cache, envelope shape, signature, timestamp, skill id) beside the SDK's own
  `WebserviceSkillHandler` in a plain Flask app serving the same skill without verification (its
  verifier cannot load on this OpenSSL), and a Flask echo as the floor; all on waitress with 8
  threads, 8 client threads on loopback posting signed requests; median of two runs each.
"""


def report(latencies: list[dict], cold: dict, web: dict) -> str:
    first = latencies[0]
    lines = ["| measure | ours | baseline | ratio, median (range) over runs | target |",
             "|---|---|---|---|---|", *turn_rows(latencies)]
    if cold:
        low, high = cold["ratio_quartiles"]
        lines += [f"| cold start INIT (s) | {cold['ours']:.3f} | {cold['minimal']:.3f} | "
                  f"{cold['ratio']:.2f}x (quartiles {low:.2f}-{high:.2f}) | <= 1.1x |",
                  f"| cold start INIT, CPU (s) | {cold['ours_cpu']:.3f} | "
                  f"{cold['minimal_cpu']:.3f} | {cold['ours_cpu'] / cold['minimal_cpu']:.2f}x | |",
                  f"| artifact zipped (MB) | {cold['ours_zip'] / 1e6:.1f} | "
                  f"{cold['minimal_zip'] / 1e6:.1f} | "
                  f"{cold['ours_zip'] / cold['minimal_zip']:.2f}x | <= 1.5x |",
                  f"| boto3 if bundled, zipped (MB) | {cold['boto3_zip'] / 1e6:.1f} | | | |",
                  f"| INIT at 512 MB, estimated (s) | {cold['ours'] / LAMBDA_VCPU:.2f} | "
                  f"{cold['minimal'] / LAMBDA_VCPU:.2f} | | |"]
    lines += [f"| webservice req/s, ours verified vs SDK app | {web['ours']:.0f} | "
              f"{web['sdk']:.0f} | {web['ours'] / web['sdk']:.2f}x | >= 0.8x |",
              f"| webservice req/s, Flask echo (floor) | | {web['echo']:.0f} | "
              f"{web['ours'] / web['echo']:.2f}x | |",
              f"| DynamoDB reads per session | {first['reads_per_session']:.2f} | | | <= 1 |",
              f"| DynamoDB writes per turn | {first['writes_per_turn']:.2f} | | | "
              "<= 1 per changing turn |"]
    return "\n".join(lines) + f"\n\n{turns_line(latencies)}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20, help="sessions timed per run")
    parser.add_argument("--repeats", type=int, default=3, help="runs of the latency benchmark")
    parser.add_argument("--cold-rounds", type=int, default=21)
    parser.add_argument("--web-requests", type=int, default=1500)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--mcp-calls", type=int, default=200, help="timed calls per MCP tool")
    parser.add_argument("--write", metavar="MD", help="also record the table in this file")
    parser.add_argument("--audio-build", default="build/audio",
                        help="the hands-free build whose clips the cost section uses")
    args = parser.parse_args()
    with loopback_services() as (endpoint, api, calls):
        latencies = [session_latency(args.rounds, api, calls) for _ in range(args.repeats)]
        cold = cold_start(args.cold_rounds, endpoint)
    web = webservice(args.web_requests, args.workers)
    table = report(latencies, cold, web)
    costs = hands_free_cost(Path(args.audio_build))
    tools = mcp_tools(args.mcp_calls)
    print(f"{table}\n\n{costs}\n\n{tools}")
    if args.write:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        Path(args.write).write_text(
            f"# Performance\n\nLast run: {stamp}, on this project's 2-core machine:\n"
            f"`.venv/bin/python -m benchmarks.run --rounds {args.rounds} --repeats "
            f"{args.repeats} --cold-rounds {args.cold_rounds} --web-requests "
            f"{args.web_requests} --write docs/performance.md`.\n"
            f"Ratios compare figures measured in the same run.\n\n{table}\n\n{NOTES}\n\n{costs}"
            f"\n\n{tools}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
