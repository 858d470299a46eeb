"""The participation report: its numbers, the public page, the downloads, the internal export
for editors and the dashboard panel; never a name or an e-mail address in public."""

import csv
import io
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

from concept.comments.models import CommentReport
from concept.models import ConceptPage
from concept.report.services import bar_chart, build_report, window_days
from concept.report.views import spreadsheet_safe
from concept.responses.models import OfficialResponse, Outcome
from concept.roles.models import RoleGrant
from tests.comments.conftest import make_comment
from tests.conftest import rendered
from tests.factories import ChapterPageFactory

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
NAME, EMAIL = "Zoraida Quellenberg-Wyss", "zoraida.quellenberg@example.net"
REPLY_NAME, REPLY_EMAIL = "Bartholomäus Eichenkötter", "b.eichenkoetter@example.org"
HIDDEN_TEXT = "Dieser Beitrag wurde ausgeblendet und zählt nicht."
PENDING_TEXT = "Dieser Beitrag wartet auf Freigabe."
UNCONFIRMED_TEXT = "Dieser Beitrag ist nicht bestätigt."


def page_url(concept):
    return f"/de/beteiligung/bericht/{concept.pk}/"


def csv_url(concept):
    return f"{page_url(concept)}abwaegungstabelle.csv"


def xlsx_url(concept):
    return f"{page_url(concept)}abwaegungstabelle.xlsx"


def internal_url(concept):
    return f"/admin/bericht/{concept.pk}/intern.xlsx"


@pytest.fixture
def later_chapter(concept):
    return ChapterPageFactory(parent=concept, title="Arbeit", number=4)


