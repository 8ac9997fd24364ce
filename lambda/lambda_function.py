"""AWS Lambda entry point: the skill built once per container, from the environment."""

from skill.alexa.platform.request_log import configure_logging
from skill.alexa.skill import lambda_handler, skill_from_env

configure_logging()
handler = lambda_handler(skill_from_env())
