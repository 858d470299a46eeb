# Two commands set up everything: `make run` (the portal as a visitor meets it)
# and `make test` (the whole suite). Both create .venv on first use.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
WORKERS ?= 2
# `make run` uses the production settings over plain http on 127.0.0.1.
RUN_ENV := DJANGO_SETTINGS_MODULE=portal.settings.production DJANGO_HTTPS=false DJANGO_SERVE_MEDIA=true \
	DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost,schleswig.localhost DJANGO_SECRET_KEY="$$(cat $(VENV)/secret_key)" \
	WAGTAILADMIN_BASE_URL=http://127.0.0.1:$(PORT)

.PHONY: install run dev worker test test-browser lint format migrations-check messages compilemessages clean

$(BIN)/activate: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/activate

$(VENV)/secret_key: | $(BIN)/activate
	$(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > $@

install: $(BIN)/activate $(VENV)/secret_key

# The mail worker runs beside the web server; with no EMAIL_HOST it prints mails here.
WORKER := $(BIN)/python manage.py db_worker --backend mail --queue-name mail --interval 2 --no-reload
# Started again whenever it exits (a lost database, a crash), after WORKER_PAUSE seconds, so mails
# never wait unnoticed; /healthz reports mails that wait too long all the same.
WORKER_PAUSE ?= 5
WORKER_LOOP = trap "kill \$$child 2>/dev/null; exit 0" TERM INT; \
	while :; do $(WORKER) & child=$$!; wait $$child; \
	  echo "mail worker exited (status $$?); starting it again in $(WORKER_PAUSE) s" >&2; sleep $(WORKER_PAUSE); done

run: install
	$(RUN_ENV) $(BIN)/python manage.py migrate --noinput
	$(RUN_ENV) $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(RUN_ENV) $(BIN)/python manage.py load_initial_data
	$(RUN_ENV) $(BIN)/python manage.py purge_comments
	$(RUN_ENV) $(BIN)/python manage.py searchpromotions_garbage_collect
	@echo "Portal: http://127.0.0.1:$(PORT)/  ·  Stadt Schleswig: http://schleswig.localhost:$(PORT)/  ·  Redaktion: /admin/ auf beiden (Anmeldungen je Rolle: siehe oben)"
	$(RUN_ENV) sh -c '($(WORKER_LOOP)) & worker=$$!; trap "kill $$worker 2>/dev/null" EXIT INT TERM; \
	  $(BIN)/gunicorn -c gunicorn.conf.py portal.wsgi --bind 127.0.0.1:$(PORT) --workers $(WORKERS) --capture-output'

dev: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_initial_data
	sh -c '($(WORKER_LOOP)) & worker=$$!; trap "kill $$worker 2>/dev/null" EXIT INT TERM; \
	  $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)'

# The mail worker alone (what `make run` and `make dev` start beside the server).
worker:
	@$(WORKER_LOOP)

test: install
	$(BIN)/pytest -m "not browser"

# axe-core for the accessibility tests, pinned in package-lock.json (nothing of it is served).
node_modules: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch node_modules

# Accessibility (axe-core) and keyboard tests in Debian's Chromium (apt-get install chromium);
# without Chromium or node_modules they are skipped with a message saying how to install them.
test-browser: install
	@if command -v npm >/dev/null; then $(MAKE) --no-print-directory node_modules; \
	  else echo "npm not found: the axe-core tests will be skipped (install Node.js, then make node_modules)"; fi
	$(BIN)/pytest -m browser

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint templates --lint
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Collect the German source strings into every shipped catalog (locale/<lang>/LC_MESSAGES/django.po)
# and compile them; docs/translating.md says how to translate and check them.
LOCALES := $(notdir $(wildcard locale/*))
messages: install
	$(BIN)/python manage.py makemessages $(addprefix -l ,$(LOCALES)) --no-obsolete --ignore=.venv --ignore=staticfiles --ignore=node_modules --ignore=bench --ignore=tests
	$(MAKE) --no-print-directory compilemessages

# Checks every catalog (msgfmt --check-format: syntax, plural forms, python-format placeholders) and
# fails on a broken one, then compiles them to the .mo the portal reads (compilemessages skips a .mo
# newer than its .po, so the check runs on its own first).
compilemessages: install
	@for po in locale/*/LC_MESSAGES/django.po; do msgfmt --check-format -o /dev/null "$$po" || exit 1; done
	$(BIN)/python manage.py compilemessages --ignore=.venv --ignore=node_modules

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 db.sqlite3-wal db.sqlite3-shm media private-media
