"""GET /privacy and /terms: the privacy policy and terms of use (skill.pages), rendered once
when the app is made, from the operator and contact in the environment."""

from __future__ import annotations

from flask import Flask, Response

from skill.pages import CONTENT_TYPE, rendered


def serve_pages(app: Flask) -> None:
    for name, body in rendered().items():
        app.add_url_rule(f"/{name}", f"page_{name}",
                         lambda body=body: Response(body, content_type=CONTENT_TYPE))

