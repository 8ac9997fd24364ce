"""`hipcoach`: the skill's command line (render a routine's speech, and more as it grows)."""

from __future__ import annotations

import argparse
import functools
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from skill.catalog import ROUTINES, find_routine
from skill.voice.audio import AudioToolMissing, render_all_wav
from skill.voice.script import Script

if TYPE_CHECKING:  # named in annotations only: chat imports it when it runs
    from skill.simulator.stand_ins import StandIns


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
    documents = [script.chunk_ssml(chunk, timeline) for chunk in chunks]
    total = timeline.total_seconds
    print(f"# {routine.name}: {total:.0f} s, {len(chunks)} responses, "
          f"{script.quiet_seconds(timeline) / total:.0%} quiet "
          f"({timeline.hold_seconds / total:.0%} in holds)")
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


def chat(args: argparse.Namespace) -> int:
    import os
    import tempfile

    from skill.simulator.stand_ins import stand_ins

    # The device's Alexa APIs and Strava answer on loopback: nothing leaves the machine.
    with tempfile.TemporaryDirectory(prefix="hipcoach-chat-") as folder, \
            stand_ins(Path(folder)) as services:
        os.environ.update(services.environment)
        return converse(args, services)


def converse(args: argparse.Namespace, services: StandIns) -> int:
    """The chat itself, its device's services answering from `services`."""
    from skill.alexa.skill import build_skill, handle_event
    from skill.simulator.chat import ClockFile, Conversation
    from skill.simulator.envelopes import Caller
    from skill.store.config import store_from_env

    use_audio(args.audio_dir, "https://localhost/audio/")
    store = store_from_env()
    skill = build_skill(store)
    store_path = getattr(store, "path", None)  # the SQLite file; DynamoDB has no file
    clock = ClockFile(Path(f"{store_path}.chat-clock")) if store_path else None
    if args.now:
        start = args.now if args.now.tzinfo else args.now.replace(tzinfo=UTC)
    else:
        start = clock.start(datetime.now(UTC)) if clock else datetime.now(UTC)
    caller = Caller(user_id=args.user, locale=args.locale, screen=args.screen,
                    audio=bool(args.audio_dir), api_endpoint=services.api_endpoint)
    listening = None
    if not args.strict:
        from skill.simulator.matching import Listening

        listening = Listening(caller.model)
    conversation = Conversation(lambda event, context: handle_event(skill, event, context),
                                caller, start, stream_length, listening, plays_responses=True,
                                link_strava=services.link_strava)
    interactive = sys.stdin.isatty()
    if interactive:
        print('Say "open hip coach" or "ask hip coach to start my post-run stretches". '
              '"(wait 60)" moves the clock on; hipcoach chat --help lists the other lines; '
              'Ctrl-D quits.')
    while True:
        if interactive:
            print("you> ", end="", flush=True)
        line = sys.stdin.readline()
        if not line:
            return 0
        if listening is not None:
            listening.last = None  # only lines sent as intents are explained
        reply = conversation.say(line.strip())
        if clock:
            clock.reached(conversation.now, datetime.now(UTC))
        if args.explain and listening is not None and listening.last is not None:
            print(listening.explain(), flush=True)
        print(reply.render() or "(nothing)", flush=True)
        if args.speak and reply.speech:
            speak_aloud(reply.raw)
        if not interactive:
            print()


def use_audio(folder: str | None, served_at: str) -> Path | None:
    """Points the skill at a hands-free build in `folder`: its index is read from there, and
    its Play URLs start with AUDIO_BASE_URL (default `served_at`)."""
    import os

    if not folder:
        return None
    path = Path(folder).resolve()
    os.environ["AUDIO_DIR"] = str(path)
    os.environ.setdefault("AUDIO_BASE_URL", served_at)
    return path


def stream_length(url: str) -> int | None:
    """The length in ms of a step file of the local build, from its index."""
    import os

    base, folder = os.environ.get("AUDIO_BASE_URL", ""), os.environ.get("AUDIO_DIR", "")
    if not (folder and url.startswith(base)):
        return None
    return _step_lengths(folder).get(url[len(base):])


