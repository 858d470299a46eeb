"""Settings shared by every environment.

Safe by default: DEBUG is off, nothing secret has a default, and each optional
integration (PostgreSQL, SMTP, CORS) is switched on only when its variable is set.
"""

import ipaddress
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

import django.conf.locale
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # comments-xtd must come before django_comments, and both before concept,
    # whose ready() undoes one of xtd's signal handlers.
    "django_comments_xtd",
    "django_comments",
    "ops",
    "caching",
    "home",
    "concept",
    "search",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.api.v2",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "corsheaders",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.sites",
    "django.contrib.staticfiles",
    "django_tasks",
    "django_tasks_db",
    "axes",  # last, as its docs ask
]
SITE_ID = 1

MIDDLEWARE = [
    "ops.requests.RequestLogMiddleware",  # first: the request id and the timing cover everything
    "portal.middleware.PermissionsPolicyMiddleware",  # outermost: every response gets it
    "portal.health.HealthCheckMiddleware",  # first: probes come by IP address, over plain http
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.middleware.PortalCSPMiddleware",
    # Outside the session: a cached page is answered before any session or cookie is looked at.
    "caching.page_cache.PageCacheMiddleware",
    # Inside the page cache, so a page is compressed once, when it is stored, and the cache keeps a
    # gzip copy and a plain one (its key says which; Vary: Accept-Encoding): a hit costs no
    # compression. Inside WhiteNoise, which sends its own precompressed static files. Since Django
    # 4.2 it pads the gzip header with random bytes against BREACH on the pages that carry a CSRF
    # token; cached pages carry none (issue 16).
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.PortalLocaleMiddleware",
    # After the language is known (for the message), before anything reads the query.
    "portal.middleware.ControlCharacterMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.portal",
            ],
        },
    },
]

# One URL for the database; SQLite beside the code when none is given.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool("DATABASE_POOL"):
    # psycopg's connection pool, one per worker process (replaces persistent connections).
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": int(os.environ.get("DATABASE_POOL_MIN", "1")),
        "max_size": int(os.environ.get("DATABASE_POOL_MAX", "4")),
        "timeout": 10,
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            # Take the write lock when a transaction starts, so concurrent comment
            # replies queue up instead of failing with "database is locked".
            "transaction_mode": "IMMEDIATE",
            # Readers go on while one process writes (a long Word import), and a writer (the mail
            # worker) waits up to SQLITE_BUSY_TIMEOUT seconds for the lock instead of failing.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "timeout": int(os.environ.get("SQLITE_BUSY_TIMEOUT", "30")),
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (shared by every app server: page cache, rate limits,
# login lockouts, sessions); otherwise files on this machine, shared by its worker processes.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "kreisportal")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "caching.redis.FailSoftRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            # Give up quickly when Redis is gone (caching/redis.py then serves without it).
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
        }
    }
    # Read from Redis, kept in the database too: a Redis restart logs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }
    # django-axes warns that a file cache is not shared between machines: true, and fine on one.
    SILENCED_SYSTEM_CHECKS = ["axes.W001"]
# Anonymous pages from the cache (caching/page_cache.py); PAGE_CACHE_SECONDS=0 switches it off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# Each worker process also keeps the pages it served last, up to this many bytes of HTML.
PAGE_CACHE_LOCAL_BYTES = int(os.environ.get("PAGE_CACHE_LOCAL_BYTES", str(32 * 1024 * 1024)))
# A page whose stored copy is missing or out of date is rendered once (single flight): the first
# request holds a lock of PAGE_CACHE_LOCK_SECONDS while it renders, the others wait for its copy up
# to PAGE_CACHE_WAIT_SECONDS and then render themselves (0: everyone renders, as before).
PAGE_CACHE_WAIT_SECONDS = float(os.environ.get("PAGE_CACHE_WAIT_SECONDS", "2.5"))
PAGE_CACHE_LOCK_SECONDS = int(os.environ.get("PAGE_CACHE_LOCK_SECONDS", "3"))
# Meanwhile the others get the copy being replaced, one change behind for the time of that render,
# instead of waiting for it (false: they wait, never served an outdated copy).
PAGE_CACHE_STALE_WHILE_RENDERING = env_bool("PAGE_CACHE_STALE_WHILE_RENDERING", default=True)
# A chapter's body and versions kept on their own (concept/comments/chapter_parts.py), so the page
# rendered after a new comment renders only its threads; CHAPTER_PARTS_CACHE=false switches it off.
CHAPTER_PARTS_CACHE = os.environ.get("CHAPTER_PARTS_CACHE", "true").lower() not in ("0", "false", "no", "off")

