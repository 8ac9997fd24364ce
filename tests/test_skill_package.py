"""The manifest against the certification items that can be checked offline: icons present,
sized and current with their vector source; example phrases that are sample utterances of the
model word for word; the safety disclaimer; and no placeholder that a deploy would send."""

import json
import re
import struct

import pytest

from skill.alexa.language.interaction_model import INVOCATION_NAME, LOCALES, load_model
from skill.alexa.language.skill_package import (
    ICONS,
    PACKAGE_DIR,
    deployable_manifest,
    icon_path,
    load_manifest,
    render_icons,
    settings_problems,
    write_package,
)
from skill.cli import main
from skill.voice.numbers import SMALL_NUMBERS, TENS

MANIFEST = load_manifest()
LOCALE_INFO = MANIFEST["manifest"]["publishingInformation"]["locales"]
GOOD = {"endpoint": "arn:aws:lambda:us-east-1:123456789012:function:hipcoach-SkillFunction-1A",
        "privacy_url": "https://runner-tools.net/hipcoach/privacy",
        "terms_url": "https://runner-tools.net/hipcoach/terms"}
NUMBER_WORD = "(?:" + "|".join([*SMALL_NUMBERS, *filter(None, TENS), "hundred"]) + ")"
NUMBER = rf"(?:\d+|{NUMBER_WORD}(?: {NUMBER_WORD})*)"  # what AMAZON.NUMBER hears
PLACEHOLDERS = re.compile(r"example\.|REPLACE|000000000000|TODO|lorem", re.I)


def png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("locale", LOCALES)
def test_every_locale_has_both_icons_at_the_required_sizes(locale):
    for field, size in ICONS.items():
        uri = LOCALE_INFO[locale][field]
        path = PACKAGE_DIR / uri.removeprefix("file://")
        assert path.exists(), uri
        assert png_size(path) == (size, size)


def test_icons_are_current_with_their_vector_source(tmp_path):
    pytest.importorskip("cairosvg")
    for rendered in render_icons(tmp_path):
        committed = icon_path(next(f for f, s in ICONS.items() if f"-{s}." in rendered.name))
        assert rendered.read_bytes() == committed.read_bytes(), \
            f"{committed} is stale: run `hipcoach icons`"


def sample_patterns(model: dict) -> list[re.Pattern]:
    """Each sample utterance as a pattern, its slots standing for any value or synonym (any
    words, for Amazon's built-in slot types)."""
    values = {t["name"]: [form.lower() for v in t["values"]
                          for form in (v["name"]["value"], *v["name"].get("synonyms", ()))]
              for t in model["types"]}
    patterns = []
    for intent in model["intents"]:
        slot_forms = {slot["name"]: "(?:" + "|".join(map(re.escape, values[slot["type"]])) + ")"
                      if slot["type"] in values else NUMBER
                      for slot in intent.get("slots", ())}
        for sample in intent.get("samples", ()):
            pattern = re.escape(sample.lower())
            for name, form in slot_forms.items():
                pattern = pattern.replace(re.escape("{" + name.lower() + "}"), form)
            patterns.append(re.compile(pattern))
    return patterns


@pytest.mark.parametrize("locale", LOCALES)
def test_example_phrases_are_sample_utterances_word_for_word(locale):
    patterns = sample_patterns(load_model(locale))
    phrases = LOCALE_INFO[locale]["examplePhrases"]
    assert 1 <= len(phrases) <= 3
    assert phrases[0].lower() in (f"alexa, open {INVOCATION_NAME}",
                                  f"alexa, launch {INVOCATION_NAME}") or phrases[0].lower() \
        .startswith(f"alexa, ask {INVOCATION_NAME}")
    for phrase in phrases:
        spoken = phrase.lower().removeprefix("alexa, ")
        request = re.sub(rf"^(open|launch|ask|tell) {INVOCATION_NAME}\s*(to\s+)?", "", spoken)
        assert request == "" or any(p.fullmatch(request) for p in patterns), phrase


def test_the_checker_rejects_a_phrase_the_model_lacks():
    patterns = sample_patterns(load_model())
    assert not any(p.fullmatch("start my marathon stretches") for p in patterns)
    assert any(p.fullmatch("start my post run stretches") for p in patterns)


@pytest.mark.parametrize("locale", LOCALES)
def test_the_description_keeps_the_safety_disclaimer(locale):
    description = LOCALE_INFO[locale]["description"]
    assert "not medical advice" in description and "pain" in description


def test_the_committed_manifest_has_no_placeholder_a_deploy_would_send():
    text = json.dumps(MANIFEST)
    assert not PLACEHOLDERS.search(text), PLACEHOLDERS.search(text)
    body = MANIFEST["manifest"]
    assert "endpoint" not in body["apis"]["custom"] and "endpoint" not in body["events"]
    assert all(not urls for urls in body["privacyAndCompliance"]["locales"].values())