@functools.cache
def _step_lengths(folder: str) -> dict[str, int]:
    """Each step file's length in a build, read once (a full build's index is large)."""
    from skill.audio.build import read_index

    index = read_index(Path(folder))
    return {step.path: step.ms for step in index.steps.values()} if index else {}


def speak_aloud(response_envelope: dict) -> None:
    from skill.voice.audio import AudioToolMissing, play

    ssml_text = ((response_envelope.get("response") or {}).get("outputSpeech") or {}).get("ssml")
    try:
        play(ssml_text)
    except AudioToolMissing as error:
        print(f"hipcoach: {error}", file=sys.stderr)


def model(args: argparse.Namespace) -> int:
    from skill.alexa.language.interaction_model import stale_models, write_models
    from skill.alexa.language.tasks import stale_tasks, write_tasks
    from skill.catalog.sources import DOC_PATH, stale_sources, write_sources

    if args.check:
        stale = stale_models() + stale_tasks() + ([DOC_PATH] if stale_sources() else [])
        for path in stale:
            print(f"hipcoach: {path} is out of date; run `hipcoach model`", file=sys.stderr)
        return 1 if stale else 0
    for path in [*write_models(), *write_tasks(), write_sources()]:
        print(f"wrote {path}")
    return 0


def icons(args: argparse.Namespace) -> int:
    from skill.alexa.language.skill_package import render_icons

    for path in render_icons():
        print(f"wrote {path}")
    return 0


def package(args: argparse.Namespace) -> int:
    from skill.alexa.language.skill_package import deploy_settings, settings_problems, write_package

    settings = deploy_settings({"endpoint": args.endpoint, "privacy_url": args.privacy_url,
                                "terms_url": args.terms_url,
                                "strava_client_id": args.strava_client_id})
    problems = settings_problems(settings)
    for problem in problems:
        print(f"hipcoach: {problem}", file=sys.stderr)
    if problems:
        return 2
    print(f"wrote {write_package(Path(args.out), settings)}")
    return 0


def table(args: argparse.Namespace) -> int:
    import os

    from skill.store.dynamo import DynamoProgressStore

    name = args.name or os.environ.get("PROGRESS_TABLE")
    if not name:
        print("hipcoach: name the table with --name or PROGRESS_TABLE", file=sys.stderr)
        return 2
    created = DynamoProgressStore(name).create_table()
    print(f"table {name} {'created' if created else 'already exists'}")
    return 0


def strava_subscribe(args: argparse.Namespace) -> int:
    """Creates the Strava application's push subscription, so that an athlete's revocation at
    strava.com reaches the skill (Strava validates the callback before answering)."""
    import os

    from skill.alexa.platform import strava

    needed = {"STRAVA_CLIENT_ID": "", "STRAVA_CLIENT_SECRET": "", strava.VERIFY_TOKEN: ""}
    needed = {name: os.environ.get(name, "") for name in needed}
    missing = [name for name, value in needed.items() if not value]
    if missing:
        print(f"hipcoach: set {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        created = strava.create_subscription(needed["STRAVA_CLIENT_ID"],
                                             needed["STRAVA_CLIENT_SECRET"], args.callback_url,
                                             needed[strava.VERIFY_TOKEN])
    except Exception as error:  # noqa: BLE001 - whatever failed, the operator reads why
        print(f"hipcoach: {error}", file=sys.stderr)
        return 1
    print(f"Strava subscription {created.get('id')} sends events to {args.callback_url}")
    return 0


def serve(args: argparse.Namespace) -> int:
    import os

    try:
        from skill.web import create_app
        from skill.web.server import serve as serve_app
        from skill.web.verify import alexa_verifiers, load_trust_roots
    except ImportError as error:
        print(f"hipcoach: the webservice needs its extra ({error.name} is missing): "
              "pip install 'hip-mobility-coach[web]'", file=sys.stderr)
        return 2

    from skill.alexa.platform.request_log import configure_logging

    skill_id = os.environ.get("SKILL_ID") or None
    if not (skill_id or args.any_skill or args.no_verify):
        print("hipcoach: set SKILL_ID to your skill's id (amzn1.ask.skill...) so requests for "
              "other skills are refused; --any-skill answers any skill (development), "
              "--no-verify turns verification off (local only)", file=sys.stderr)
        return 2
    configure_logging()
    verifiers = None
    if not args.no_verify:
        verifiers = alexa_verifiers(skill_id, load_trust_roots(args.trust_roots),
                                    args.cert_cache, any_skill=args.any_skill)
    audio_dir = use_audio(args.audio_dir, f"https://{args.host}:{args.port}/audio/")
    app = create_app(verify=not args.no_verify, verifiers=verifiers, audio_dir=audio_dir,
                     max_body_bytes=args.max_body)
    app = with_mcp(app, args.host, args.port)
    print(f"hipcoach: serving on http://{args.host}:{args.port}/", flush=True)
    serve_app(app, host=args.host, port=args.port, threads=args.threads,
              max_body_bytes=args.max_body, connection_limit=args.connection_limit,
              channel_timeout=args.channel_timeout)
    return 0


