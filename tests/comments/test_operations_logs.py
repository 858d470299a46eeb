"""What the operator's machines see: the JSON log of a comment's whole path, /metrics, and the
error report, none of them carrying an address, a token, a comment text or a client address."""

import io
import json
import logging
import re

import pytest

from django.urls import URLPattern, URLResolver, get_resolver

from concept.comments.models import ChapterComment
from ops import redaction
from ops.logging import JsonFormatter
from tests.comments.conftest import confirm, last_confirmation_link, post_comment

pytestmark = pytest.mark.django_db

CLIENT_ADDRESS = "203.0.113.77"
TEXT = "Ein ganz persönlicher Satz über den Sprachkurs in Kappeln"


@pytest.fixture
def json_log():
    """The console handler the settings configure (with its filters), writing JSON as in
    production with LOG_FORMAT=json, into a buffer; every logger at DEBUG."""
    stream = io.StringIO()
    handler = next(handler for handler in logging.getLogger().handlers if handler.name == "console")
    old_stream, old_formatter = handler.setStream(stream), handler.formatter
    handler.setFormatter(JsonFormatter())
    root, request_logger = logging.getLogger(), logging.getLogger("portal.request")
    old_levels = root.level, request_logger.level
    root.setLevel(logging.DEBUG)
    request_logger.setLevel(logging.INFO)
    yield stream
    handler.setStream(old_stream)
    handler.setFormatter(old_formatter)
    root.setLevel(old_levels[0])
    request_logger.setLevel(old_levels[1])


def test_the_log_of_a_comments_path_names_routes_never_people(chapter, json_log, client):
    visitor = client
    visitor.defaults["REMOTE_ADDR"] = CLIENT_ADDRESS  # the client address, as a proxy-less server sees it
    post_comment(visitor, chapter, email="lena.petersen@example.org", comment=TEXT)
    link = last_confirmation_link()
    token = link.rstrip("/").rsplit("/", 1)[1]
    confirm(visitor, link)
    visitor.get(link.replace(token, token[:-3] + "xyz"))  # a wrong link: Django logs "Bad Request: <path>"
    assert ChapterComment.objects.visible().count() == 1

    lines = [json.loads(line) for line in json_log.getvalue().splitlines()]
    requests = [line for line in lines if line["logger"] == "portal.request"]
    assert len(requests) >= 5
    assert {"comments:post", "comments:confirm"} <= {line["view"] for line in requests}
    assert all(re.fullmatch(r"[0-9a-f]{32}", line["request_id"]) for line in requests)
    assert all(line["user_kind"] == "anonymous" and line["status"] for line in requests)
    text = json_log.getvalue()
    for secret in ("lena.petersen", "example.org", token, token[:-3], "persönlicher", CLIENT_ADDRESS, "Kappeln"):
        assert secret not in text, f"{secret!r} reached the log"


def test_the_request_id_is_answered_and_reaches_the_mail_task(chapter, json_log, client):
    response = client.get(f"/de/beteiligung/kapitel/{chapter.pk}/kommentieren/", HTTP_X_REQUEST_ID="proxy-1234-abcd")
    assert response["X-Request-ID"] == "proxy-1234-abcd"
    response = client.get("/de/", HTTP_X_REQUEST_ID="<script>")
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"]), "a foreign id that is no id is replaced"


def walk(resolver, prefix="", namespace=""):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from walk(
                entry, prefix + str(entry.pattern), namespace + (f"{entry.namespace}:" if entry.namespace else "")
            )
        elif isinstance(entry, URLPattern):
            yield namespace + (entry.name or ""), prefix + str(entry.pattern)


def test_every_url_with_a_secret_in_its_path_is_on_the_one_list():
    secret_words = ("token", "uidb64", "key", "signature")
    with_secrets = {name for name, route in walk(get_resolver()) if any(f"{word}>" in route for word in secret_words)}
    assert with_secrets == redaction.TOKEN_URL_NAMES
    for path in (
        "/de/beteiligung/bestaetigen/abc.DEF-123/",
        "/ar/beteiligung/abbestellen/1:xyz:signature/",
        "/admin/password_reset/confirm/MQ/set-password/",
    ):
        redacted = redaction.redact_path(path + "?q=Sprachkurs")
        assert "***" in redacted and "abc.DEF" not in redacted and "xyz" not in redacted and "MQ" not in redacted
        assert "Sprachkurs" not in redacted
    assert redaction.redact_path("/de/beteiligung/kommentar/12/") == "/de/beteiligung/kommentar/12/"


