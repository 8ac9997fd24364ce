"""AWS Lambda entry point of the MCP server (/mcp): its store from the environment, the server
built at the first event (skill.mcp.hosting.lambda_handler)."""

from skill.alexa.platform.request_log import configure_logging
from skill.mcp.hosting import lambda_handler
from skill.store.config import store_from_env

configure_logging()
handler = lambda_handler(store_from_env())
