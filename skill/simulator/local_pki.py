"""A local certificate chain (root CA, intermediate, leaf) made with `cryptography`, for the
HTTPS stand-ins on loopback (`hipcoach chat`'s and the tests') and for signing Alexa-style
requests in tests."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass
class Issued:
    key: rsa.RSAPrivateKey
    cert: x509.Certificate

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    @property
    def key_pem(self) -> bytes:
        return self.key.private_bytes(serialization.Encoding.PEM,
                                      serialization.PrivateFormat.TraditionalOpenSSL,
                                      serialization.NoEncryption())


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def issue(common_name: str, issuer: Issued | None = None, *, ca: bool = False,
          dns: tuple[str, ...] = (), ips: tuple[str, ...] = (),
          not_before: datetime | None = None, not_after: datetime | None = None) -> Issued:
    """A certificate signed by `issuer` (self-signed without one)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.now(UTC)
    builder = (x509.CertificateBuilder()
               .subject_name(_name(common_name))
               .issuer_name(issuer.cert.subject if issuer else _name(common_name))
               .public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(not_before or now - timedelta(days=1))
               .not_valid_after(not_after or now + timedelta(days=30))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                              critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                   (issuer.key if issuer else key).public_key()), critical=False))
    if ca:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
            key_encipherment=False, data_encipherment=False, key_agreement=False,
            encipher_only=False, decipher_only=False), critical=True)
    else:
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]),
                                        critical=False)
    names = [x509.DNSName(d) for d in dns] + [x509.IPAddress(ipaddress.ip_address(i))
                                              for i in ips]
    if names:
        builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
    signer = issuer.key if issuer else key
    return Issued(key, builder.sign(signer, hashes.SHA256()))


@dataclass
class Chain:
    root: Issued
    intermediate: Issued
    leaf: Issued

    def leaf_chain_pem(self) -> bytes:
        """Leaf first, then the intermediate: the order Alexa serves its signing chain in."""
        return self.leaf.pem + self.intermediate.pem

    def write(self, folder: Path) -> dict[str, Path]:
        paths = {"root": folder / "root.pem", "chain": folder / "chain.pem",
                 "key": folder / "leaf.key"}
        paths["root"].write_bytes(self.root.pem)
        paths["chain"].write_bytes(self.leaf_chain_pem())
        paths["key"].write_bytes(self.leaf.key_pem)
        return paths


def make_chain(*, dns: tuple[str, ...] = (), ips: tuple[str, ...] = (), **leaf_dates) -> Chain:
    root = issue("Local Test Root CA", ca=True)
    intermediate = issue("Local Test Intermediate CA", root, ca=True)
    return Chain(root, intermediate, issue(dns[0] if dns else "localhost", intermediate,
                                           dns=dns, ips=ips, **leaf_dates))