def test_metrics_answer_only_the_scraper_with_the_token(client, settings, chapter):
    settings.METRICS_TOKEN = ""
    assert client.get("/metrics").status_code == 404
    settings.METRICS_TOKEN = "s3cret-scraper-token"
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer wrong").status_code == 403
    client.get("/de/")
    post_comment(client, chapter, comment="x" * 20000)  # too long: refused by the form
    response = client.get("/metrics", HTTP_AUTHORIZATION="Bearer s3cret-scraper-token")
    assert response.status_code == 200
    body = response.content.decode()
    assert re.search(r'portal_requests_total\{status="2xx",view="[^"]+"\} [1-9]', body)
    assert "portal_request_duration_seconds_bucket{" in body
    assert re.search(r'portal_comments_total\{event="refused",reason="invalid"\} [1-9]', body)
    assert re.search(r"portal_page_cache_total\{result=\"(hit|miss)\"\}", body)
    assert "portal_mail_queue_length" in body and "portal_mail_queue_oldest_due_seconds" in body
    assert "example.com" not in body


def test_an_error_report_carries_no_address_token_or_text(chapter, client, monkeypatch):
    """A real error in a view, reported through Sentry's Django integration: the request (URL with a
    token, cookies, form data), the user, the exception's message and the frames' variables."""
    import sentry_sdk
    from sentry_sdk.transport import Transport

    from concept.comments import services
    from ops.sentry import init_sentry

    class Captured(Transport):
        events = []

        def capture_envelope(self, envelope):
            self.events += [item.payload.get_bytes().decode() for item in envelope.items if item.type == "event"]

    # Built at run time, so the report's source context (code lines) cannot contain them.
    address = "".join(reversed("gro.elpmaxe@nesretep.anel"))
    text = TEXT.upper()

    def broken_confirm(token, **kwargs):
        comment_text = text  # noqa: F841 (a local the report must not carry)
        raise RuntimeError(f"could not send to {address}")

    post_comment(client, chapter, email=address, comment=text)
    link = last_confirmation_link()
    token = link.rstrip("/").rsplit("/", 1)[1]
    monkeypatch.setattr(services, "confirm", broken_confirm)
    init_sentry("https://public@sentry.example/1", environment="test", transport=Captured)
    try:
        client.raise_request_exception = False
        client.cookies["sessionid"] = "cookie-value-1234"
        response = client.post(link, {"comment": text, "email": address}, HTTP_X_FORWARDED_FOR=CLIENT_ADDRESS)
        sentry_sdk.flush()
    finally:
        sentry_sdk.init(dsn=None)
    assert response.status_code == 500
    assert Captured.events, "the error was reported"
    sent = "\n".join(Captured.events)
    assert "RuntimeError" in sent
    assert "bestaetigen/{token}/" in sent, "the error is named by its route (transaction), not its path"
    for secret in (address, "petersen", token, text, "PERSÖNLICHER", CLIENT_ADDRESS, "cookie-value-1234"):
        assert secret not in sent, f"{secret!r} reached the error report"


def test_the_nginx_sample_hides_every_token_url():
    """The nginx sample's log map, read as Python regexes, hides the secret of every URL on the list."""
    from pathlib import Path

    from django.urls import reverse
    from django.utils import translation

    conf = (Path(__file__).resolve().parents[2] / "docs/deploy/kreisportal.nginx.conf").read_text()
    rules = [
        (re.compile(regex.replace("(?<", "(?P<")), value.strip('"').replace("${kept}", r"\g<kept>"))
        for regex, value in re.findall(r"^\s+~(\S+)\s+(\S+);", conf, re.M)
    ]
    secret = "Zm9vYmFyU2VjcmV0VG9rZW4"
    for name in redaction.TOKEN_URL_NAMES:
        for language in ("de", "ar"):
            with translation.override(language):
                pattern = next(p for n, p in walk(get_resolver()) if n == name)
                path = reverse(name, args=[secret] * pattern.count("<"))
            # An nginx map sets the whole variable to the value of the first regex that matches.
            logged = next((regex.match(path).expand(value) for regex, value in rules if regex.match(path)), path)
            assert secret not in logged, f"nginx would log the token of {name}: {logged}"
