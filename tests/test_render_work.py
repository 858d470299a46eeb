"""What every page render repeats, done once (issue 21: the render after a new comment): the locale
codes read from the cache once per request, not once per template tag; the language links' paths
(Django's translate_url, per language) kept in the process. Neither may outlive a change."""

from unittest import mock

import pytest

from django.core.signals import request_started

from home import i18n
from tests.conftest import local_url, rendered


@pytest.fixture
def locale_reads():
    """How often a request asked the shared cache for the locale codes."""
    calls = []
    real = i18n.cache.get_or_set

    def counting(key, *args, **kwargs):
        if key == "i18n:locale-codes":
            calls.append(key)
        return real(key, *args, **kwargs)

    with mock.patch.object(i18n.cache, "get_or_set", side_effect=counting):
        yield calls


def test_a_chapter_page_reads_the_locale_codes_once(client, chapter, page_cache_off, locale_reads):
    response = rendered(client.get(local_url(chapter)))
    assert response.status_code == 200
    assert len(locale_reads) == 1
    rendered(client.get(local_url(chapter).replace("/de/", "/en/", 1)))
    assert len(locale_reads) == 2  # once more for the next request, not kept beyond it


def test_a_locale_added_in_this_process_is_known_at_once(home):
    from wagtail.models import Locale

    before = i18n.locale_codes()
    added = Locale.objects.create(language_code="fr")
    assert i18n.locale_codes() == {**before, added.pk: "fr"}


def test_a_locale_another_process_added_is_known_from_the_next_request(home):
    from django.core.cache import cache

    codes = i18n.locale_codes()
    cache.set("i18n:locale-codes", {**codes, 999: "tr"})  # another worker read the table anew
    request_started.send(sender=None)
    assert i18n.locale_codes()[999] == "tr"


def test_the_language_links_of_a_chapter_keep_its_path_in_every_language(client, chapter, page_cache_off):
    german = local_url(chapter)
    for _round in range(2):  # the second render from the process's copy of the paths
        html = rendered(client.get(german.replace("/de/", "/en/", 1))).content.decode()
        assert f'hreflang="ar" href="http://testserver{german.replace("/de/", "/ar/", 1)}"' in html
        assert f'href="{german.replace("/de/", "/uk/", 1)}"' in html  # the switcher
