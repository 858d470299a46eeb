"""German in the admin (issue 15): the override catalog locale_admin/ turns what Wagtail and
wagtail-localize leave English into German, and languages read "Arabisch (العربية)"."""

import pytest

from django.conf import settings
from django.utils import translation

from wagtail.models import Locale

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("chefin", "chefin@kreis.example", "x")


def test_the_override_catalog_is_applied():
    with translation.override("de"):
        assert translation.gettext("Locale") == "Sprache"  # Wagtail's German catalog says "Locale"
        assert translation.gettext("Add a locale") == "Sprache hinzufügen"  # wagtail-localize: no German at all
    with translation.override("en"):
        assert translation.gettext("Add a locale") == "Add a locale"


def test_the_languages_admin_is_german_and_names_languages_in_german_and_their_own_script(client, superuser, home):
    Locale.objects.get_or_create(language_code="ar")
    client.force_login(superuser)
    html = client.get("/admin/locales/").content.decode()
    assert "Sprache hinzufügen" in html and "Add a locale" not in html
    assert "Arabisch (العربية)" in html
    assert Locale.objects.get(language_code="ar").get_display_name() == "Arabisch (العربية)"


def test_the_public_language_switcher_keeps_the_own_names(client, home):
    html = client.get("/de/").content.decode()
    assert "Arabisch (العربية)" not in html


def test_make_messages_never_writes_to_the_override_catalog():
    """makemessages writes every source string to the first LOCALE_PATHS entry whose parent holds
    the file: that must be locale/, not locale_admin/ (which has the same parent)."""
    assert [path.name for path in settings.LOCALE_PATHS] == ["locale", "locale_admin"]
    assert (settings.BASE_DIR / "locale_admin" / "de" / "LC_MESSAGES" / "django.mo").is_file()
