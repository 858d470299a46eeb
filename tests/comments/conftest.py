import re

from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.db import connection
from django.utils import timezone

from concept.comments.models import ChapterComment
from concept.models import ChapterPage


def form_url(chapter, **query):
    url = f"/de/beteiligung/kapitel/{chapter.pk}/kommentieren/"
    if query:
        url += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return url


def form_tokens(html):
    return {
        name: re.search(rf'name="{name}" value="([^"]*)"', html).group(1)
        for name in ("timestamp", "security_hash", "content_type", "object_pk")
    }


def filled_form(client, chapter, query=None, **fields):
    """GETs the comment form and returns what a visitor would send back (fields given as None left out)."""
    page = client.get(form_url(chapter, **(query or {})))
    assert page.status_code == 200
    data = {
        **form_tokens(page.content.decode()),
        "name": "Amira K.",
        "email": "amira@example.com",
        "comment": "Mehr Sprachcafés auf dem Land, bitte.",
        "consent": "on",
        "reply_to": "0",
        "paragraph": "",
        "honeypot": "",
    }
    data.update({key: value for key, value in fields.items() if value is not None})
    for key in [key for key, value in fields.items() if value is None]:
        data.pop(key, None)
    return data


def post_comment(client, chapter, *, query=None, **fields):
    """Fills the comment form as a visitor would: GET the form, POST it back."""
    return client.post(form_url(chapter), filled_form(client, chapter, query, **fields))


def confirmation_link(message):
    return re.search(r"http://testserver(/\S+/bestaetigen/\S+/)", message.body).group(1)


def last_confirmation_link():
    return confirmation_link(mail.outbox[-1])


def confirm(client, link=None):
    """Opens the link from the mail and presses the page's button, as a person does (opening
    the link alone changes nothing). Returns the answer to the button, or to the link when
    it offered no button."""
    link = link or last_confirmation_link()
    page = client.get(link)
    if page.status_code != 200:
        return page
    return client.post(link)


def make_comment(chapter, text="Ein Kommentar", parent=None, **fields):
    """A confirmed, public comment (or reply), stored as the service would."""
    comment = ChapterComment(
        content_type=ContentType.objects.get_for_model(ChapterPage),
        object_pk=str(chapter.pk),
        site_id=1,
        user_name=fields.pop("user_name", "Jonas P."),
        user_email=fields.pop("user_email", "jonas@example.com"),
        comment=text,
        parent_id=parent.pk if parent else 0,
        **{"confirmed_at": timezone.now(), "is_public": True, **fields},
    )
    comment.save()
    return comment


def tables_containing(*needles):
    """{needle: {table, ...}} over every column of every table, read as text."""
    found = {needle: set() for needle in needles}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            columns = [column.name for column in connection.introspection.get_table_description(cursor, table)]
            quoted = ", ".join(connection.ops.quote_name(column) for column in columns)
            cursor.execute(f"SELECT {quoted} FROM {connection.ops.quote_name(table)}")  # noqa: S608 - names from introspection
            for row in cursor.fetchall():
                line = " ".join(str(value) for value in row)
                for needle in needles:
                    if needle in line:
                        found[needle].add(table)
    return found
