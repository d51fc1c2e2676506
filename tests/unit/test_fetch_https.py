"""Fetching over HTTPS from a real TLS server on loopback, with a certificate authority made for the test.

Certificates are verified against certifi's bundle, or against SSL_CERT_FILE where an operator
sets one (a corporate proxy's authority): the same rule as the rest of the Python world.
"""

import ipaddress
import ssl
from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from pipeline.bench.loopback import LoopbackServer, redirect, static
from pipeline.fetch.http import FetchError, HttpClient, HttpPolicy

POLICY = HttpPolicy(connect_timeout=2.0, read_timeout=2.0, deadline=5.0, min_host_delay=0.0)
PAGE = "<html><body><p>Тоқаев Мәскеуге мемлекеттік сапармен барды.</p></body></html>".encode()


def _certificate(subject: str, key, issuer: str, issuer_key, is_ca: bool) -> x509.Certificate:
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=is_ca, path_length=None), critical=True)
    )
    if not is_ca:
        san = x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))])
        builder = builder.add_extension(san, critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


@pytest.fixture(scope="module")
def tls(tmp_path_factory):
    """(server context for 127.0.0.1, path of the authority's certificate)."""
    folder = tmp_path_factory.mktemp("tls")
    ca_key, server_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = _certificate("canews test authority", ca_key, "canews test authority", ca_key, is_ca=True)
    server = _certificate("127.0.0.1", server_key, "canews test authority", ca_key, is_ca=False)
    (folder / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (folder / "server.pem").write_bytes(server.public_bytes(serialization.Encoding.PEM))
    (folder / "server.key").write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(folder / "server.pem", folder / "server.key")
    return context, folder / "ca.pem"


def test_a_page_over_https_from_a_trusted_authority(tls, monkeypatch):
    context, authority = tls
    monkeypatch.setenv("SSL_CERT_FILE", str(authority))
    routes = {"/news/1": static(PAGE, content_type="text/html; charset=utf-8")}
    with LoopbackServer(routes, tls=context) as server, HttpClient(POLICY, ["127.0.0.1"]) as client:
        response = client.get(server.url("/news/1"))
    assert server.base_url.startswith("https://")
    assert (response.status, response.body) == (200, PAGE)


def test_an_untrusted_certificate_is_a_connection_error_naming_the_check(tls, monkeypatch):
    context, _ = tls
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)  # certifi's public authorities only
    routes = {"/news/1": static(PAGE, content_type="text/html")}
    with LoopbackServer(routes, tls=context) as server, HttpClient(POLICY, ["127.0.0.1"]) as client:
        with pytest.raises(FetchError) as refused:
            client.get(server.url("/news/1"))
    assert refused.value.reason == "connection"
    assert "CERTIFICATE_VERIFY_FAILED" in refused.value.detail
    assert server.hits("/news/1") == []


def test_a_redirect_from_http_to_https_is_followed_and_guarded_like_the_first_hop(tls, monkeypatch):
    context, authority = tls
    monkeypatch.setenv("SSL_CERT_FILE", str(authority))
    with LoopbackServer({"/news/1": static(PAGE, content_type="text/html")}, tls=context) as secure:
        with LoopbackServer({"/news/1": redirect(secure.url("/news/1"), 301)}) as plain:
            with HttpClient(POLICY, ["127.0.0.1"]) as client:
                response = client.get(plain.url("/news/1"))
            assert (response.status, response.final_url) == (200, secure.url("/news/1"))
            with HttpClient(POLICY) as unlisted, pytest.raises(FetchError) as refused:
                unlisted.get(secure.url("/news/1"))
            assert refused.value.reason == "blocked-address"
