"""A URL converter for database ids: digits that fit a 32-bit integer column.

Django's ``int`` converter accepts any number of digits, and a 20-digit id makes the
database driver raise (SQLite: OverflowError, PostgreSQL: out of range) — a 500
instead of a 404.
"""

MAX_ID = 2**31 - 1


class DatabaseIdConverter:
    regex = "[0-9]{1,10}"

    def to_python(self, value):
        number = int(value)
        if number > MAX_ID:
            raise ValueError("id out of range")  # the URL does not match: 404
        return number

    def to_url(self, value):
        return str(value)


def small_int(value):
    """A query-string id as int, or None when it is not a number a database id can be."""
    text = str(value or "").strip()
    if not text.isdigit() or len(text) > 10 or int(text) > MAX_ID:
        return None
    return int(text)
