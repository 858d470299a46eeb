from django.conf import settings


def portal(request):
    return {
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
        # Only a visitor with a session can be a logged-in editor. Asking anyone else for
        # request.user would read the session and mark the page "Vary: Cookie", which keeps
        # it out of the page cache.
        "may_be_editor": settings.SESSION_COOKIE_NAME in request.COOKIES,
    }
