from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Willkommensportal"

    def ready(self):
        from . import navigation

        navigation.connect()
