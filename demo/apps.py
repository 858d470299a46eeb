from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content for the portal (Kreis Schleswig-Flensburg, 2017 and today)."""

    name = "demo"
    verbose_name = "Demo-Inhalte"