def test_the_deployable_manifest_carries_every_setting():
    body = deployable_manifest(MANIFEST, GOOD)["manifest"]
    assert body["apis"]["custom"]["endpoint"]["uri"] == GOOD["endpoint"]
    assert body["events"]["endpoint"]["uri"] == GOOD["endpoint"]
    for urls in body["privacyAndCompliance"]["locales"].values():
        assert urls == {"privacyPolicyUrl": GOOD["privacy_url"],
                        "termsOfUseUrl": GOOD["terms_url"]}
    assert not PLACEHOLDERS.search(json.dumps(body))


@pytest.mark.parametrize("name, value", [
    ("endpoint", ""), ("endpoint", "arn:aws:lambda:us-east-1:000:function:REPLACE"),
    ("privacy_url", "https://hipcoach.example/privacy"), ("privacy_url", "http://a.net/p"),
    ("terms_url", ""), ("terms_url", "https://localhost/terms")])
def test_placeholder_or_missing_settings_are_refused(name, value):
    assert settings_problems({**GOOD, name: value})
    with pytest.raises(ValueError):
        deployable_manifest(MANIFEST, {**GOOD, name: value})


def test_hipcoach_package_writes_what_ask_deploy_uploads(tmp_path, monkeypatch, capsys):
    for variable in ("SKILL_ENDPOINT_ARN", "SKILL_PRIVACY_URL", "SKILL_TERMS_URL"):
        monkeypatch.delenv(variable, raising=False)
    out = tmp_path / "skill-package"
    assert main(["package", "--out", str(out)]) == 2
    assert "SKILL_ENDPOINT_ARN" in capsys.readouterr().err and not out.exists()
    monkeypatch.setenv("SKILL_ENDPOINT_ARN", GOOD["endpoint"])
    assert main(["package", "--out", str(out), "--privacy-url", GOOD["privacy_url"],
                 "--terms-url", GOOD["terms_url"]]) == 0
    written = json.loads((out / "skill.json").read_text())["manifest"]
    assert written["apis"]["custom"]["endpoint"]["uri"] == GOOD["endpoint"]
    for locale in LOCALES:
        assert (out / "interactionModels" / "custom" / f"{locale}.json").exists()
        for field in ICONS:
            assert (out / written["publishingInformation"]["locales"][locale][field]
                    .removeprefix("file://")).exists()
    assert write_package(out, GOOD) == out  # rewriting replaces the old package


def test_the_package_reads_as_amazons_own_skill_package_model(tmp_path):
    """Every field of the manifest and the models is one Amazon's SMAPI model knows (its
    deserialiser drops unknown fields, so a round trip that loses nothing means none)."""
    from ask_sdk_core.serialize import DefaultSerializer

    serializer = DefaultSerializer()
    out = write_package(tmp_path / "skill-package", GOOD)
    for path, model_type in [
            (out / "skill.json",
             "ask_smapi_model.v1.skill.manifest.skill_manifest_envelope.SkillManifestEnvelope"),
            *((out / "interactionModels" / "custom" / f"{locale}.json",
               "ask_smapi_model.v1.skill.interaction_model.interaction_model_data."
               "InteractionModelData") for locale in LOCALES)]:
        data = json.loads(path.read_text())
        if path.name == "skill.json":
            data = without_unmodelled_interfaces(data)
        parsed = serializer.deserialize(json.dumps(data), model_type)
        assert serializer.serialize(parsed) == data, path.name


# ask-smapi-model (1.36.0, the latest) has no class for this interface type, so its
# deserialiser cannot resolve it: the round trip above leaves it out, and it is checked here
# against the shape Amazon documents for it (CanFulfillIntentRequest for name-free
# interaction: an interface with that type and nothing else). Nor does it model task
# definition files (tasks/*.json; it models only the manifest's list of them, which the round
# trip keeps): tests/test_routine_task.py checks the task file against OpenAPI 3 with
# openapi-spec-validator and against the restrictions Amazon's task-definition format adds.
UNMODELLED_INTERFACES = [{"type": "CAN_FULFILL_INTENT_REQUEST"}]


def without_unmodelled_interfaces(data: dict) -> dict:
    interfaces = data["manifest"]["apis"]["custom"]["interfaces"]
    assert [i for i in interfaces if i in UNMODELLED_INTERFACES] == UNMODELLED_INTERFACES
    data["manifest"]["apis"]["custom"]["interfaces"] = [
        i for i in interfaces if i not in UNMODELLED_INTERFACES]
    return data


def test_ask_cli_deploys_the_package_hipcoach_package_writes():
    resources = json.loads((PACKAGE_DIR.parent / "ask-resources.json").read_text())
    src = resources["profiles"]["default"]["skillMetadata"]["src"]
    from skill.cli import build_parser

    assert src == "./" + build_parser().parse_args(["package"]).out


@pytest.mark.parametrize("locale", LOCALES)
def test_the_description_names_every_routine_for_a_router(locale):
    """An LLM router reads the description to decide what reaches the skill: it says plainly
    what the skill does, every routine by the name a runner would say, and how to open it."""
    from skill.catalog import ROUTINES

    description = LOCALE_INFO[locale]["description"]
    assert [r.name for r in ROUTINES if r.name not in description] == []
    assert f"open {INVOCATION_NAME}" in description.lower()
    assert len(description) <= 4000  # the manifest's limit
    assert len(LOCALE_INFO[locale]["keywords"]) <= 30