def with_mcp(app, host: str, port: int):
    """The webservice with the MCP server at /mcp, when its authorisation server is configured
    (MCP_ISSUER, MCP_RESOURCE_URL, MCP_AUDIENCE: skill.mcp.auth); else the webservice alone."""
    import os

    if not os.environ.get("MCP_ISSUER"):
        return app
    from urllib.parse import urlsplit

    from skill.mcp.auth import AuthConfig
    from skill.mcp.hosting import http_bridge
    from skill.mcp.hosting import with_mcp as mounted
    from skill.store.config import store_from_env

    config = AuthConfig.from_env()
    if config is None:
        raise SystemExit("hipcoach: MCP_ISSUER needs MCP_RESOURCE_URL and MCP_AUDIENCE too")
    # Requests name the public host (a reverse proxy passes it on) or this address directly.
    hosts = [urlsplit(config.resource).netloc, f"{host}:{port}"]
    print(f"hipcoach: MCP at {config.resource} (tokens from {config.issuer})", flush=True)
    return mounted(app, http_bridge(store_from_env(), config, hosts))


def mcp(args: argparse.Namespace) -> int:
    try:
        from skill.mcp.hosting import run_stdio
    except ImportError as error:
        print(f"hipcoach: the MCP server needs its extra ({error.name} is missing): "
              "pip install 'hip-mobility-coach[mcp]'", file=sys.stderr)
        return 2
    from skill.store.config import store_from_env

    run_stdio(store_from_env())
    return 0


def audio(args: argparse.Namespace) -> int:
    from skill.voice.audio import AudioToolMissing

    if args.action == "publish":
        from skill.audio.publish import publish
        from skill.pages import CONTENT_TYPE, page_settings, rendered
        from skill.pages import settings_problems as page_problems

        problems = page_problems(page_settings())
        for problem in problems:
            print(f"hipcoach: {problem} (the privacy policy published beside the audio)",
                  file=sys.stderr)
        if problems:
            return 2
        report = publish(Path(args.out), args.bucket, prefix=args.prefix,
                         pages=rendered(page_settings()), page_type=CONTENT_TYPE)
        print(f"uploaded {report.uploaded} files ({report.uploaded_bytes / 1e6:.1f} MB), "
              f"{report.skipped} unchanged")
        if report.links:
            print(f"hipcoach: left out {len(report.links)} symbolic links (a build has none, "
                  f"and a link may lead outside it): {', '.join(report.links)}", file=sys.stderr)
        return 0
    from skill.audio.build import OffTarget, build
    from skill.audio.engines import ENGINES

    routines = None
    if args.routine:
        routines = [find_routine(name) for name in args.routine]
        if None in routines:
            print(f"hipcoach: no routine called one of {args.routine}", file=sys.stderr)
            return 2
    try:
        report = build(Path(args.out), ENGINES[args.engine](args.voice), routines,
                       args.hold or None, jobs=args.jobs)
    except (AudioToolMissing, OffTarget) as error:
        print(f"hipcoach: {error}", file=sys.stderr)
        return 3
    print(f"{report.files} step files for {report.variants} step variants in {args.out} "
          f"({report.joined} joined): {report.rendered} clips rendered, {report.reused} "
          f"reused; {report.step_bytes / 1e6:.1f} MB, {report.audio_ms / 3.6e6:.1f} h, longest "
          f"{report.longest_ms / 60000:.1f} min; {report.lufs[0]:.1f} to {report.lufs[1]:.1f} "
          f"LUFS, true peak at most {report.peak_dbtp:.1f} dBTP; index "
          f"{report.index_bytes / 1e3:.0f} kB; {report.seconds:.0f} s")
    return 0


