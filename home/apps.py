from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Willkommensportal"

    def ready(self):
        from . import access, i18n, navigation

        access.connect()
        navigation.connect()
        i18n.connect()
