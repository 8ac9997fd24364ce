"""The skill as a webservice: `create_app()` is the Flask application factory."""

from skill.web.app import create_app

__all__ = ["create_app"]