def user_with(django_user_model, username, *roles):
    """A user whose group has these roles (``concept.roles``) on the whole tree."""
    user = django_user_model.objects.create_user(username, email=f"{username}@kreis.example", password="x")
    group = Group.objects.create(name=f"Gruppe {username}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for role in roles:
        RoleGrant.objects.create(group=group, role=role, page=Page.get_first_root_node())
    user.groups.add(group)
    return user


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("moderatorin", email="moderation@kreis.example", password="x")
    user.groups.add(Group.objects.get(name="Moderation"))
    return user


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("chefin", "chefin@kreis.example", "x")


@pytest.fixture
def data(chapter, later_chapter, moderator):
    """Comments in every state on two chapters, with responses, over three days."""
    day = timezone.now() - timedelta(hours=1)
    paragraph_id = chapter.body[1].id
    measure_id = chapter.body[3].value.bound_blocks[0].id
    # Created first on the later chapter: the table still starts with chapter 3.
    work = make_comment(
        later_chapter, "Mehr Praktika in Betrieben.", user_name=NAME, user_email=EMAIL, participant_key="k-zora"
    )
    first = make_comment(
        chapter,
        "Sprachkurse auch abends anbieten.",
        user_name=NAME,
        user_email=EMAIL,
        participant_key="k-zora",
        paragraph_id=paragraph_id,
    )
    reply = make_comment(
        chapter,
        "Und am Wochenende!",
        parent=first,
        user_name=REPLY_NAME,
        user_email=REPLY_EMAIL,
        participant_key="k-bart",
        paragraph_id=paragraph_id,
    )
    measure = make_comment(chapter, "Lotsen brauchen Fortbildung.", participant_key="k-jonas", paragraph_id=measure_id)
    removed = make_comment(chapter, "Zu einem gestrichenen Absatz.", participant_key="k-jonas", paragraph_id="weg")
    # The Redaktion's reply is the district's voice, not a contribution; a reply to it is one.
    staff = make_comment(chapter, "Danke, wir prüfen das.", parent=first, participant_key="k-staff", by_staff=True)
    make_comment(chapter, "Danke für die Antwort.", parent=staff, participant_key="k-bart")
    # Not contributions:
    make_comment(chapter, HIDDEN_TEXT, participant_key="k-hidden", hidden_at=day, hidden_reason="Beleidigung")
    make_comment(chapter, PENDING_TEXT, participant_key="k-pending", is_public=False)
    make_comment(chapter, UNCONFIRMED_TEXT, participant_key="", confirmed_at=None)
    OfficialResponse.objects.create(
        comment=first, outcome=Outcome.CONSIDERED, text="Wird in Maßnahme 2 aufgenommen.", released_at=timezone.now()
    )
    OfficialResponse.objects.create(
        comment=measure, outcome=Outcome.PARTLY, text="Teilweise, soweit Mittel da sind.", released_at=timezone.now()
    )
    OfficialResponse.objects.create(
        comment=work, outcome=Outcome.NOTED, text="Zuständig ist die Arbeitsagentur.", released_at=timezone.now()
    )
    return {
        "first": first,
        "reply": reply,
        "measure": measure,
        "removed": removed,
        "staff": staff,
        "work": work,
        "moderator": moderator,
    }


# Numbers ----------------------------------------------------------------------------------


def test_report_counts_only_visible_contributions(concept, chapter, later_chapter, data):
    report = build_report(concept)
    assert report.contributions == 6  # 5 on "Sprache" (with replies), 1 on "Arbeit"
    assert report.participants == 3  # k-zora (twice), k-bart (twice), k-jonas (twice); not the Redaktion
    assert [(c.number, c.title, c.count) for c in report.chapters] == [(3, "Sprache", 5), (4, "Arbeit", 1)]
    outcomes = {outcome.label: outcome.count for outcome in report.outcomes}
    assert outcomes == {
        "berücksichtigt": 1,
        "teilweise berücksichtigt": 1,
        "nicht berücksichtigt": 0,
        "zur Kenntnis genommen": 1,
        "noch offen": 3,
    }
    assert report.answered == 3 and report.open_count == 3
    texts = [row.contribution for row in report.rows]
    assert "Danke, wir prüfen das." not in texts
    assert HIDDEN_TEXT not in texts and PENDING_TEXT not in texts and UNCONFIRMED_TEXT not in texts


def test_rows_are_numbered_by_chapter_then_thread_with_paragraph_labels(concept, data):
    rows = build_report(concept).rows
    assert [row.number for row in rows] == [1, 2, 3, 4, 5, 6]
    assert [row.chapter for row in rows] == ["3. Sprache"] * 5 + ["4. Arbeit"]
    assert [row.contribution for row in rows] == [
        "Sprachkurse auch abends anbieten.",
        "Und am Wochenende!",
        "Danke für die Antwort.",
        "Lotsen brauchen Fortbildung.",
        "Zu einem gestrichenen Absatz.",
        "Mehr Praktika in Betrieben.",
    ]
    assert rows[0].paragraph == "Absatz 1 (Ausgangslage)"
    assert rows[1].paragraph == "Absatz 1 (Ausgangslage), Antwort auf Nr. 1"
    assert rows[2].paragraph == "Kapitel insgesamt, Antwort auf einen Kommentar der Redaktion"
    assert rows[3].paragraph == "Maßnahme 1"
    assert rows[4].paragraph == "entfernter Abschnitt"
    assert rows[5].paragraph == "Kapitel insgesamt"
    assert (rows[0].response, rows[0].outcome) == ("Wird in Maßnahme 2 aufgenommen.", "berücksichtigt")
    assert (rows[1].response, rows[1].outcome) == ("", "noch offen")
    assert rows[5].outcome == "zur Kenntnis genommen"


def test_reply_to_an_unpublished_comment_says_so(concept, chapter):
    parent = make_comment(chapter, "Wartet noch", is_public=False)
    make_comment(chapter, "Antwort", parent=parent)
    (row,) = build_report(concept).rows
    assert row.paragraph == "Kapitel insgesamt, Antwort auf einen nicht veröffentlichten Beitrag"


def test_unpublished_chapters_do_not_count(concept, chapter, later_chapter):
    make_comment(chapter, "Sichtbar")
    make_comment(later_chapter, "Im zurückgezogenen Kapitel")
    later_chapter.unpublish()
    report = build_report(concept)
    assert report.contributions == 1
    assert [c.title for c in report.chapters] == ["Sprache"]


def test_days_run_from_opening_to_closing_or_today_in_berlin_time(concept, chapter):
    ConceptPage.objects.filter(pk=concept.pk).update(
        opens_at=datetime(2017, 10, 1, tzinfo=BERLIN), closes_at=datetime(2017, 11, 1, tzinfo=BERLIN)
    )
    concept.refresh_from_db()
    # 23:30 on 2 October and 0:30 on 3 October in Schleswig are both 2 October in UTC.
    make_comment(chapter, "spät", participant_key="a", submit_date=datetime(2017, 10, 2, 23, 30, tzinfo=BERLIN))
    make_comment(chapter, "früh", participant_key="b", submit_date=datetime(2017, 10, 3, 0, 30, tzinfo=BERLIN))
    make_comment(chapter, "auch", participant_key="a", submit_date=datetime(2017, 10, 3, 12, 0, tzinfo=BERLIN))

    during = build_report(concept, now=datetime(2017, 10, 5, 9, 0, tzinfo=BERLIN))
    assert [(d.day, d.count) for d in during.days] == [
        (date(2017, 10, 1), 0),
        (date(2017, 10, 2), 1),
        (date(2017, 10, 3), 2),
        (date(2017, 10, 4), 0),
        (date(2017, 10, 5), 0),
    ]
    assert during.participants == 2

    after = build_report(concept, now=datetime(2018, 1, 1, tzinfo=BERLIN))
    assert after.days[0].day == date(2017, 10, 1)
    assert after.days[-1].day == date(2017, 10, 31)  # closing at midnight ends the day before
    assert len(after.days) == 31 and sum(d.count for d in after.days) == after.contributions == 3

    assert window_days(concept, now=datetime(2017, 9, 1, tzinfo=BERLIN)) == []


def test_chart_geometry_has_a_bar_per_day_and_nice_ticks():
    from concept.report.services import DayCount

    days = [DayCount(date(2017, 10, 1) + timedelta(days=n), n % 7) for n in range(31)]
    chart = bar_chart(days)
    assert len(chart.bars) == 31
    assert [tick.value for tick in chart.ticks] == [0, 2, 4, 6]
    tallest = max(chart.bars, key=lambda bar: bar.height)
    assert tallest.count == 6 and tallest.y == chart.top
    assert [t.value for t in bar_chart(days[:6]).ticks] == [0, 1, 2, 3, 4, 5]
    assert all(bar.y + bar.height == pytest.approx(chart.bottom) for bar in chart.bars)
    assert 0 < sum(1 for bar in chart.bars if bar.label) <= 12
    assert [t.value for t in bar_chart([DayCount(date(2017, 10, 1), 37)]).ticks] == [0, 10, 20, 30, 40]


# Queries ----------------------------------------------------------------------------------


def add_comments(chapter, count):
    for number in range(count):
        comment = make_comment(chapter, f"Beitrag {number}", participant_key=f"k{number % 7}")
        if number % 2:
            OfficialResponse.objects.create(
                comment=comment, outcome=Outcome.NOTED, text="Zur Kenntnis.", released_at=timezone.now()
            )
        if number % 3 == 0:
            make_comment(chapter, f"Antwort {number}", parent=comment, participant_key="k-reply")
        if number % 5 == 0:
            CommentReport.objects.create(comment=comment, reason="Spam?")


@pytest.mark.parametrize("count", [5, 50])
def test_report_needs_a_constant_number_of_queries(
    concept, chapter, later_chapter, count, django_assert_max_num_queries
):
    add_comments(chapter, count)
    add_comments(later_chapter, count)
    with django_assert_max_num_queries(3):
        report = build_report(concept)
        assert report.contributions > count


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = rendered(client.get(url))
    assert response.status_code == 200, url
    assert len(captured) > 0, url
    return len(captured)


@pytest.mark.usefixtures("page_cache_off")
def test_views_need_the_same_queries_for_5_and_50_comments(client, concept, chapter, moderator):
    client.force_login(moderator)
    urls = [page_url(concept), csv_url(concept), xlsx_url(concept), internal_url(concept), "/admin/"]
    add_comments(chapter, 5)
    for _ in range(2):  # warm caches (content types, site root paths, locales, settings)
        for url in urls:
            client.get(url)
    few = [queries(client, url) for url in urls]
    add_comments(chapter, 45)
    many = [queries(client, url) for url in urls]
    assert few == many


# The page ---------------------------------------------------------------------------------


def test_per_day_dates_under_arabic_read_day_month_year_in_western_digits(client, concept, data):
    """Issue 16: the per-day table's dates in the visitor's language, whole, with Western digits."""
    import re

    html = client.get("/ar/" + page_url(concept).removeprefix("/de/")).content.decode()
    today = timezone.localdate()
    rows = re.findall(
        r'<th scope="row"><time datetime="(\d{4}-\d\d-\d\d)" lang="ar" dir="rtl">(\d+) (\S+) (\d{4})</time>', html
    )
    assert (today.isoformat(), str(today.day), str(today.year)) in [(iso, day, year) for iso, day, _m, year in rows]
    assert all(re.search(r"[\u0600-\u06ff]", month) for _iso, _day, month, _year in rows)


def test_page_shows_figures_chart_tables_and_no_personal_data(client, concept, data):
    response = client.get(page_url(concept))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="/static/css/report.css"' in html
    assert "<h1>Integrationskonzept</h1>" in html
    assert '<svg class="report-chart__svg" role="img" aria-labelledby="chart-title chart-desc"' in html
    assert '<title id="chart-title">' in html and '<desc id="chart-desc">' in html
    assert "<rect " in html
    assert "<details" in html and '<caption id="days-caption">' in html
    for caption in ("chapters-caption", "outcomes-caption", "table-caption"):
        assert f'<caption id="{caption}">' in html
        assert f'tabindex="0" role="region" aria-labelledby="{caption}"' in html
    assert '<th scope="col" role="columnheader">Stellungnahme</th>' in html
    assert '<th scope="row">3. Sprache</th><td class="num">5</td>' in html
    assert '<th scope="row">noch offen</th><td class="num">3</td>' in html
    assert "Sprachkurse auch abends anbieten." in html and "Wird in Maßnahme 2 aufgenommen." in html
    assert f'href="{xlsx_url(concept)}"' in html and f'href="{csv_url(concept)}"' in html
    for secret in (NAME, REPLY_NAME, EMAIL, REPLY_EMAIL, "Jonas P.", "jonas@example.com", "k-zora"):
        assert secret not in html
    assert "Danke, wir prüfen das." not in html
    for hidden in (HIDDEN_TEXT, PENDING_TEXT, UNCONFIRMED_TEXT, "Beleidigung"):
        assert hidden not in html
    assert "<script" not in html.split("<main", 1)[1].split("</main>", 1)[0]


def test_page_coordinates_are_not_localised(client, concept, chapter):
    make_comment(chapter, "Eins")
    html = client.get(page_url(concept)).content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert 'viewBox="0 0 720 300"' in svg
    assert not any(attr in svg for attr in (',5"', ',0"', ',25"'))


def test_page_before_the_window_opens_has_no_chart(client, concept):
    ConceptPage.objects.filter(pk=concept.pk).update(opens_at=timezone.now() + timedelta(days=3))
    html = client.get(page_url(concept)).content.decode()
    assert "<svg class=" not in html
    assert "noch nicht begonnen" in html


def test_only_live_public_concepts_have_a_report(client, concept, chapter):
    assert client.get("/de/beteiligung/bericht/999999/").status_code == 404
    restriction = PageViewRestriction.objects.create(page=concept, restriction_type="password", password="geheim")
    for url in (page_url(concept), csv_url(concept), xlsx_url(concept)):
        assert client.get(url).status_code == 404
    restriction.delete()
    concept.unpublish()
    for url in (page_url(concept), csv_url(concept), xlsx_url(concept)):
        assert client.get(url).status_code == 404


def test_page_exists_in_other_languages(client, concept):
    assert client.get(f"/en/beteiligung/bericht/{concept.pk}/").status_code == 200


# Downloads --------------------------------------------------------------------------------


def test_csv_is_utf8_with_bom_semicolons_and_the_table(client, concept, data):
    response = client.get(csv_url(concept))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="abwaegungstabelle-konzept-')
    assert response["Content-Disposition"].endswith('.csv"')
    raw = response.content
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0] == ["Nr.", "Kapitel", "Absatz", "Beitrag", "Stellungnahme", "Ergebnis", "Zustimmungen"]
    assert rows[1] == [
        "1",
        "3. Sprache",
        "Absatz 1 (Ausgangslage)",
        "Sprachkurse auch abends anbieten.",
        "Wird in Maßnahme 2 aufgenommen.",
        "berücksichtigt",
        "0",
    ]
    assert len(rows) == 7
    for secret in (NAME, REPLY_NAME, EMAIL, REPLY_EMAIL, "Jonas P.", "jonas@example.com", "@"):
        assert secret not in text


