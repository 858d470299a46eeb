"""Every page type has a factory; a new page type without one fails here."""

from django.apps import apps

from wagtail.models import Page

from tests import factories


def test_every_page_type_has_a_factory():
    page_models = {
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model is not Page and model._meta.app_label in {"home", "concept"}
    }
    factory_models = {
        value._meta.model
        for value in vars(factories).values()
        if isinstance(value, type) and hasattr(value, "_meta") and getattr(value._meta, "model", None)
    }
    missing = sorted(model.__name__ for model in page_models - factory_models)
    assert not missing, f"Page types without a factory in tests/factories/: {missing}"
    assert len(page_models) == 8
