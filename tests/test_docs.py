"""The documentation keeps up with the code: every environment variable the code reads is named in
docs/configuration.md, every installed package in docs/dependencies.md, every relative link in the
README and docs/ leads to a file (and heading) that exists, so does every repository path they name
in a code span, and the apps import only what the table in docs/architecture.md says they may
(function-local imports included).

The variables are found by reading the source, not from a list: ``os.environ.get("X")``,
``os.environ["X"]``, ``os.getenv("X")``, ``os.environ.setdefault("X", …)``, ``"X" in os.environ``,
calls of helpers that pass their first argument on to one of those (``env_bool("X")``,
``env_list("X")``, gunicorn.conf.py's ``_int("X", …)``), and ``dj_database_url.config()``
(``DATABASE_URL``). A variable added to the settings tomorrow fails here until it is documented.
"""

import ast
import json
import os
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SETTINGS = sorted((ROOT / "portal" / "settings").glob("*.py"))
# Where else the running portal reads its environment: the server's settings, the entry points,
# and any app module (a variable read outside the settings is configuration all the same).
SKIPPED_DIRS = {".git", ".venv", "node_modules", "tests", "bench", "migrations", "staticfiles", "media", "var"}
VARIABLE = re.compile(r"^[A-Z][A-Z0-9_]*$")
ENVIRON_METHODS = {"get", "setdefault", "pop"}


def _python_sources():
    for directory, subdirectories, files in os.walk(ROOT):
        subdirectories[:] = sorted(name for name in subdirectories if name not in SKIPPED_DIRS)
        yield from (Path(directory) / name for name in sorted(files) if name.endswith(".py"))


def _is_environ(node):
    """``os.environ`` or a bare ``environ``."""
    return (isinstance(node, ast.Attribute) and node.attr == "environ") or (
        isinstance(node, ast.Name) and node.id == "environ"
    )


def _environ_key(node):
    """The key expression of an environment read, or None when ``node`` reads none."""
    if isinstance(node, ast.Call) and node.args:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ENVIRON_METHODS and _is_environ(func.value):
            return node.args[0]
        if isinstance(func, ast.Attribute) and func.attr == "getenv":
            return node.args[0]
    if isinstance(node, ast.Subscript) and _is_environ(node.value):
        return node.slice
    if isinstance(node, ast.Compare) and any(_is_environ(right) for right in node.comparators):
        return node.left
    return None


def _helpers(tree):
    """Names of functions that read the variable named by their first parameter (``env_bool``)."""
    names = set()
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef) or not function.args.args:
            continue
        parameter = function.args.args[0].arg
        for node in ast.walk(function):
            key = _environ_key(node)
            if isinstance(key, ast.Name) and key.id == parameter:
                names.add(function.name)
    return names


def _called_name(call):
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _constant(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is_database_url_config(call):
    """``dj_database_url.config(…)``, which reads DATABASE_URL (or the variable named by ``env=``)."""
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "config"
        and getattr(func.value, "id", None) == "dj_database_url"
    )


def _variable_of(node, helpers):
    """The name of the variable ``node`` reads, or None."""
    key = _environ_key(node)
    if key is not None:
        return _constant(key)
    if isinstance(node, ast.Call) and node.args and _called_name(node) in helpers:
        return _constant(node.args[0])
    if isinstance(node, ast.Call) and _is_database_url_config(node):
        return next((_constant(kw.value) for kw in node.keywords if kw.arg == "env"), None) or "DATABASE_URL"
    return None


def variables_read(paths):
    """{variable: [files]} of every environment variable the given Python files read."""
    texts = {path: path.read_text() for path in paths}
    # Only files that mention the environment are parsed (the demo content alone is 7,000 lines)...
    readers = ("environ", "getenv", "dj_database_url")
    trees = {
        path: ast.parse(text, filename=str(path)) for path, text in texts.items() if any(r in text for r in readers)
    }
    # ...and those calling a helper: helpers travel by star import (production.py calls base.py's env_bool).
    helpers = set().union(*(_helpers(tree) for tree in trees.values()))
    for path, text in texts.items():
        if path not in trees and any(f"{helper}(" in text for helper in helpers):
            trees[path] = ast.parse(text, filename=str(path))
    found = {}
    for path, tree in trees.items():
        for node in ast.walk(tree):
            name = _variable_of(node, helpers)
            if name and VARIABLE.match(name):
                found.setdefault(name, []).append(str(path.relative_to(ROOT)))
    return found


