"""`hipcoach`: the skill's command line (render a routine's speech, and more as it grows)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from skill.catalog import ROUTINES, find_routine
from skill.voice.audio import AudioToolMissing, render_all_wav
from skill.voice.script import Script


def render(args: argparse.Namespace) -> int:
    routine = find_routine(args.routine)
    if routine is None:
        names = ", ".join(r.name for r in ROUTINES)
        print(f"hipcoach: no routine called {args.routine!r}; try one of: {names}",
              file=sys.stderr)
        return 2
    script = Script(args.locale)
    try:
        timeline = script.timeline(routine, args.hold)
    except ValueError as error:
        print(f"hipcoach: {error}", file=sys.stderr)
        return 2
    chunks = script.responses(timeline)
    documents = [script.chunk_ssml(chunk, routine) for chunk in chunks]
    print(f"# {routine.name}: {timeline.total_seconds:.0f} s, {len(chunks)} responses, "
          f"{timeline.hold_seconds / timeline.total_seconds:.0%} holding")
    for n, (chunk, document) in enumerate(zip(chunks, documents, strict=True), start=1):
        print(f"\n## response {n}: about {chunk.seconds:.0f} s, {len(document)} characters")
        print(document)
    if args.wav:
        try:
            lengths = render_all_wav(documents, Path(args.wav))
        except AudioToolMissing as error:
            print(f"hipcoach: {error}", file=sys.stderr)
            return 3
        print(f"\n# wrote {args.wav}: " + ", ".join(f"{s:.1f} s" for s in lengths))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hipcoach", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    show = commands.add_parser("render", help="print each response's SSML for a routine")
    show.add_argument("routine", help='routine id or spoken name, e.g. "post-run" or "quick"')
    show.add_argument("--wav", metavar="OUT.wav", help="also speak it into a WAV with espeak-ng")
    show.add_argument("--hold", type=int, metavar="SECONDS", help="preferred hold length")
    show.add_argument("--locale", default="en-US")
    show.set_defaults(run=render)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