def test_csv_quotes_separators_quotes_and_line_breaks(client, concept, chapter):
    make_comment(chapter, 'Erstens; zweitens "so"\nund drittens')
    rows = list(
        csv.reader(io.StringIO(client.get(csv_url(concept)).content.decode("utf-8-sig"), newline=""), delimiter=";")
    )
    assert rows[1][3] == 'Erstens; zweitens "so"\nund drittens'


def test_xlsx_opens_with_bold_frozen_header_and_the_table(client, concept, data):
    response = client.get(xlsx_url(concept))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"].startswith('attachment; filename="abwaegungstabelle-konzept-')
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Abwägungstabelle"]
    sheet = book["Abwägungstabelle"]
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet["D2"].alignment.wrap_text
    assert sheet.column_dimensions["D"].width == 60
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == ["Nr.", "Kapitel", "Absatz", "Beitrag", "Stellungnahme", "Ergebnis", "Zustimmungen"]
    assert values[1] == [
        1,
        "3. Sprache",
        "Absatz 1 (Ausgangslage)",
        "Sprachkurse auch abends anbieten.",
        "Wird in Maßnahme 2 aufgenommen.",
        "berücksichtigt",
        0,
    ]
    assert len(values) == 7
    flat = " ".join(str(value) for row in values for value in row if value is not None)
    for secret in (NAME, REPLY_NAME, EMAIL, REPLY_EMAIL, "Jonas P.", "jonas@example.com", "@"):
        assert secret not in flat