def makefile_variables():
    """Variables the Makefile takes from the environment or the command line (``NAME ?= default``)."""
    text = (ROOT / "Makefile").read_text()
    return set(re.findall(r"^([A-Z][A-Z0-9_]*)\s*\?=", text, flags=re.MULTILINE))


def named_in(text, name):
    return re.search(rf"(?<![A-Za-z0-9_]){re.escape(name)}(?![A-Za-z0-9_])", text) is not None


def test_the_parser_finds_what_the_settings_read():
    """The finder itself: each way of reading the environment, seen in the settings, is found."""
    found = variables_read(SETTINGS)
    for name in (
        "DJANGO_SECRET_KEY",
        "DJANGO_ALLOWED_HOSTS",
        "DJANGO_HTTPS",
        "DATABASE_URL",
        "AWS_STORAGE_BUCKET_NAME",
    ):
        assert name in found, name
    assert "PORT" in variables_read([ROOT / "gunicorn.conf.py"])
    assert "GUNICORN_THREADS" in variables_read([ROOT / "gunicorn.conf.py"])  # through _int()
    assert {"PYTHON", "PORT", "WORKERS"} <= makefile_variables()


def test_every_variable_the_settings_read_is_in_the_configuration_doc():
    documented = (DOCS / "configuration.md").read_text()
    found = variables_read(SETTINGS)
    assert len(found) > 50
    missing = sorted(
        f"{name} ({', '.join(sorted(set(files)))})" for name, files in found.items() if not named_in(documented, name)
    )
    assert not missing, f"read by the settings, not named in docs/configuration.md: {missing}"


def test_every_variable_read_anywhere_else_is_in_the_configuration_doc():
    documented = (DOCS / "configuration.md").read_text()
    found = variables_read([path for path in _python_sources() if path not in SETTINGS])
    missing = sorted(
        f"{name} ({', '.join(sorted(set(files)))})" for name, files in found.items() if not named_in(documented, name)
    )
    missing += sorted(f"{name} (Makefile)" for name in makefile_variables() if not named_in(documented, name))
    assert not missing, f"read from the environment, not named in docs/configuration.md: {missing}"


def _normalised(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(requirement):
    return _normalised(re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement.strip()).group(0))


def installed_packages():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = list(project.get("dependencies", []))
    for group in project.get("optional-dependencies", {}).values():
        requirements += group
    names = {_requirement_name(requirement) for requirement in requirements}
    package = json.loads((ROOT / "package.json").read_text())
    for section in ("dependencies", "devDependencies"):
        names |= {_normalised(name) for name in package.get(section, {})}
    return names


def test_every_dependency_is_in_the_dependencies_doc():
    text = (DOCS / "dependencies.md").read_text()
    # Packages are named in code spans: `django-storages` or `redis[hiredis]`.
    named = {_requirement_name(span) for span in re.findall(r"`([A-Za-z0-9][^`]*)`", text)}
    packages = installed_packages()
    assert {"django", "wagtail", "pytest", "axe-core"} <= packages
    missing = sorted(packages - named)
    assert not missing, f"in pyproject.toml or package.json, not named in docs/dependencies.md: {missing}"


def _documents():
    return [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]


def _without_code(text):
    """Markdown without fenced code blocks and code spans (a link shown as code is no link)."""
    text = re.sub(r"^```.*?^```", "", text, flags=re.MULTILINE | re.DOTALL)
    return re.sub(r"`[^`\n]*`", "", text)


