"""The skill as a Flask webservice: POST / with Alexa's request envelope, GET /health, the
privacy policy and terms of use (GET /privacy, /terms), and with an audio folder, GET /audio/...
serving a hands-free build (with range requests).

Requests go through ask-sdk-webservice-support's WebserviceSkillHandler, with its own signature
and timestamp checks off and this skill's verifiers (skill.web.verify) in their place. Every
refusal is a 4xx with a JSON body; the reason stays in the log.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from ask_sdk_core.exceptions import AskSdkException
from ask_sdk_core.skill import CustomSkill
from flask import Flask, Response, request

from skill.alexa.platform import calls
from skill.alexa.platform.envelope import MalformedEnvelope, check_envelope
from skill.web.compat import ensure_webservice_support_imports
from skill.web.pages import serve_pages
from skill.web.strava import serve_strava_webhook

ensure_webservice_support_imports()
from ask_sdk_webservice_support.verifier import (  # noqa: E402 - needs the step above
    AbstractVerifier,
    VerificationException,
)
from ask_sdk_webservice_support.webservice_handler import WebserviceSkillHandler  # noqa: E402

log = logging.getLogger(__name__)
MAX_BODY_BYTES = 128 * 1024  # Alexa's requests are a few KB; anything near this is not Alexa


def _error(status: int, message: str) -> Response:
    return Response(json.dumps({"error": message}), status=status, mimetype="application/json")


def create_app(skill: CustomSkill | None = None, *, verify: bool = True,
               verifiers: list[AbstractVerifier] | None = None,
               audio_dir: Path | None = None, max_body_bytes: int = MAX_BODY_BYTES) -> Flask:
    """The Flask app. With verify=True (the default) every request must pass `verifiers`
    (default: full Alexa verification for SKILL_ID, which must then be set); verify=False is
    for local development and says so in the log. A body is parsed and checked for an
    envelope's shape, then its signature verified, and only then deserialised by the SDK."""
    import os

    from skill.alexa.skill import skill_from_env
    from skill.web.verify import alexa_verifiers

    skill = skill or skill_from_env()
    if verify:
        checks = verifiers if verifiers is not None else alexa_verifiers(
            os.environ.get("SKILL_ID") or None)
    else:
        log.warning("Alexa request verification is OFF: use this only for local development")
        checks = []
    body_checks = [check for check in checks if not getattr(check, "reads_envelope", True)]
    handler = WebserviceSkillHandler(
        skill, verify_signature=False, verify_timestamp=False,
        verifiers=[check for check in checks if check not in body_checks])
    app = Flask("hipcoach")
    app.config["MAX_CONTENT_LENGTH"] = max_body_bytes
    # werkzeug answers "//health" or "/audio//a.mp3" with a redirect to an absolute URL built
    # from the Host header; a doubled slash is a 404 instead, and the app makes no redirect.
    app.url_map.merge_slashes = False

    @app.post("/")
    def alexa():
        with calls.turn():  # the certificate download and the turn's calls share one deadline
            return answer()

    def answer():
        if request.mimetype != "application/json":
            return _error(415, "send application/json")
        raw_body = request.get_data()
        try:
            body = raw_body.decode("utf-8")
            envelope = json.loads(body)
        except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
            return _error(400, "malformed JSON")
        try:
            check_envelope(envelope)
        except MalformedEnvelope as error:
            log.warning("request refused: %s", error)
            return _error(400, "not an Alexa request envelope")
        headers = dict(request.headers)
        try:
            for check in body_checks:  # the signature, before the SDK deserialises anything
                check.verify(headers, raw_body, None)
            result = handler.verify_request_and_dispatch(headers, body)
        except VerificationException as error:
            log.warning("request rejected: %s", error)  # the detail stays in our log
            return _error(400, "request verification failed")
        except AskSdkException as error:
            log.warning("request not understood: %s", error)
            return _error(400, "not a valid Alexa request envelope")
        return Response(json.dumps(result), mimetype="application/json")

    @app.get("/health")
    def health():
        return {"status": "ok"}

    serve_pages(app)
    serve_strava_webhook(app)
    if audio_dir is not None:
        from skill.web.audio import serve_audio

        serve_audio(app, audio_dir)

    @app.after_request
    def no_sniffing(response: Response) -> Response:
        """Browsers must take the Content-Type as given (a JSON error is not a page)."""
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    @app.errorhandler(413)
    def too_large(_):
        return _error(413, f"request body over {max_body_bytes} bytes")

    @app.errorhandler(404)
    def not_found(_):
        return _error(404, "not found")

    @app.errorhandler(405)
    def wrong_method(_):
        return _error(405, "method not allowed")

    return app
