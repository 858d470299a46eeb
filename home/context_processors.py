from django.conf import settings


def portal(request):
    return {"SITE_NAME": settings.WAGTAIL_SITE_NAME}
