"""AWS Lambda entry points, built once per container from the environment: `handler`, the
skill; `strava_webhook`, Strava's push subscription callback (template.yaml's
StravaWebhookFunction, a second function on the same code, built on its first event so that
the skill's cold start does not pay for it)."""

import functools

from skill.alexa.platform.request_log import configure_logging
from skill.alexa.skill import lambda_handler, skill_from_env

configure_logging()
handler = lambda_handler(skill_from_env())


@functools.cache
def _webhook():
    from skill.alexa.platform.strava_webhook import function_url_handler
    from skill.store.config import store_from_env

    return function_url_handler(store_from_env())


def strava_webhook(event, context):
    return _webhook()(event, context)
