"""The skill package Alexa's developer tools read: the manifest (`interaction_model/skill.json`),
the models, and the icons rendered from one vector source.

The committed manifest holds nothing a deploy must change. What differs per deployment (the
function's ARN, the privacy policy and terms of use URLs) are deploy settings, filled in by
`hipcoach package` when it writes the package to upload; it refuses to write one with a setting
missing or not an https URL of a real host. With a Strava API application's client id and
secret (optional), the package also carries account linking with Strava (accountLinking.json).
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

from skill.alexa.language.interaction_model import LOCALES, MODEL_DIR
from skill.alexa.language.tasks import TASKS_DIR, task_path
from skill.alexa.language.testing_instructions import reviewer_instructions, reviewer_problems

PACKAGE_DIR = MODEL_DIR.parents[1]  # skill.json, interactionModels/, assets/
MANIFEST_PATH = PACKAGE_DIR / "skill.json"
ICON_SOURCE = PACKAGE_DIR / "assets" / "icon.svg"
# Alexa's required icon sizes, by the manifest field that names each.
ICONS = {"smallIconUri": 108, "largeIconUri": 512}
ICON_DIR = PACKAGE_DIR / "assets" / "images"
ARN = re.compile(r"arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[\w-]+(:[\w-]+)?")
# Where a deploy's values go, by environment variable; `hipcoach package` flags override them.
DEPLOY_SETTINGS = {
    "endpoint": "SKILL_ENDPOINT_ARN",
    "privacy_url": "SKILL_PRIVACY_URL",
    "terms_url": "SKILL_TERMS_URL",
    "strava_client_id": "STRAVA_CLIENT_ID",
    "strava_client_secret": "STRAVA_CLIENT_SECRET",  # only ever from the environment
    # The Strava test account the testing instructions give reviewers: never committed.
    "strava_test_email": "STRAVA_TEST_EMAIL",
    "strava_test_password": "STRAVA_TEST_PASSWORD",
    # The one callback domain a Strava API application allows (default amazon.com), and the
    # countries to distribute to (default: the committed manifest's), checked against it.
    "strava_callback_domain": "STRAVA_CALLBACK_DOMAIN",
    "countries": "SKILL_COUNTRIES",
}
PLACEHOLDER_HOSTS = ("example", "localhost", "invalid", "test")


def icon_path(field: str) -> Path:
    return ICON_DIR / f"icon-{ICONS[field]}.png"


def icon_uri(field: str) -> str:
    """The manifest's form for a file in the package (the ASK CLI uploads it)."""
    return "file://" + icon_path(field).relative_to(PACKAGE_DIR).as_posix()


def render_icons(out_dir: Path = ICON_DIR) -> list[Path]:
    """Renders the vector icon at each size Alexa needs (cairosvg: Cairo's SVG renderer)."""
    import cairosvg

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for field, size in ICONS.items():
        path = out_dir / icon_path(field).name
        cairosvg.svg2png(url=str(ICON_SOURCE), write_to=str(path), output_width=size,
                         output_height=size)
        written.append(path)
    return written


def load_manifest() -> dict:
    return json.loads(MANIFEST_PATH.read_text())


def deploy_settings(overrides: dict[str, str | None] | None = None) -> dict[str, str]:
    """The deploy settings from the environment, with `overrides` (command-line flags) first.
    The privacy policy and terms of use default to the pages `hipcoach audio publish` puts
    beside the audio, at AUDIO_BASE_URL (the stack's AudioBaseUrl output)."""
    overrides = overrides or {}
    settings = {name: overrides.get(name) or os.environ.get(variable, "")
                for name, variable in DEPLOY_SETTINGS.items()}
    base = os.environ.get("AUDIO_BASE_URL", "").rstrip("/")
    for name, page in (("privacy_url", "privacy"), ("terms_url", "terms")):
        if not settings[name] and base:
            settings[name] = f"{base}/{page}"
    return settings


def settings_problems(settings: dict[str, str]) -> list[str]:
    problems = []
    if not ARN.fullmatch(settings.get("endpoint", "")):
        problems.append(f"{DEPLOY_SETTINGS['endpoint']} must be the function's ARN "
                        "(the stack's SkillFunctionArn output)")
    for name in ("privacy_url", "terms_url"):
        if not is_public_https(settings.get(name, "")):
            problems.append(f"{DEPLOY_SETTINGS[name]} must be an https URL on your own domain")
    return problems + strava_problems(settings) + [
        f"{DEPLOY_SETTINGS[name]} must name the Strava test account reviewers link with"
        for name in reviewer_problems(settings)]


def is_public_https(url: str) -> bool:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and "." in host and not any(
        word in host.split(".") for word in PLACEHOLDER_HOSTS)


def deployable_manifest(manifest: dict, settings: dict[str, str]) -> dict:
    """The committed manifest with the deploy settings filled in, and the testing instructions
    for what this package enables."""
    problems = settings_problems(settings)
    if problems:
        raise ValueError("; ".join(problems))
    out = copy.deepcopy(manifest)
    body = out["manifest"]
    body["publishingInformation"]["distributionCountries"] = countries(settings, manifest)
    body["publishingInformation"]["testingInstructions"] = reviewer_instructions(
        manifest, account_linking(settings), settings)
    for locale in body["privacyAndCompliance"]["locales"].values():
        locale["privacyPolicyUrl"] = settings["privacy_url"]
        locale["termsOfUseUrl"] = settings["terms_url"]
    body["apis"]["custom"]["endpoint"] = {"uri": settings["endpoint"]}
    body["events"]["endpoint"] = {"uri": settings["endpoint"]}
    return out


