from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Willkommensportal"

    def ready(self):
        from . import i18n, navigation

        navigation.connect()
        i18n.connect()