def _anchors(path):
    """GitHub's anchors for the headings of a Markdown file."""
    anchors, seen = set(), {}
    text = re.sub(r"^```.*?^```", "", path.read_text(), flags=re.MULTILINE | re.DOTALL)
    for heading in re.findall(r"^#{1,6}\s+(.+?)\s*#*\s*$", text, flags=re.MULTILINE):
        slug = re.sub(r"[^\w\- ]", "", heading.replace("`", "").strip().lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        anchors.add(slug if count == 0 else f"{slug}-{count}")
    return anchors


def relative_links(path):
    text = _without_code(path.read_text())
    targets = re.findall(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)", text)
    targets += re.findall(r"^\s*\[[^\]]+\]:\s*(\S+)", text, flags=re.MULTILINE)
    return [target for target in targets if not re.match(r"^[a-z][a-z0-9+.-]*:", target)]


def broken_links(path):
    broken = []
    for target in relative_links(path):
        file_part, _, anchor = target.partition("#")
        destination = (path.parent / file_part).resolve() if file_part else path
        if not destination.exists():
            broken.append(f"{target} (no such file)")
        elif anchor and destination.suffix == ".md" and anchor not in _anchors(destination):
            broken.append(f"{target} (no such heading)")
    return broken


def test_the_readme_links_the_docs():
    assert "docs/architecture.md" in relative_links(ROOT / "README.md")
    assert len(relative_links(ROOT / "README.md")) >= 5


def test_every_relative_link_leads_somewhere():
    broken = {str(path.relative_to(ROOT)): broken_links(path) for path in _documents()}
    broken = {path: links for path, links in broken.items() if links}
    assert not broken, f"links to files or headings that do not exist: {broken}"


def _apps_table():
    """{app: set of apps it may import, or None for "any"} from the table in docs/architecture.md."""
    text = (DOCS / "architecture.md").read_text()
    section = text[text.index("## The apps") : text.index("### Inside")]
    rows = re.findall(r"^\|\s*`([a-z_]+)/`\s*\|[^|]*\|([^|]*)\|", section, re.MULTILINE)
    apps = {app for app, _ in rows}
    return {
        app: None if "every app" in allowed else set(re.findall(r"`([a-z_]+)", allowed)) & apps for app, allowed in rows
    }


def _imports(path):
    """(line, top-level module) of every import in ``path``, function-local ones included."""
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name.split(".")[0]) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module.split(".")[0]


def test_the_apps_import_only_what_the_architecture_doc_allows():
    table = _apps_table()
    assert {"portal", "caching", "home", "concept", "search", "demo"} <= set(table)
    undocumented = sorted(path.name for path in ROOT.iterdir() if (path / "apps.py").exists() if path.name not in table)
    assert not undocumented, f"apps missing from the table in docs/architecture.md: {undocumented}"
    wrong = []
    for app, allowed in table.items():
        if allowed is None:
            continue
        for path in sorted((ROOT / app).rglob("*.py")):
            for line, module in _imports(path):
                if module in table and module != app and module not in allowed:
                    wrong.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    assert not wrong, f"imports docs/architecture.md does not allow: {wrong}"


PATH_SPAN = re.compile(
    r"`([A-Za-z0-9_.][A-Za-z0-9_./-]*\.(?:py|md|html|txt|toml|json|conf|service|timer|example|cfg))`"
)


def named_paths(path):
    """Repository paths the text names in code spans (`concept/comments/threads.py`), whose first
    part is a file or folder at the top of the repository (not a module name like `gunicorn.conf.py`
    read as a path, not a glob or a placeholder)."""
    top = {entry.name for entry in ROOT.iterdir()}
    return sorted({name for name in PATH_SPAN.findall(path.read_text()) if "/" in name and name.split("/")[0] in top})


def test_every_file_the_docs_name_exists():
    """A file moved or renamed in the code leaves no stale path behind in the README or docs/."""
    missing = {
        str(path.relative_to(ROOT)): [name for name in named_paths(path) if not (ROOT / name).exists()]
        for path in _documents()
    }
    missing = {path: names for path, names in missing.items() if names}
    assert not missing, f"files named in the docs that do not exist: {missing}"