DANGEROUS = ['=HYPERLINK("http://evil.example";"klick")', "+1+2", "-2+3", "@SUM(A1)", "\tTab", "=1+1"]


def test_formula_injection_is_neutralised_in_csv_and_xlsx(client, concept, chapter):
    for text in DANGEROUS:
        make_comment(chapter, text)
    OfficialResponse.objects.create(
        comment=make_comment(chapter, "harmlos"),
        outcome=Outcome.NOTED,
        text="=cmd|' /C calc'!A0",
        released_at=timezone.now(),
    )
    text = client.get(csv_url(concept)).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert [row[3] for row in rows[1 : len(DANGEROUS) + 1]] == ["'" + value for value in DANGEROUS]
    assert rows[-1][4] == "'=cmd|' /C calc'!A0"

    sheet = openpyxl.load_workbook(io.BytesIO(client.get(xlsx_url(concept)).content)).active
    cells = [row[3] for row in sheet.iter_rows(min_row=2)]
    assert [cell.value for cell in cells[: len(DANGEROUS)]] == ["'" + value for value in DANGEROUS]
    assert all(
        cell.data_type == "s" for row in sheet.iter_rows(min_row=2) for cell in row if isinstance(cell.value, str)
    )


def test_spreadsheet_safe():
    assert spreadsheet_safe("=A1") == "'=A1"
    assert spreadsheet_safe("＝A1") == "'＝A1"
    assert spreadsheet_safe("Text mit = drin") == "Text mit = drin"
    assert spreadsheet_safe("Steuer\x07zeichen") == "Steuerzeichen"
    assert spreadsheet_safe(3) == 3


