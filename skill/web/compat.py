"""Importing ask-sdk-webservice-support on OpenSSL >= 3.0.10.

The package's `verifier` module imports `certvalidator`, which imports `oscrypto`; oscrypto 1.3.0
cannot parse OpenSSL's version string once the patch number has two digits and raises
"Error detecting the version of libcrypto" at import time (fixed upstream in wbond/oscrypto#76,
never released). This skill verifies requests itself (skill.web.verify), so the one thing it
needs from that chain is for the import to succeed.

The compatibility step: try the real import first. Only when it fails with exactly that error,
register a stand-in `certvalidator` whose classes refuse to be used. Where oscrypto loads,
nothing changes; where it cannot, the SDK's own certificate verifier (RequestVerifier) is
unusable, which is why the webservice handler is built with verify_signature=False and this
skill's verifiers.
"""

from __future__ import annotations

import sys
import types

KNOWN_FAILURE = "Error detecting the version of libcrypto"


class _Unavailable:
    def __init__(self, *args, **kwargs):
        raise RuntimeError("certvalidator cannot load on this OpenSSL (oscrypto); "
                           "use skill.web.verify instead of the SDK's RequestVerifier")


def _stand_in_certvalidator() -> None:
    package = types.ModuleType("certvalidator")
    package.CertificateValidator = _Unavailable
    package.ValidationContext = _Unavailable
    errors = types.ModuleType("certvalidator.errors")
    errors.ValidationError = type("ValidationError", (Exception,), {})
    errors.PathError = type("PathError", (Exception,), {})
    package.errors = errors
    sys.modules["certvalidator"] = package
    sys.modules["certvalidator.errors"] = errors


def ensure_webservice_support_imports() -> bool:
    """Makes `ask_sdk_webservice_support` importable; returns True if the stand-in was needed."""
    try:
        import certvalidator  # noqa: F401
        return False
    except Exception as error:  # oscrypto raises its own LibraryNotFoundError
        if KNOWN_FAILURE not in str(error):
            raise
    _stand_in_certvalidator()
    return True