# Login guessing: after AXES_FAILURE_LIMIT failures for one user name from one address the
# login is locked for AXES_COOLOFF_TIME. Counted in the cache, so no address reaches the database.
# Axes' backend only refuses locked-out logins and never logs anybody in: ModelBackend must follow.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_HANDLER = "caching.counters.LoginFailureHandler"  # counts on while Redis is down
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "concept.comments.ratelimit.client"  # IPv6: its /64
AXES_LOCKOUT_TEMPLATE = "axes_lockout.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False  # its log lines would carry the address

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: German first; every URL carries its language prefix.
# Django knows no names for Tigrinya and Kurmancî and calls Leichte Sprache "Deutsch",
# so their names (in their own script) are added to Django's LANG_INFO here.
EXTRA_LANG_INFO = {
    "de-x-ls": {"bidi": False, "code": "de-x-ls", "name": "German (easy read)", "name_local": "Leichte Sprache"},
    "ti": {"bidi": False, "code": "ti", "name": "Tigrinya", "name_local": "ትግርኛ"},
    "kmr": {"bidi": False, "code": "kmr", "name": "Kurmanji", "name_local": "Kurmancî"},
}
django.conf.locale.LANG_INFO.update(EXTRA_LANG_INFO)

LANGUAGE_CODE = "de"
# The set is configurable: PORTAL_LANGUAGES=de,en,ar limits it (German must stay first).
ALL_LANGUAGES = [
    ("de", "Deutsch"),
    ("de-x-ls", "Leichte Sprache"),
    ("en", "English"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("uk", "Українська"),
    ("ru", "Русский"),
    ("tr", "Türkçe"),
    ("ti", "ትግርኛ"),
    ("kmr", "Kurmancî"),
    ("fr", "Français"),
]
_enabled = env_list("PORTAL_LANGUAGES", ",".join(code for code, _name in ALL_LANGUAGES))
LANGUAGES = [(code, name) for code, name in ALL_LANGUAGES if code in _enabled or code == LANGUAGE_CODE]
WAGTAIL_I18N_ENABLED = True
# In the admin a language reads "Arabisch (العربية)": German name, then its own (the public
# language switcher keeps the own name alone, from LANG_INFO's name_local).
GERMAN_LANGUAGE_NAMES = {
    "en": "Englisch",
    "ar": "Arabisch",
    "fa": "Persisch",
    "uk": "Ukrainisch",
    "ru": "Russisch",
    "tr": "Türkisch",
    "ti": "Tigrinya",
    "kmr": "Kurmandschi",
    "fr": "Französisch",
}
WAGTAIL_CONTENT_LANGUAGES = [
    (code, f"{GERMAN_LANGUAGE_NAMES[code]} ({name})" if code in GERMAN_LANGUAGE_NAMES else name)
    for code, name in LANGUAGES
]
# locale_admin/: German admin strings that Wagtail and wagtail-localize leave English (edited by
# hand). A LOCALE_PATHS catalog wins over every app's, whatever its place in this list; it stays
# second because makemessages writes every string to the *first* entry (and files below a later
# entry's parent to that one), so `make messages` keeps writing to locale/ and never rewrites it.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_admin"]
# Day-month-year with the month's name in every interface language (portal/formats/, issue 16).
FORMAT_MODULE_PATH = ["portal.formats"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", False)
# Documents live apart from the public media (home/documents.py): outside MEDIA_ROOT, never under a
# public URL; Wagtail's serve view streams them after checking their collection's view restrictions.
DOCUMENTS_ROOT = Path(os.environ.get("DOCUMENTS_ROOT", BASE_DIR / "private-media"))
WAGTAILDOCS_SERVE_METHOD = "serve_view"
STORAGES = {
    "default": {"BACKEND": "home.documents.PortalStorage"},
    "media": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "documents": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": DOCUMENTS_ROOT},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Several app servers: uploads go to S3-compatible object storage (django-storages); credentials
# come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY in the environment, as boto3 reads them.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    _s3 = {
        "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
        "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
        "default_acl": None,
        "file_overwrite": False,
    }
    STORAGES["media"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", False),
        },
    }
    # Documents: a private bucket of their own, or else the prefix private/ of the media bucket,
    # which its policy must keep private. Read by the app only (serve view), never linked.
    STORAGES["documents"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3,
            "bucket_name": os.environ.get("AWS_DOCUMENTS_BUCKET_NAME") or _s3["bucket_name"],
            "location": "" if os.environ.get("AWS_DOCUMENTS_BUCKET_NAME") else "private",
            "querystring_auth": True,
        },
    }