# Internal export --------------------------------------------------------------------------


def internal_sheet(response):
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="abwaegungstabelle-intern-konzept-')
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = book.active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_internal_export_needs_a_login_and_the_permission(client, concept, django_user_model):
    response = client.get(internal_url(concept))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/admin/login/" in response["Location"]
    client.force_login(user_with(django_user_model, "ohne"))
    assert client.get(internal_url(concept)).status_code == 403


def test_internal_export_for_a_moderator_has_names_and_states_but_no_email(client, concept, data, moderator):
    client.force_login(moderator)
    values = internal_sheet(client.get(internal_url(concept)))
    header, rows = values[0], values[1:]
    assert "Name (Pseudonym)" in header and "Status" in header and "Kommentar-ID" in header
    assert "E-Mail-Adresse" not in header
    flat = " ".join(str(value) for row in values for value in row if value is not None)
    assert NAME in flat and REPLY_NAME in flat
    for address in (EMAIL, REPLY_EMAIL, "jonas@example.com"):
        assert address not in flat
    column = {name: index for index, name in enumerate(header)}
    by_text = {row[column["Beitrag"]]: row for row in rows}
    assert len(rows) == 10  # every comment, in every state, the Redaktion's too
    assert by_text["Danke, wir prüfen das."][column["Redaktion"]] == "ja"
    assert by_text["Danke, wir prüfen das."][column["Nr. (öffentlich)"]] is None
    assert by_text["Danke für die Antwort."][column["Nr. (öffentlich)"]] == 3
    assert by_text[HIDDEN_TEXT][column["Status"]] == "ausgeblendet: Beleidigung"
    assert by_text[PENDING_TEXT][column["Status"]] == "wartet auf Freigabe"
    assert by_text[UNCONFIRMED_TEXT][column["Status"]] == "unbestätigt"
    first = by_text["Sprachkurse auch abends anbieten."]
    assert first[column["Status"]] == "öffentlich"
    assert first[column["Nr. (öffentlich)"]] == 1
    assert first[column["Kommentar-ID"]] == data["first"].pk
    assert first[column["Name (Pseudonym)"]] == NAME
    assert isinstance(first[column["Eingereicht am"]], datetime)
    assert isinstance(first[column["Beantwortet am"]], datetime)
    assert by_text["Und am Wochenende!"][column["Antwort auf Kommentar-ID"]] == data["first"].pk
    assert by_text[HIDDEN_TEXT][column["Nr. (öffentlich)"]] is None