# Account linking with Strava ----------------------------------------------------------------
STRAVA = {"strava_client_id": "161803", "strava_client_secret": "0123456789abcdef" * 2 + "01234567",
          "strava_test_email": "reviewer@runner-tools.net", "strava_test_password": "a-pass",
          "countries": "US,GB,CA,IN"}


def test_account_linking_is_written_with_the_deploys_strava_app(tmp_path, monkeypatch):
    for variable in ("SKILL_ENDPOINT_ARN", "SKILL_PRIVACY_URL", "SKILL_TERMS_URL",
                     "STRAVA_CLIENT_ID", "STRAVA_CLIENT_SECRET"):
        monkeypatch.delenv(variable, raising=False)
    out = tmp_path / "skill-package"
    flags = ["package", "--out", str(out), "--endpoint", GOOD["endpoint"],
             "--privacy-url", GOOD["privacy_url"], "--terms-url", GOOD["terms_url"]]
    assert main(flags) == 0 and not (out / "accountLinking.json").exists()  # Strava optional
    monkeypatch.setenv("STRAVA_CLIENT_SECRET", STRAVA["strava_client_secret"])
    monkeypatch.setenv("STRAVA_TEST_EMAIL", STRAVA["strava_test_email"])
    monkeypatch.setenv("STRAVA_TEST_PASSWORD", STRAVA["strava_test_password"])
    monkeypatch.setenv("SKILL_COUNTRIES", STRAVA["countries"])
    assert main([*flags, "--strava-client-id", STRAVA["strava_client_id"]]) == 0
    linking = json.loads((out / "accountLinking.json").read_text())["accountLinkingRequest"]
    assert linking["clientId"] == "161803"
    assert linking["clientSecret"] == STRAVA["strava_client_secret"]


@pytest.mark.parametrize("name, value", [("strava_client_id", ""), ("strava_client_id", "abc"),
                                         ("strava_client_secret", ""),
                                         ("strava_client_secret", "REPLACE ME")])
def test_strava_settings_come_as_a_real_pair(name, value):
    assert settings_problems({**GOOD, **STRAVA, name: value})
    assert not settings_problems({**GOOD, **STRAVA})


def test_account_linking_has_amazons_documented_shape_and_stravas_endpoints(tmp_path):
    """Read back through ask-smapi-model's AccountLinkingRequest (a round trip that loses
    nothing means every field is one Amazon knows), then against Strava's documented OAuth:
    its authorize and token URLs, credentials in the request body, only activity:read."""
    from ask_sdk_core.serialize import DefaultSerializer

    serializer = DefaultSerializer()
    out = write_package(tmp_path / "skill-package", {**GOOD, **STRAVA})
    data = json.loads((out / "accountLinking.json").read_text())
    parsed = serializer.deserialize(
        json.dumps(data),
        "ask_smapi_model.v1.skill.account_linking.account_linking_request.AccountLinkingRequest")
    assert serializer.serialize(parsed) == data
    linking = data["accountLinkingRequest"]
    assert (linking["type"], linking["accessTokenScheme"]) == ("AUTH_CODE",
                                                                 "REQUEST_BODY_CREDENTIALS")
    assert linking["authorizationUrl"] == "https://www.strava.com/oauth/authorize"
    assert linking["accessTokenUrl"] == "https://www.strava.com/oauth/token"
    assert linking["scopes"] == ["activity:read"]
    assert linking["skipOnEnablement"] is True  # the skill works unlinked


def test_the_committed_package_holds_no_strava_secret():
    assert not (PACKAGE_DIR / "accountLinking.json").exists()
    body = MANIFEST["manifest"]
    assert {"name": "alexa::person_id:read"} in body["permissions"]  # personalised linking
    assert {"eventName": "SKILL_ACCOUNT_LINKED"} in body["events"]["subscriptions"]


def test_a_distribution_the_strava_callback_domain_cannot_serve_is_refused():
    """One Strava application has one callback domain: amazon.com covers the runners Alexa
    sends back through pitangui.amazon.com and layla.amazon.com, not Australia's
    alexa.amazon.co.jp."""
    everywhere = {**GOOD, **STRAVA, "countries": ""}  # the committed US, GB, CA, AU, IN
    problem, = settings_problems(everywhere)
    assert "cannot serve AU" in problem and "alexa.amazon.co.jp" in problem
    assert "SKILL_COUNTRIES" in problem
    assert not settings_problems({**everywhere, "countries": "US,GB,CA,IN"})
    assert not settings_problems({**everywhere, "countries": "AU",
                                  "strava_callback_domain": "alexa.amazon.co.jp"})
    body = deployable_manifest(MANIFEST, {**everywhere, "countries": "US,GB"})["manifest"]
    assert body["publishingInformation"]["distributionCountries"] == ["US", "GB"]
