"""Signing request bodies as Alexa does, with a local chain standing in for Amazon's."""

from __future__ import annotations

import base64
import json

from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.hashes import SHA256

CERT_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"


def sign(body: bytes, key) -> str:
    return base64.b64encode(key.sign(body, PKCS1v15(), SHA256())).decode()


def signed(event: dict, key, url: str = CERT_URL) -> tuple[bytes, dict[str, str]]:
    """The body and headers of a signed POST carrying `event`."""
    body = json.dumps(event).encode()
    return body, {"Content-Type": "application/json", "SignatureCertChainUrl": url,
                  "Signature-256": sign(body, key)}