def test_internal_export_counts_reports_and_names_the_responder(client, concept, chapter, moderator):
    comment = make_comment(chapter, "Gemeldet")
    CommentReport.objects.create(comment=comment, reason="a")
    CommentReport.objects.create(comment=comment, reason="b", resolved_at=timezone.now())
    OfficialResponse.objects.create(
        comment=comment, outcome=Outcome.NOTED, text="Ok.", responded_by=moderator, released_at=timezone.now()
    )
    client.force_login(moderator)
    header, row = internal_sheet(client.get(internal_url(concept)))
    column = {name: index for index, name in enumerate(header)}
    assert row[column["Meldungen"]] == 2 and row[column["davon offen"]] == 1
    assert row[column["Beantwortet von"]] == "moderatorin"


def test_internal_export_for_a_responder(client, concept, data, django_user_model):
    client.force_login(user_with(django_user_model, "antwortende", "respond"))
    header = internal_sheet(client.get(internal_url(concept)))[0]
    assert "E-Mail-Adresse" not in header


def test_internal_export_for_a_superuser_has_the_email_column(client, concept, data, superuser):
    client.force_login(superuser)
    values = internal_sheet(client.get(internal_url(concept)))
    header = values[0]
    assert "E-Mail-Adresse" in header
    emails = {row[header.index("E-Mail-Adresse")] for row in values[1:]}
    assert {EMAIL, REPLY_EMAIL} <= emails


