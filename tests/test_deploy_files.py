"""The deployment files say what the skill is: the manifest matches the model and the catalogue,
and the SAM template declares what the brief asks (cfn-lint itself runs in `make test`)."""

import json
from pathlib import Path

from cfnlint.decode import cfn_yaml

from skill.alexa.language.interaction_model import LOCALES
from skill.store.dynamo import table_definition

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = json.loads((ROOT / "interaction_model" / "skill.json").read_text())["manifest"]
TEMPLATE = cfn_yaml.loads((ROOT / "template.yaml").read_text())


def test_manifest_publishes_the_english_locales_as_health_and_fitness():
    publishing = MANIFEST["publishingInformation"]
    assert publishing["category"] == "HEALTH_AND_FITNESS"
    assert set(publishing["locales"]) == set(LOCALES)
    for info in publishing["locales"].values():
        assert "not medical advice" in info["description"]
        assert len(info["summary"]) <= 160 and len(info["description"]) <= 4000
    assert set(MANIFEST["privacyAndCompliance"]["locales"]) == set(LOCALES)


def test_manifest_subscribes_to_skill_disabled():
    names = {s["eventName"] for s in MANIFEST["events"]["subscriptions"]}
    assert "SKILL_DISABLED" in names


def test_template_table_matches_the_store():
    table = TEMPLATE["Resources"]["ProgressTable"]["Properties"]
    expected = table_definition("x")
    assert table["KeySchema"] == expected["KeySchema"]
    assert table["AttributeDefinitions"] == expected["AttributeDefinitions"]
    assert table["GlobalSecondaryIndexes"] == expected["GlobalSecondaryIndexes"]
    assert table["BillingMode"] == "PAY_PER_REQUEST"
    assert table["PointInTimeRecoverySpecification"]["PointInTimeRecoveryEnabled"] is True
    assert table["SSESpecification"]["SSEEnabled"] is True
    assert table["TimeToLiveSpecification"] == {"AttributeName": "expires_at", "Enabled": True}


def test_template_keeps_the_function_logs_for_a_while_only():
    group = TEMPLATE["Resources"]["SkillFunctionLogGroup"]
    assert group["Type"] == "AWS::Logs::LogGroup"
    assert group["Properties"]["LogGroupName"] == {"Fn::Sub": "/aws/lambda/${SkillFunction}"}
    assert group["Properties"]["RetentionInDays"] == {"Ref": "LogRetentionDays"}
    assert TEMPLATE["Parameters"]["LogRetentionDays"]["Default"] == 30


def test_template_function_fits_alexa_and_touches_only_its_table():
    function = TEMPLATE["Resources"]["SkillFunction"]["Properties"]
    assert function["Runtime"].startswith("python3.1") and function["Architectures"] == ["arm64"]
    assert function["Timeout"] < 8  # Alexa's own limit
    assert function["Environment"]["Variables"] == {
        "PROGRESS_TABLE": {"Ref": "ProgressTable"}, "SKILL_ID": {"Ref": "SkillId"},
        "LOG_ID_KEY": {"Ref": "LogIdKey"},  # the log's id hashes (docs/privacy.md)
        "AUDIO_BASE_URL": {"Fn::Sub": "https://${AudioDistribution.DomainName}/"},
        "STRAVA_ATHLETE_SECRET": {"Ref": "StravaAthleteSecret"}}
    statements = [s for p in function["Policies"] for s in p["Statement"]]
    assert [s["Resource"] for s in statements] == [
        {"Fn::GetAtt": ["ProgressTable", "Arn"]},
        {"Fn::Sub": "${ProgressTable.Arn}/index/by-account"}]  # an account's items, to delete
    assert statements[1]["Action"] == ["dynamodb:Query"]
    events = function["Events"]
    assert [e["Type"] for e in events.values()] == ["AlexaSkill"]
    assert TEMPLATE["Outputs"]["SkillFunctionArn"]["Value"] == {"Fn::GetAtt": ["SkillFunction",
                                                                              "Arn"]}


def test_template_caps_concurrency_with_a_parameter_that_can_lift_it():
    parameter = TEMPLATE["Parameters"]["ReservedConcurrency"]
    assert parameter["Type"] == "Number" and 1 <= parameter["Default"] <= 50
    assert parameter["MinValue"] == 0
    cap = TEMPLATE["Resources"]["SkillFunction"]["Properties"]["ReservedConcurrentExecutions"]
    assert cap == {"Fn::If": ["CapConcurrency", {"Ref": "ReservedConcurrency"},
                              {"Ref": "AWS::NoValue"}]}
    assert TEMPLATE["Conditions"]["CapConcurrency"] == {
        "Fn::Not": [{"Fn::Equals": [{"Ref": "ReservedConcurrency"}, 0]}]}


def test_template_serves_audio_from_a_private_bucket_through_cloudfront_only():
    resources = TEMPLATE["Resources"]
    bucket = resources["AudioBucket"]["Properties"]
    assert all(bucket["PublicAccessBlockConfiguration"].values())
    assert len(bucket["PublicAccessBlockConfiguration"]) == 4
    distribution = resources["AudioDistribution"]["Properties"]["DistributionConfig"]
    assert distribution["DefaultCacheBehavior"]["ViewerProtocolPolicy"] == "https-only"
    assert distribution["DefaultCacheBehavior"]["AllowedMethods"] == ["GET", "HEAD"]
    origin = distribution["Origins"][0]
    assert origin["OriginAccessControlId"] == {"Fn::GetAtt": ["AudioOriginAccess", "Id"]}
    [statement] = resources["AudioBucketPolicy"]["Properties"]["PolicyDocument"]["Statement"]
    assert statement["Principal"] == {"Service": "cloudfront.amazonaws.com"}
    assert statement["Action"] == "s3:GetObject"
    assert "${AudioDistribution}" in statement["Condition"]["StringEquals"]["AWS:SourceArn"][
        "Fn::Sub"]
    assert TEMPLATE["Outputs"]["AudioBucketName"]["Value"] == {"Ref": "AudioBucket"}


def test_the_audio_distribution_logs_access_to_a_private_bucket_that_expires_them():
    resources = TEMPLATE["Resources"]
    distribution = resources["AudioDistribution"]["Properties"]["DistributionConfig"]
    assert distribution["Logging"]["Bucket"] == {"Fn::GetAtt": ["AudioLogBucket", "DomainName"]}
    assert distribution["Logging"]["IncludeCookies"] is False
    logs = resources["AudioLogBucket"]["Properties"]
    assert all(logs["PublicAccessBlockConfiguration"].values())
    assert len(logs["PublicAccessBlockConfiguration"]) == 4
    [rule] = logs["LifecycleConfiguration"]["Rules"]
    assert rule["Status"] == "Enabled"
    assert rule["ExpirationInDays"] == {"Ref": "AccessLogRetentionDays"}
    retention = TEMPLATE["Parameters"]["AccessLogRetentionDays"]
    assert retention["MinValue"] >= 1 and retention["Default"] <= 90


def test_the_audio_distribution_says_why_it_keeps_the_default_certificate():
    distribution = TEMPLATE["Resources"]["AudioDistribution"]["Properties"]["DistributionConfig"]
    assert distribution["ViewerCertificate"] == {"CloudFrontDefaultCertificate": True}
    text = (ROOT / "template.yaml").read_text()
    assert "MinimumProtocolVersion" in text and "TLS 1.2" in text  # the reason is written down