# The lines `hipcoach chat` reads that are not speech (skill.simulator.chat).
CHAT_LINES = """\
lines that are not speech:
  (wait N)             move the clock on N seconds (or N m, N h, N d)
  (after N)            speak N seconds into the last response (to pause mid-hold)
  (silence)            let the microphone time out
  (press play|pause|next|previous)
                       press a button of the device's player (with --audio-dir)
  (touch ROUTINE)      touch a routine in the screen's list (with --screen)
what a runner does outside the skill, to try every flow offline:
  (grant reminders)    allow Hip Coach reminders: answers Alexa's question when the skill has
                       just asked, else as in the Alexa app; then "remind me ..." sets them
                       (a local Reminders API)
  (link strava)        link a Strava account (a local stand-in whose last run was a long trail
                       run this morning): the next launch offers what that run calls for
  (accept offer)       say yes to the Alexa Routine the skill has just offered (at a routine's
                       finish on a third separate day); its phrase then starts that routine
"""


def positive(text: str) -> int:
    """An argument that must be a whole number above zero (a limit of 0 would stop a server)."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is not a positive whole number")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hipcoach", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    show = commands.add_parser("render", help="print each response's SSML for a routine")
    show.add_argument("routine", help='routine id or spoken name, e.g. "post-run" or "quick"')
    show.add_argument("--wav", metavar="OUT.wav", help="also speak it into a WAV with espeak-ng")
    show.add_argument("--hold", type=int, metavar="SECONDS", help="preferred hold length")
    show.add_argument("--locale", default="en-US")
    show.set_defaults(run=render)
    talk = commands.add_parser("chat", help="talk to the skill in text, as Alexa would relay it",
                               description="Talk to the skill in text, as Alexa would relay "
                                           "it: each line is what the runner says.",
                               epilog=CHAT_LINES,
                               formatter_class=argparse.RawDescriptionHelpFormatter)
    talk.add_argument("--user", default="amzn1.ask.account.local-runner",
                      help="the Alexa userId to speak as (progress is kept per user)")
    talk.add_argument("--speak", action="store_true", help="also speak replies with espeak-ng")
    talk.add_argument("--screen", action="store_true",
                      help='as an Echo Show: replies carry screens; "(touch ROUTINE)" touches one')
    talk.add_argument("--audio-dir", metavar="DIR",
                      help="as a device with AudioPlayer, playing this hands-free build")
    talk.add_argument("--locale", default="en-US")
    talk.add_argument("--strict", action="store_true",
                      help="understand only exact sample utterances (as virtual-alexa does); "
                           "by default near misses and filler are forgiven, as Alexa does")
    talk.add_argument("--explain", action="store_true",
                      help="print the intent, slots and score each line was heard as")
    talk.add_argument("--now", type=datetime.fromisoformat, metavar="ISO-TIME",
                      help="start the simulated clock here, e.g. 2026-03-03T07:00:00Z "
                           "(default: where the last chat on this store left it, or now)")
    talk.set_defaults(run=chat)
    generate = commands.add_parser("model", help="write interaction_model/ and "
                                                 "docs/catalogue.md from the catalogue")
    generate.add_argument("--check", action="store_true", help="only report stale files")
    generate.set_defaults(run=model)
    draw = commands.add_parser("icons", help="render the skill's icons from their vector source")
    draw.set_defaults(run=icons)
    pack = commands.add_parser("package", help="write the skill package to upload, with this "
                                               "deployment's endpoint and URLs filled in")
    pack.add_argument("--out", default="build/skill-package")
    pack.add_argument("--endpoint", metavar="ARN",
                      help="the function's ARN (default: SKILL_ENDPOINT_ARN)")
    pack.add_argument("--privacy-url", help="privacy policy URL (default: SKILL_PRIVACY_URL, "
                      "else the page published beside the audio at AUDIO_BASE_URL)")
    pack.add_argument("--terms-url", help="terms of use URL (default: SKILL_TERMS_URL, "
                      "else the page beside the audio)")
    pack.add_argument("--strava-client-id", help="link Strava accounts with this API "
                      "application (default: STRAVA_CLIENT_ID; its secret: STRAVA_CLIENT_SECRET)")
    pack.set_defaults(run=package)
    tables = commands.add_parser("table", help="manage the DynamoDB progress table")
    tables.add_argument("action", choices=["create"])
    tables.add_argument("--name", help="table name (default: PROGRESS_TABLE)")
    tables.set_defaults(run=table)
    subscribe = commands.add_parser(
        "strava-subscribe", help="create the Strava push subscription that tells the skill "
        "when an athlete revokes access (STRAVA_CLIENT_ID, STRAVA_CLIENT_SECRET, "
        "STRAVA_VERIFY_TOKEN)")
    subscribe.add_argument("--callback-url", required=True,
                           help="the stack's StravaWebhookUrl output, or the webservice's "
                                "https://HOST/strava/webhook")
    subscribe.set_defaults(run=strava_subscribe)
    web = commands.add_parser("serve", help="serve the skill as an HTTPS-fronted webservice")
    web.add_argument("--host", default="127.0.0.1")
    web.add_argument("--port", type=int, default=3000)
    web.add_argument("--threads", type=positive, default=8)
    # The server's own limits, for use without the reverse proxy (deploy/nginx/hipcoach.conf).
    # The body cap is skill.web.app's MAX_BODY_BYTES, written out so that building the parser
    # needs no web extra (a test keeps the two equal). An idle connection costs waitress a
    # socket, not a thread, so the limit is set well above waitress's default of 100: at 100,
    # 150 clients connecting and sending nothing held every connection, and an honest request
    # waited in the listen queue for ~35 s until the idle ones timed out. Its idle timeout of
    # 120 s is cut to 10.
    web.add_argument("--max-body", type=positive, default=128 * 1024, metavar="BYTES",
                     help="refuse request bodies larger than this, before reading them "
                          "(default: %(default)s)")
    web.add_argument("--connection-limit", type=positive, default=500, metavar="N",
                     help="most connections open at once; more wait to be accepted "
                          "(default: %(default)s)")
    web.add_argument("--channel-timeout", type=positive, default=10, metavar="SECONDS",
                     help="close a connection idle this long (default: %(default)s)")
    web.add_argument("--no-verify", action="store_true",
                     help="skip Alexa request verification (local development only)")
    web.add_argument("--any-skill", action="store_true",
                     help="verify signatures but answer requests for any skill id "
                          "(development; production sets SKILL_ID)")
    web.add_argument("--trust-roots", metavar="PEM",
                     help="root certificates to trust for Alexa's signing chain "
                          "(default: the certifi bundle)")
    web.add_argument("--cert-cache", metavar="DIR",
                     help="keep downloaded signing chains here across restarts")
    web.add_argument("--audio-dir", metavar="DIR",
                     help="also serve this hands-free build at /audio/ (Play URLs use "
                          "AUDIO_BASE_URL, default this server's /audio/ over https)")
    web.set_defaults(run=serve)
    local = commands.add_parser("mcp", help="the MCP server over stdio, for a client on this "
                                            "machine (the local store, no token)")
    local.set_defaults(run=mcp)
    sound = commands.add_parser("audio", help="build the hands-free audio, or publish it to S3")
    sound.add_argument("action", choices=["build", "publish"])
    sound.add_argument("--out", default="build/audio", help="the build folder")
    sound.add_argument("--engine", choices=["espeak", "polly"], default="espeak",
                       help="espeak-ng (offline) or Amazon Polly (neural voice, production)")
    sound.add_argument("--voice", help="the engine's voice (default en-us, or Joanna on Polly)")
    sound.add_argument("--routine", action="append", help="only this routine (repeatable)")
    sound.add_argument("--hold", type=int, action="append",
                       help="only this hold preference in seconds (repeatable)")
    sound.add_argument("--jobs", type=int, default=2,
                       help="clips rendered and files measured at once")
    sound.add_argument("--bucket", help="publish: the S3 bucket (the stack's AudioBucketName)")
    sound.add_argument("--prefix", default="", help="publish: a key prefix in the bucket")
    sound.set_defaults(run=audio)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
