"""AWS Lambda entry point of the MCP server (/mcp): built once per container, from the
environment (the progress table, the Cognito issuer and audience, this API's URL)."""

from skill.alexa.platform.request_log import configure_logging
from skill.mcp.auth import AuthConfig
from skill.mcp.hosting import http_bridge, lambda_handler
from skill.store.config import store_from_env

configure_logging()
handler = lambda_handler(http_bridge(store_from_env(), AuthConfig.from_env()))