MEDIA_HOSTS = env_list("MEDIA_HOSTS")  # other origins images come from (object storage, CDN), for the CSP

# Content-Security-Policy: only our own scripts, styles and images, nothing inline, no framing.
# The Wagtail admin needs inline scripts and styles; it gets its own, looser policy
# (portal.middleware.PortalCSPMiddleware).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *MEDIA_HOSTS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
# Browser features no page of the portal uses, switched off for it and anything it embeds.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)
ADMIN_CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": [SELF, "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:", *MEDIA_HOSTS],
    "frame-src": [SELF],
    "frame-ancestors": [SELF],  # the page preview
}

# Mail: SMTP when a host is configured, otherwise the console, or another backend named in
# EMAIL_BACKEND (bench/write.py has the mail worker write files to EMAIL_FILE_PATH).
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "beteiligung@example.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
    if os.environ.get("EMAIL_FILE_PATH"):
        EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]

# Wagtail
WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Kreis Schleswig-Flensburg")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: they would tell a third party who edits (DSGVO), and the CSP refuses them.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
# Where links in mails point: configured, never taken from a request's Host header.
PORTAL_BASE_URL = os.environ.get("PORTAL_BASE_URL", WAGTAILADMIN_BASE_URL).rstrip("/")
WAGTAILAPI_LIMIT_MAX = 100

# Search: German stemming on PostgreSQL. SQLite's FTS5 backend ignores
# SEARCH_CONFIG and matches whole words only (see docs/configuration.md).
# What visitors searched for (Wagtail's Query/QueryDailyHits, for the editors' report of search
# terms) is kept this many days; `manage.py searchpromotions_garbage_collect` (run by the purge timer
# and `make run`) deletes older days and the queries left without any (pinned ones stay).
WAGTAILSEARCH_HITS_MAX_AGE = int(os.environ.get("SEARCH_QUERY_RETENTION_DAYS", "30"))
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "german",
    }
}

# The headless API is public; browser apps on other origins may read it, and post a comment
# anonymously (a form token, no cookie: docs/api.md), only when their origins are listed.
# Credentials are never allowed across origins, so an editor's session never travels along.
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "OPTIONS", "POST"]
CORS_ALLOW_CREDENTIALS = False

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Beteiligungsportal: Headless-API",
    "DESCRIPTION": "The portal's API: pages, images and documents (Wagtail's API v2, /api/v2/), a chapter's "
    "comments, versions and its concept's report (docs/api.md).",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    # Our own endpoints as drf-spectacular finds them; Wagtail's API v2 from a hand-kept description
    # (portal/api_schema.py, checked against real answers in tests/test_api_schema_v2.py).
    "PREPROCESSING_HOOKS": ["concept.comments.api.only_comment_endpoints"],
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums", "portal.api_schema.add_api_v2"],
    # Two "status" choice sets (a posted comment; a support or follow waiting for its mail): named here.
    "ENUM_NAME_OVERRIDES": {
        "PendingStatusEnum": ["pending"],
        "CommentStatusEnum": ["pending", "published"],
    },
}