# Account linking with Strava -------------------------------------------------------------
# Strava's OAuth 2 endpoints and the one scope the skill needs (developers.strava.com,
# Authentication): the activity list, without private activities or profile details. Strava
# takes the client's credentials in the token request's body. Alexa exchanges the code and
# refreshes tokens itself; the skill only ever sees the access token.
STRAVA_AUTHORIZE_URL = "https://www.strava.com/oauth/authorize"
STRAVA_TOKEN_URL = "https://www.strava.com/oauth/token"
STRAVA_SCOPES = ["activity:read"]
ACCOUNT_LINKING_FILE = "accountLinking.json"


# Where Alexa sends a runner back after linking, by the countries each host serves (Amazon's
# account-linking redirect URLs: pitangui.amazon.com for North America, layla.amazon.com for
# Europe and India, alexa.amazon.co.jp for the Far East and Oceania). A Strava application
# accepts redirects to its one callback domain and its subdomains.
ALEXA_REDIRECT_HOSTS = {"pitangui.amazon.com": ("US", "CA", "MX", "BR"),
                        "layla.amazon.com": ("GB", "IE", "IN", "DE", "FR", "IT", "ES"),
                        "alexa.amazon.co.jp": ("JP", "AU", "NZ")}
DEFAULT_CALLBACK_DOMAIN = "amazon.com"


def countries(settings: dict[str, str], manifest: dict | None = None) -> list[str]:
    """The countries the package distributes to: SKILL_COUNTRIES, else the manifest's."""
    given = [c.strip().upper() for c in settings.get("countries", "").split(",") if c.strip()]
    manifest = manifest or load_manifest()
    return given or list(manifest["manifest"]["publishingInformation"]["distributionCountries"])


def served_by(domain: str) -> set[str]:
    """The countries whose Alexa redirect host a Strava callback domain covers."""
    domain = domain.lower().strip(".")
    return {country for host, served in ALEXA_REDIRECT_HOSTS.items()
            if host == domain or host.endswith("." + domain) for country in served}


def strava_problems(settings: dict[str, str]) -> list[str]:
    """Strava's settings are optional, but come as a pair, the id as Strava shows it, and the
    callback domain must serve every country the package distributes to."""
    client_id = settings.get("strava_client_id", "")
    secret = settings.get("strava_client_secret", "")
    if not client_id and not secret:
        return []
    domain = settings.get("strava_callback_domain") or DEFAULT_CALLBACK_DOMAIN
    unserved = [c for c in countries(settings) if c not in served_by(domain)]
    hosts = sorted(h for h, served in ALEXA_REDIRECT_HOSTS.items() if set(served) & set(unserved))
    problems = [] if not unserved else [
        f"Strava's callback domain {domain} ({DEPLOY_SETTINGS['strava_callback_domain']}) "
        f"cannot serve {', '.join(unserved)}: Alexa sends those runners back through "
        f"{', '.join(hosts)}. Set {DEPLOY_SETTINGS['countries']} to countries it serves "
        f"({', '.join(sorted(served_by(domain))) or 'none'}), or publish the others with a "
        "second Strava application (README, Strava)"]
    if not client_id.isdigit():
        problems.append(f"{DEPLOY_SETTINGS['strava_client_id']} must be the Strava API "
                        "application's Client ID (a number)")
    if not re.fullmatch(r"[0-9a-f]{20,}", secret):
        problems.append(f"{DEPLOY_SETTINGS['strava_client_secret']} must be the Strava API "
                        "application's Client Secret")
    return problems


def account_linking(settings: dict[str, str]) -> dict | None:
    """accountLinking.json in the shape Amazon documents (Account Linking Schemas), or None
    without Strava settings. Runners may enable the skill without linking."""
    if not settings.get("strava_client_id"):
        return None
    return {"accountLinkingRequest": {
        "type": "AUTH_CODE",
        "authorizationUrl": STRAVA_AUTHORIZE_URL,
        "accessTokenUrl": STRAVA_TOKEN_URL,
        "clientId": settings["strava_client_id"],
        "clientSecret": settings["strava_client_secret"],
        "accessTokenScheme": "REQUEST_BODY_CREDENTIALS",
        "scopes": STRAVA_SCOPES,
        "skipOnEnablement": True,
    }}


def write_package(out: Path, settings: dict[str, str]) -> Path:
    """The package to upload (`ask deploy` or SMAPI): skill.json with the settings, the models
    under interactionModels/custom/, the task definitions under tasks/, the icons, and account
    linking if Strava is set up."""
    manifest = deployable_manifest(load_manifest(), settings)
    if out.exists():
        shutil.rmtree(out)
    models = out / "interactionModels" / "custom"
    models.mkdir(parents=True)
    for locale in LOCALES:
        shutil.copyfile(MODEL_DIR / f"{locale}.json", models / f"{locale}.json")
    (out / TASKS_DIR.name).mkdir()
    shutil.copyfile(task_path(), out / TASKS_DIR.name / task_path().name)
    for field in ICONS:
        target = out / icon_path(field).relative_to(PACKAGE_DIR)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icon_path(field), target)
    (out / "skill.json").write_text(json.dumps(manifest, indent=2) + "\n")
    linking = account_linking(settings)
    if linking is not None:
        (out / ACCOUNT_LINKING_FILE).write_text(json.dumps(linking, indent=2) + "\n")
    return out
