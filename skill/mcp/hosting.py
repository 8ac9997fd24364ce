"""Where the MCP server runs: beside the webservice under `hipcoach serve` (a WSGI app that
hands /mcp and its protected-resource metadata to the MCP app and the rest to the skill), in
Lambda (API Gateway HTTP API events at /mcp), and over stdio for a client on the runner's own
machine. HTTP always needs a token (skill.mcp.auth); stdio, local by nature, does not."""

from __future__ import annotations

import base64
import os

from skill.alexa.platform.audio_player import BASE_URL
from skill.mcp import app as mcp_app
from skill.mcp.auth import AuthConfig, JwtVerifier
from skill.mcp.bridge import Bridge
from skill.mcp.server import LOCAL_SUBJECT, build_server, http_app, token_subject
from skill.store import ProgressStore

MCP_PATHS = ("/mcp", "/.well-known/oauth-protected-resource")


def http_bridge(store: ProgressStore, config: AuthConfig,
                allowed_hosts: list[str] | None = None) -> Bridge:
    """The resource server for HTTP, each call on the record of the token's account."""
    server = build_server(store, token_subject, mcp_app.origin(os.environ.get(BASE_URL)),
                          auth=config.settings(), token_verifier=JwtVerifier(config))
    return Bridge(http_app(server, allowed_hosts))


def with_mcp(wsgi_app, bridge: Bridge):
    """`wsgi_app` with /mcp and the metadata answered by the MCP server."""

    def application(environ, start_response):
        path = environ.get("PATH_INFO", "")
        if not path.startswith(MCP_PATHS):
            return wsgi_app(environ, start_response)
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length) if length else b""
        headers = [(k[5:].replace("_", "-"), v) for k, v in environ.items()
                   if k.startswith("HTTP_")]
        headers += [(k.replace("_", "-"), environ[k]) for k in ("CONTENT_TYPE", "CONTENT_LENGTH")
                    if environ.get(k)]
        answer = bridge.handle(environ["REQUEST_METHOD"], path, environ.get("QUERY_STRING", ""),
                               headers, body, environ.get("wsgi.url_scheme", "http"),
                               (environ.get("SERVER_NAME", ""), int(environ.get("SERVER_PORT")
                                                                    or 80)))
        start_response(f"{answer.status} {_reason(answer.status)}", answer.headers)
        return [answer.body]

    return application


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def lambda_handler(store: ProgressStore):
    """Lambda's handler for API Gateway HTTP API (payload 2.0) events. The server is built at
    the first event, whose domain names this API's URL unless MCP_RESOURCE_URL does."""
    built: list[Bridge] = []

    def handler(event, context):
        if not built:
            domain = event["requestContext"].get("domainName", "")
            config = AuthConfig.from_env(resource=f"https://{domain}/mcp")
            if config is None:
                raise RuntimeError("set MCP_ISSUER and MCP_AUDIENCE")
            built.append(http_bridge(store, config))
        bridge = built[0]
        body = event.get("body") or ""
        raw = base64.b64decode(body) if event.get("isBase64Encoded") else body.encode()
        http = event["requestContext"]["http"]
        headers = list((event.get("headers") or {}).items())
        answer = bridge.handle(http["method"], event.get("rawPath", "/"),
                               event.get("rawQueryString", ""), headers, raw, "https",
                               (headers and dict(headers).get("host", "") or "", 443))
        joined: dict[str, str] = {}
        for name, value in answer.headers:
            joined[name] = f"{joined[name]}, {value}" if name in joined else value
        return {"statusCode": answer.status, "headers": joined,
                "body": answer.body.decode("utf-8", "replace"), "isBase64Encoded": False}

    return handler


def run_stdio(store: ProgressStore) -> None:
    """`hipcoach mcp`: one local runner's record, no token."""
    server = build_server(store, lambda: LOCAL_SUBJECT, mcp_app.origin(os.environ.get(BASE_URL)))
    server.run("stdio")