# Comments: django-comments-xtd's model and form, subclassed; everything else is ours.
COMMENTS_APP = "django_comments_xtd"
COMMENTS_XTD_MODEL = "concept.comments.models.ChapterComment"
COMMENTS_XTD_FORM_CLASS = "concept.comments.forms.CommentForm"
COMMENTS_XTD_MAX_THREAD_LEVEL = 3
COMMENTS_XTD_LIST_ORDER = ("thread_id", "order")
COMMENTS_XTD_CONFIRM_EMAIL = True
COMMENTS_XTD_FROM_EMAIL = DEFAULT_FROM_EMAIL
COMMENTS_XTD_CONTACT_EMAIL = DEFAULT_FROM_EMAIL
COMMENTS_XTD_SALT = SECRET_KEY.encode()
# Our own limit: django-contrib-comments bakes COMMENT_MAX_LENGTH into its model (a migration
# in a third-party package), so the form enforces this one instead.
COMMENTS_MAX_LENGTH = int(os.environ.get("COMMENTS_MAX_LENGTH", "5000"))
COMMENTS_THREADS_PER_PAGE = int(os.environ.get("COMMENTS_THREADS_PER_PAGE", "25"))
COMMENTS_CONFIRMATION_HOURS = int(os.environ.get("COMMENTS_CONFIRMATION_HOURS", "48"))
# Commenters' e-mail addresses are erased this many days after their concept is concluded
# (every contribution answered), and never later than this many months after its window
# closed (docs/privacy.md).
COMMENTS_EMAIL_RETENTION_DAYS = int(os.environ.get("COMMENTS_EMAIL_RETENTION_DAYS", "30"))
COMMENTS_EMAIL_MAX_MONTHS = int(os.environ.get("COMMENTS_EMAIL_MAX_MONTHS", "24"))
# Days a personal link to "Meine Beiträge" (in every mail) works (concept/comments/mine.py).
PERSONAL_LINK_DAYS = int(os.environ.get("PERSONAL_LINK_DAYS", "90"))
# Following a concept: chapters published within this many minutes of each other go out in one mail.
FOLLOW_BATCH_MINUTES = int(os.environ.get("FOLLOW_BATCH_MINUTES", "10"))
# Finished mail tasks (without their arguments) are deleted after this many days.
MAIL_TASK_RESULTS_DAYS = int(os.environ.get("MAIL_TASK_RESULTS_DAYS", "14"))
# Requests per client and confirmation mails per e-mail address, each per hour (concept/comments/ratelimit.py).
# Per client generously: a venue's Wi-Fi or a mobile carrier puts a hundred people behind one IPv4
# address. An IPv6 client is its network of COMMENTS_RATE_IPV6_PREFIX bits (also for login lockouts).
COMMENTS_RATE_PER_CLIENT = int(os.environ.get("COMMENTS_RATE_PER_CLIENT", "300"))
COMMENTS_RATE_PER_EMAIL = int(os.environ.get("COMMENTS_RATE_PER_EMAIL", "5"))
COMMENTS_RATE_IPV6_PREFIX = int(os.environ.get("COMMENTS_RATE_IPV6_PREFIX", "64"))
if not 32 <= COMMENTS_RATE_IPV6_PREFIX <= 128:
    raise ValueError("COMMENTS_RATE_IPV6_PREFIX must be between 32 and 128.")
