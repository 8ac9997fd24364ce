"""POST and GET /strava/webhook: Strava's push subscription callback
(skill.alexa.platform.strava_webhook) on the webservice."""

from __future__ import annotations

import functools
import json

from flask import Flask, Response, request

from skill.alexa.platform import strava_webhook


def serve_strava_webhook(app: Flask) -> None:
    """GET and POST /strava/webhook (skill.alexa.platform.strava_webhook), on the store the
    environment names, opened at the first callback."""
    from skill.store.config import store_from_env

    store = functools.cache(store_from_env)

    @app.route(strava_webhook.PATH, methods=["GET", "POST"])
    def strava_callback():
        status, payload = strava_webhook.answer(request.method, request.args.to_dict(),
                                                request.get_data(), store())
        return Response(json.dumps(payload), status=status, mimetype="application/json")
