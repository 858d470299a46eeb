import pytest

from wagtail.models import Page, Site

from tests.factories import ConceptPageFactory, HomePageFactory


@pytest.fixture
def home(db):
    """A HomePage as the default site's root, replacing Wagtail's placeholder page."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="willkommen")
    site = Site.objects.get(is_default_site=True)
    placeholder = site.root_page
    site.root_page = home
    site.save()
    placeholder.delete()
    return home


@pytest.fixture
def concept(home):
    return ConceptPageFactory(parent=home, slug="konzept")
