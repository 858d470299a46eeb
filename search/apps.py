from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from wagtail.contrib.search_promotions.models import SearchPromotion

        from .views import forget_promotions

        for signal in (post_save, post_delete):
            signal.connect(forget_promotions, sender=SearchPromotion, dispatch_uid=f"search-promotions-{signal}")
