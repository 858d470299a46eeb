"""The report for the Kreistag (issue 15): hidden but answered contributions listed with their text
withheld, "aufgenommen in Fassung/Abschnitt", the XLSX title row, staff names only internally."""

import csv
import io

import openpyxl
import pytest

from django.contrib.auth.models import Group
from django.utils import timezone

from concept.report.services import build_report
from concept.responses.models import OfficialResponse, Outcome
from concept.versions.models import ChapterVersion
from tests.comments.conftest import make_comment

pytestmark = pytest.mark.django_db

SECRET = "Herr Nachbar Müller aus der Bahnhofstraße 3 ist schuld."


def release(comment, text, **fields):
    return OfficialResponse.objects.create(
        comment=comment, outcome=Outcome.NOTED, text=text, released_at=timezone.now(), **fields
    )


@pytest.fixture
def weighed(chapter):
    first = make_comment(chapter, "Mehr Abendkurse.")
    hidden = make_comment(chapter, SECRET, hidden_at=timezone.now(), hidden_reason="Nennt eine Privatperson")
    release(hidden, "Die Beratung in Schleswig wird ausgebaut.")
    make_comment(chapter, "Ausgeblendet und unbeantwortet.", hidden_at=timezone.now(), hidden_reason="Werbung")
    drafted = make_comment(chapter, "Nur ein Entwurf antwortet.", hidden_at=timezone.now(), hidden_reason="Spam")
    OfficialResponse.objects.create(
        comment=drafted, outcome=Outcome.NOTED, text="Unfertige Antwort 4711"
    )  # not released
    reply = make_comment(chapter, "Sehe ich auch so.", parent=hidden)
    return {"first": first, "hidden": hidden, "reply": reply}


def test_a_hidden_but_answered_contribution_is_listed_with_its_text_withheld(concept, weighed):
    report = build_report(concept)
    texts = [row.contribution for row in report.rows]
    assert texts == ["Mehr Abendkurse.", "Text ausgeblendet: Nennt eine Privatperson", "Sehe ich auch so."]
    withheld = report.rows[1]
    assert withheld.withheld and withheld.response == "Die Beratung in Schleswig wird ausgebaut."
    assert withheld.outcome == "zur Kenntnis genommen"
    assert report.rows[2].paragraph.endswith("Antwort auf Nr. 2")
    # The figures still count shown contributions only.
    assert report.contributions == 2


def test_the_public_page_csv_and_xlsx_never_carry_the_withheld_text(client, concept, weighed):
    base = f"/de/beteiligung/bericht/{concept.pk}/"
    page = client.get(base).content.decode()
    assert "Text ausgeblendet: Nennt eine Privatperson" in page
    assert "Die Beratung in Schleswig wird ausgebaut." in page
    text = client.get(base + "abwaegungstabelle.csv").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[2][3:5] == ["Text ausgeblendet: Nennt eine Privatperson", "Die Beratung in Schleswig wird ausgebaut."]
    sheet = openpyxl.load_workbook(io.BytesIO(client.get(base + "abwaegungstabelle.xlsx").content)).active
    flat = " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None)
    for leaked in (SECRET, "Ausgeblendet und unbeantwortet.", "Nur ein Entwurf antwortet.", "Unfertige Antwort 4711"):
        assert leaked not in page and leaked not in text and leaked not in flat


def test_the_xlsx_has_a_title_row_with_concept_period_and_stand(client, concept, weighed):
    concept.opens_at = timezone.make_aware(timezone.datetime(2026, 12, 1, 8, 0))
    concept.closes_at = timezone.make_aware(timezone.datetime(2027, 2, 1, 0, 0))
    concept.save_revision().publish()
    response = client.get(f"/de/beteiligung/bericht/{concept.pk}/abwaegungstabelle.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    title = sheet["A1"].value
    today = timezone.localdate().strftime("%d.%m.%Y")
    assert title.startswith(f"{concept.title} – Beteiligung vom 01.12.2026 bis 31.01.2027 – Stand: {today} ")
    assert sheet["A1"].font.bold
    assert "A1:H1" in [str(merged) for merged in sheet.merged_cells.ranges]
    assert [cell.value for cell in sheet[2]][-1] == "Aufgenommen in Fassung/Abschnitt"


def test_taken_up_in_names_the_version_and_the_paragraph(client, concept, chapter):
    chapter.save_revision().publish()
    version = ChapterVersion.objects.filter(chapter=chapter).order_by("number").last()
    comment = make_comment(chapter, "Kurse am Abend.")
    release(comment, "Aufgenommen.", taken_up_in=version, taken_up_block_id=chapter.body[1].id)
    [row] = build_report(concept).rows
    assert row.taken_up == f"Fassung {version.number}, 3. Sprache, Absatz 1 (Ausgangslage)"


def test_staff_names_only_in_the_internal_export(client, concept, chapter, django_user_model):
    staff = django_user_model.objects.create_user(
        "mthomsen", email="m@kreis.example", password="x", first_name="Maren", last_name="Thomsen"
    )
    staff.groups.add(Group.objects.get(name="Moderation"))
    release(make_comment(chapter, "Frage"), "Antwort", responded_by=staff)
    public = client.get(f"/de/beteiligung/bericht/{concept.pk}/abwaegungstabelle.xlsx").content
    sheet = openpyxl.load_workbook(io.BytesIO(public)).active
    flat = " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None)
    assert "Thomsen" not in flat and "mthomsen" not in flat
    client.force_login(staff)
    internal = openpyxl.load_workbook(io.BytesIO(client.get(f"/admin/bericht/{concept.pk}/intern.xlsx").content))
    values = [[cell.value for cell in row] for row in internal.active.iter_rows(min_row=2)]
    column = values[0].index("Beantwortet von")
    assert values[1][column] == "Maren Thomsen"
    assert "mthomsen" not in " ".join(str(value) for row in values for value in row if value is not None)
