"""Production: everything site-specific comes from the environment.

`make run` uses these settings too, with DJANGO_HTTPS=false because it serves
plain http on 127.0.0.1.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set in production.")
# The placeholder of docs/deploy/kreisportal.env.example, or anything as guessable: whoever knows
# the key can forge sessions and form tokens. Django's own measure (check --deploy, W009).
if SECRET_KEY.startswith(("change-me", "django-insecure-")) or len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:  # noqa: F405
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is a placeholder or too short: set at least 50 random characters, e.g. "
        '`python3 -c "import secrets; print(secrets.token_urlsafe(50))"`.'
    )

HTTPS = env_bool("DJANGO_HTTPS", True)  # noqa: F405
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = 31536000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