def test_internal_export_neutralises_formulas_in_names(client, concept, chapter, moderator):
    make_comment(chapter, "Text", user_name='=HYPERLINK("x")')
    client.force_login(moderator)
    header, row = internal_sheet(client.get(internal_url(concept)))
    assert row[header.index("Name (Pseudonym)")] == '\'=HYPERLINK("x")'


# Dashboard --------------------------------------------------------------------------------


def test_dashboard_panel_for_moderators(client, concept, data, moderator):
    waiting_by_report = data["measure"]
    CommentReport.objects.create(comment=waiting_by_report, reason="Werbung")
    client.force_login(moderator)
    response = client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="beteiligung-section"' in html
    panel = html[html.index('id="beteiligung-section"') :]
    assert "Integrationskonzept" in panel
    assert "Die Beteiligung läuft." in panel
    assert "6 öffentliche Beiträge" in panel
    assert "2 warten auf Moderation" in panel  # the pre-moderated one and the reported one
    assert "3 Beiträge noch ohne Stellungnahme" in panel
    assert '<th scope="row">3. Sprache</th><td>5</td>' in panel
    assert '<th scope="row">4. Arbeit</th><td>1</td>' in panel
    assert f'href="{page_url(concept)}"' in panel
    assert f'href="{internal_url(concept)}"' in panel
    for secret in (NAME, EMAIL):
        assert secret not in panel


def test_dashboard_panel_not_for_others(client, concept, django_user_model):
    client.force_login(user_with(django_user_model, "redakteur"))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert 'id="beteiligung-section"' not in response.content.decode()


def test_dashboard_panel_links_only_what_the_user_may_use(client, concept, chapter, django_user_model):
    make_comment(chapter, "Offen")
    make_comment(chapter, "Wartet auf Freigabe", is_public=False)
    client.force_login(user_with(django_user_model, "nur-moderation", "moderate"))
    html = client.get("/admin/").content.decode()
    panel = html[html.index('id="beteiligung-section"') :]
    assert 'href="/admin/kommentare/"' in panel
    assert "/admin/stellungnahmen/" not in panel
    assert f'href="{internal_url(concept)}"' in panel


def test_concept_page_count_matches_the_report(client, chapter):
    from datetime import timedelta

    from django.utils import timezone

    from concept.report.services import build_report

    make_comment(chapter, "Bürgerbeitrag", participant_key="a")
    make_comment(chapter, "Die Redaktion antwortet", by_staff=True)
    make_comment(chapter, "Ausgeblendet", hidden_at=timezone.now(), hidden_reason="Spam")
    concept = chapter.concept
    concept.closes_at = timezone.now() - timedelta(seconds=1)
    concept.opens_at = concept.closes_at - timedelta(days=30)
    concept.save_revision().publish()
    assert build_report(concept).contributions == 1
    assert "1 Beitrag ist eingegangen." in client.get(concept.url).content.decode()