# Networks without a per-client limit (an event's own network); a wrong entry stops the start.
COMMENTS_RATE_EXEMPT_NETWORKS = [
    str(ipaddress.ip_network(network, strict=False)) for network in env_list("COMMENTS_RATE_EXEMPT_NETWORKS")
]
# Confirmation mails per hour, all together; past it they wait for a later hour, none is refused.
COMMENTS_MAIL_BUDGET_PER_HOUR = max(1, int(os.environ.get("COMMENTS_MAIL_BUDGET_PER_HOUR", "200000")))
# Password-reset mails of the admin login, per client and per address, per hour.
PASSWORD_RESET_RATE_PER_CLIENT = int(os.environ.get("PASSWORD_RESET_RATE_PER_CLIENT", "20"))
PASSWORD_RESET_RATE_PER_EMAIL = int(os.environ.get("PASSWORD_RESET_RATE_PER_EMAIL", "3"))
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "portal.forms.PasswordResetForm"  # noqa: S105 - a class, no password
COMMENTS_BLOCKLIST = env_list("COMMENTS_BLOCKLIST")
# How many proxies in front of the app append to X-Forwarded-For (0: use REMOTE_ADDR).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Word import of a concept (manage.py import_concept / admin "Word-Import").
CONCEPT_IMPORT_MAX_BYTES = int(os.environ.get("CONCEPT_IMPORT_MAX_BYTES", str(10 * 1024 * 1024)))
# What the file may unpack to (XML, counted as it is read) and how many chapters and blocks it may make.
CONCEPT_IMPORT_MAX_XML_BYTES = int(os.environ.get("CONCEPT_IMPORT_MAX_XML_BYTES", str(20 * 1024 * 1024)))
CONCEPT_IMPORT_MAX_BLOCKS = int(os.environ.get("CONCEPT_IMPORT_MAX_BLOCKS", "5000"))

# Tasks: Wagtail's own tasks (search index, references) run at once; mails go
# through the database queue and its worker (manage.py db_worker), with retries.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["mail"]},
}
# /healthz says "degraded" when a mail has been due this long (the worker is not running).
MAIL_QUEUE_WARNING_MINUTES = int(os.environ.get("MAIL_QUEUE_WARNING_MINUTES", "15"))
# /metrics (Prometheus) answers only a scraper with this bearer token; unset, it answers 404.
METRICS_TOKEN = os.environ.get("METRICS_TOKEN", "")

# A CDN or reverse proxy in front: Wagtail purges published pages (and we purge chapters
# whose comments change). FRONTEND_CACHE_PURGE_URL for Varnish/nginx, or Cloudflare's token and zone.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_API_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_API_TOKEN"],
        "ZONEID": os.environ.get("CLOUDFLARE_ZONE_ID", ""),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.insert(INSTALLED_APPS.index("wagtail.contrib.settings"), "wagtail.contrib.frontend_cache")

# Plain lines for people by default (make run, make dev); LOG_FORMAT=json for a log collector: one
# JSON line per request (ops/requests.py) and per event, with the request id, never an address,
# a token or a comment text (ops/logging.py, ops/redaction.py).
LOG_FORMAT = os.environ.get("LOG_FORMAT", "plain")
if LOG_FORMAT not in ("plain", "json"):
    raise ImproperlyConfigured("LOG_FORMAT must be plain or json")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "ops.logging.RequestIdFilter"},
        "redact": {"()": "ops.logging.RedactPathsFilter"},
    },
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {"()": "ops.logging.JsonFormatter"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT, "filters": ["request_id", "redact"]}
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        # The per-request line: in JSON for the collector; plain runs have gunicorn's access log.
        "portal.request": {"level": "INFO" if LOG_FORMAT == "json" else "WARNING"},
    },
}

# Error reports to Sentry (a self-hosted one, see docs/operations.md), only when SENTRY_DSN is set;
# configured to send no user, cookies, bodies or frame variables, and scrubbed once more before sending.
if os.environ.get("SENTRY_DSN"):
    from ops.sentry import init_sentry

    init_sentry(os.environ["SENTRY_DSN"], environment=os.environ.get("SENTRY_ENVIRONMENT", "production"))
