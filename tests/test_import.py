"""The Word import: importer, management command and admin upload form."""

import io
import zipfile
from io import StringIO

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from PIL import Image

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from wagtail.models import Page

from concept.blocks import stable_block_id
from concept.models import ChapterPage, ConceptPage
from concept.wordimport.importer import ConceptImportError, import_concept, sanitize
from tests.factories import ConceptPageFactory, HomePageFactory

pytestmark = pytest.mark.django_db

IMPORT_URL = "/admin/konzept-import/"
NO_HEADINGS = (
    "Das Dokument enthält keine Überschriften. Jedes Kapitel muss mit einer Überschrift "
    "(Formatvorlage „Überschrift 1“) beginnen."
)
NOT_DOCX = "kein gültiges Word-Dokument (.docx)"


# Building Word documents --------------------------------------------------------------------


def docx_bytes(build):
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def upload(data, name="konzept.docx"):
    fileobj = io.BytesIO(data)
    fileobj.name = name
    return fileobj


def add_table(document, rows):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    return table


def concept_document(document):
    document.add_paragraph("Integrationskonzept 2030", style="Title")
    document.add_paragraph("Der Entwurf zur Beteiligung.")

    document.add_heading("1. Sprache und Bildung", level=1)
    paragraph = document.add_paragraph("Sprachkurse gibt es in ")
    paragraph.add_run("fünf Orten").bold = True
    paragraph.add_run(" des Kreises.")
    document.add_paragraph("Ein Angriff: <script>alert(1)</script> bleibt Text.")
    document.add_heading("Ziele", level=2)
    document.add_paragraph("Mehr Kursplätze", style="List Bullet")
    document.add_paragraph("Kurse am Abend", style="List Bullet")
    document.add_heading("Maßnahmen", level=2)
    add_table(
        document,
        [
            ["Maßnahme", "Verantwortlich", "Partner", "Zeitrahmen"],
            ["Abendkurse anbieten", "Volkshochschulen", "Kreis", "2027"],
            ["Kinderbetreuung während der Kurse", "Kreis", "Kitas", "2027–2028"],
        ],
    )
    document.add_heading("Indikatoren", level=2)
    document.add_paragraph("Zahl der Kursplätze", style="List Bullet")

    document.add_heading("2. Arbeit", level=1)
    document.add_paragraph("Betriebe suchen Fachkräfte.")
    document.add_paragraph("Jobcenter", style="List Bullet")
    document.add_paragraph("Agentur für Arbeit", style="List Bullet")

    document.add_heading("3. Zusammenleben", level=1)
    add_table(document, [["Ort", "Angebot"], ["Schleswig", "Sprachcafé"]])


@pytest.fixture
def concept_docx():
    return docx_bytes(concept_document)


def chapters_of(concept):
    return list(ChapterPage.objects.child_of(concept).order_by("path"))


# The importer -------------------------------------------------------------------------------


def test_import_creates_a_draft_concept_with_draft_chapters_in_order(home, concept_docx):
    progress = []
    concept = import_concept(upload(concept_docx), home, progress=progress.append)

    concept = ConceptPage.objects.get(pk=concept.pk)
    assert concept.get_parent().pk == home.pk
    assert concept.title == "Integrationskonzept 2030"
    assert concept.slug == "integrationskonzept-2030"
    assert concept.intro == "<p>Der Entwurf zur Beteiligung.</p>"
    assert not concept.live
    assert concept.has_unpublished_changes
    assert concept.latest_revision is not None
    assert concept.closes_at > concept.opens_at
    # Marked provisional, in the draft the editor opens too: publishing it asks first (tests/test_window.py).
    assert concept.window_provisional and concept.get_latest_revision_as_object().window_provisional

    chapters = chapters_of(concept)
    assert [(c.number, c.title, c.slug) for c in chapters] == [
        (1, "Sprache und Bildung", "sprache-und-bildung"),
        (2, "Arbeit", "arbeit"),
        (3, "Zusammenleben", "zusammenleben"),
    ]
    assert all(not chapter.live and chapter.latest_revision is not None for chapter in chapters)
    # No Kurzfassung that merely repeats the first paragraph (citizens would read it twice).
    assert chapters[0].summary == "" and concept.summary == ""
    assert "Sprachkurse gibt es in" in str(chapters[0].body)

    assert len(progress) == 3
    assert progress[0].startswith("Kapitel 1: Sprache und Bildung – 8 Blöcke")
    assert "1 Tabelle als Maßnahmen übernommen" in progress[0]
    assert "als Absatz übernommen" in progress[2]


def test_blocks_follow_the_chapter_vocabulary(home, concept_docx):
    concept = import_concept(upload(concept_docx), home)
    first, second, third = (chapter.body.raw_data for chapter in chapters_of(concept))

    assert [block["type"] for block in first] == [
        "paragraph",
        "paragraph",
        "heading",
        "goals",
        "heading",
        "measures",
        "heading",
        "indicators",
    ]
    assert first[0]["value"] == "<p>Sprachkurse gibt es in <b>fünf Orten</b> des Kreises.</p>"
    assert first[2]["value"] == "Ziele"
    assert [item["value"] for item in first[3]["value"]] == ["Mehr Kursplätze", "Kurse am Abend"]
    assert [item["value"] for item in first[5]["value"]] == [
        {"measure": "Abendkurse anbieten", "responsible": "Volkshochschulen", "partners": "Kreis", "timeframe": "2027"},
        {
            "measure": "Kinderbetreuung während der Kurse",
            "responsible": "Kreis",
            "partners": "Kitas",
            "timeframe": "2027–2028",
        },
    ]
    assert [item["value"] for item in first[7]["value"]] == ["Zahl der Kursplätze"]

    # A list outside "Ziele"/"Indikatoren" stays a paragraph; another table becomes one line per row.
    assert [block["type"] for block in second] == ["paragraph", "paragraph"]
    assert second[1]["value"] == "<ul><li>Jobcenter</li><li>Agentur für Arbeit</li></ul>"
    assert [(block["type"], block["value"]) for block in third] == [
        ("paragraph", "<p>Ort – Angebot</p><p>Schleswig – Sprachcafé</p>")
    ]

    # The stored body is valid for the StreamField: it renders.
    assert "Abendkurse anbieten" in str(chapters_of(concept)[0].body)


def test_block_ids_are_derived_from_slug_chapter_and_position(home, concept_docx):
    concept = import_concept(upload(concept_docx), home)
    for chapter in chapters_of(concept):
        for position, block in enumerate(chapter.body.raw_data):
            assert block["id"] == stable_block_id(concept.slug, chapter.number, position)
            if block["type"] in {"goals", "measures", "indicators"}:
                for index, item in enumerate(block["value"]):
                    assert item["id"] == stable_block_id(concept.slug, chapter.number, position, index)

    # The same document under another start page gets the same slug, so the same ids.
    other_home = HomePageFactory(parent=Page.get_first_root_node(), slug="zweite-startseite")
    again = import_concept(upload(concept_docx), other_home)
    assert again.slug == concept.slug
    assert [list(c.body.raw_data) for c in chapters_of(again)] == [list(c.body.raw_data) for c in chapters_of(concept)]


def test_a_second_import_under_the_same_parent_gets_a_fresh_slug(home, concept_docx):
    first = import_concept(upload(concept_docx), home)
    second = import_concept(upload(concept_docx), home, title="Integrationskonzept 2030")
    assert (first.slug, second.slug) == ("integrationskonzept-2030", "integrationskonzept-2030-2")


def test_script_stays_escaped_text(home, concept_docx):
    concept = import_concept(upload(concept_docx), home)
    paragraph = chapters_of(concept)[0].body.raw_data[1]["value"]
    assert paragraph == "<p>Ein Angriff: &lt;script&gt;alert(1)&lt;/script&gt; bleibt Text.</p>"
    assert "<script" not in str(chapters_of(concept)[0].body)


def test_sanitize_keeps_only_the_rich_text_vocabulary():
    html = (
        '<p onclick="x()">Ein <strong>Link</strong> <a href="https://kreis.example/">hier</a>, '
        '<a href="javascript:alert(1)">böse</a>, <a href="#footnote-1">[1]</a>, '
        '<a href="mailto:info@kreis.example">Mail</a><img src="data:,x"><script>alert(1)</script>'
        '<span style="color:red"><em>kursiv</em></span></p>'
    )
    assert sanitize(html) == (
        '<p>Ein <b>Link</b> <a href="https://kreis.example/">hier</a>, böse, [1], '
        '<a href="mailto:info@kreis.example">Mail</a><i>kursiv</i></p>'
    )


def test_a_single_first_heading_is_the_title_and_the_level_below_are_the_chapters(home):
    def build(document):
        document.add_heading("Konzept Vielfalt", level=1)
        document.add_paragraph("Einleitung.")
        document.add_heading("Wohnen", level=2)
        document.add_paragraph("Text.")
        document.add_heading("Lage", level=3)
        document.add_heading("Gesundheit", level=2)
        document.add_paragraph("Text.")

    concept = import_concept(upload(docx_bytes(build)), home)
    assert concept.title == "Konzept Vielfalt"
    chapters = chapters_of(concept)
    assert [c.title for c in chapters] == ["Wohnen", "Gesundheit"]
    assert [b["type"] for b in chapters[0].body.raw_data] == ["paragraph", "heading"]


def test_the_table_of_contents_is_left_out(home):
    def build(document):
        document.add_paragraph("Konzept", style="Title")
        names = {style.name for style in document.styles}
        for name in ("TOC Heading", "toc 1"):
            if name not in names:
                document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        document.add_paragraph("Inhalt", style="TOC Heading")
        document.add_paragraph("1 Wohnen ..... 3", style="toc 1")
        document.add_heading("1 Wohnen", level=1)
        document.add_paragraph("Text.")

    concept = import_concept(upload(docx_bytes(build)), home)
    assert concept.intro == ""
    assert [c.title for c in chapters_of(concept)] == ["Wohnen"]


def test_without_a_title_the_file_name_is_the_title_and_the_argument_overrides_it(home):
    def build(document):
        document.add_heading("Wohnen", level=1)
        document.add_paragraph("Text.")
        document.add_heading("Gesundheit", level=1)

    data = docx_bytes(build)
    assert import_concept(upload(data, "Entwurf_Konzept.docx"), home).title == "Entwurf Konzept"
    concept = import_concept(upload(data), home, title="Mein Konzept")
    assert (concept.title, concept.slug) == ("Mein Konzept", "mein-konzept")
    assert [c.title for c in chapters_of(concept)] == ["Wohnen", "Gesundheit"]


def test_revisions_carry_the_user(home, concept_docx, django_user_model):
    user = django_user_model.objects.create_superuser("redakteurin", "r@example.org", "x")
    concept = import_concept(upload(concept_docx), home, user=user)
    assert concept.latest_revision.user == user
    assert all(chapter.latest_revision.user == user for chapter in chapters_of(concept))


def test_a_concept_cannot_be_imported_below_a_concept(home, concept_docx):
    concept = ConceptPageFactory(parent=home, slug="konzept")
    count = Page.objects.count()
    with pytest.raises(ConceptImportError):
        import_concept(upload(concept_docx), concept)
    assert Page.objects.count() == count


# The management command ---------------------------------------------------------------------


def write(tmp_path, data, name="konzept.docx"):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_command_prints_one_line_per_chapter_and_the_edit_url(home, concept_docx, tmp_path):
    out = StringIO()
    call_command("import_concept", write(tmp_path, concept_docx), "--parent", str(home.pk), stdout=out)

    concept = ConceptPage.objects.get()
    lines = out.getvalue().splitlines()
    assert [line.split(" – ")[0] for line in lines if line.startswith("Kapitel ")] == [
        "Kapitel 1: Sprache und Bildung",
        "Kapitel 2: Arbeit",
        "Kapitel 3: Zusammenleben",
    ]
    assert "Entwurf" in out.getvalue()
    assert "Beteiligungszeitraum" in out.getvalue()
    assert lines[-1].endswith(f"/admin/pages/{concept.pk}/edit/")
    assert not concept.live


@pytest.mark.parametrize("parent", ["/", "/de/", "/willkommen/", "http://localhost/de/"])
def test_command_finds_the_parent_by_url_path(home, concept_docx, tmp_path, parent):
    call_command("import_concept", write(tmp_path, concept_docx), "--parent", parent, stdout=StringIO())
    assert ConceptPage.objects.get().get_parent().pk == home.pk


def test_command_title_option(home, concept_docx, tmp_path):
    call_command(
        "import_concept", write(tmp_path, concept_docx), "--parent", "/de/", "--title", "Neu", stdout=StringIO()
    )
    assert ConceptPage.objects.get().title == "Neu"


@pytest.mark.parametrize(
    ("parent", "message"),
    [("99999", "keine Seite mit der ID"), ("/de/gibt-es-nicht/", "gibt es keine Seite")],
)
def test_command_rejects_an_unknown_parent(home, concept_docx, tmp_path, parent, message):
    with pytest.raises(CommandError, match=message):
        call_command("import_concept", write(tmp_path, concept_docx), "--parent", parent, stdout=StringIO())


def test_command_rejects_a_parent_that_cannot_hold_a_concept(home, concept_docx, tmp_path):
    concept = ConceptPageFactory(parent=home, slug="konzept")
    count = Page.objects.count()
    with pytest.raises(CommandError, match="kann kein Konzept"):
        call_command("import_concept", write(tmp_path, concept_docx), "--parent", str(concept.pk), stdout=StringIO())
    assert Page.objects.count() == count


def test_command_rejects_a_missing_file(home, tmp_path):
    with pytest.raises(CommandError, match="gibt es nicht"):
        call_command("import_concept", str(tmp_path / "fehlt.docx"), "--parent", "/", stdout=StringIO())


def _paragraphs_only(document):
    document.add_paragraph("Nur Text, keine Überschrift.")
    document.add_paragraph("Noch ein Absatz.")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("text.docx", lambda: b"Das ist nur Text.", NOT_DOCX),
        ("kaputt.docx", lambda: b"PK\x03\x04 kein zip", NOT_DOCX),
        ("leer.docx", lambda: b"", "Die Datei ist leer."),
        ("ohne-text.docx", lambda: docx_bytes(lambda document: None), "Das Dokument enthält keinen Text."),
        ("ohne-ueberschrift.docx", lambda: docx_bytes(_paragraphs_only), NO_HEADINGS),
        ("alt.doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "älteres Word-Dokument"),
        ("konzept.odt", lambda: b"PK\x03\x04", NOT_DOCX),
    ],
)
def test_command_errors_create_nothing(home, tmp_path, name, content, message):
    count = Page.objects.count()
    with pytest.raises(CommandError) as error:
        call_command("import_concept", write(tmp_path, content(), name), "--parent", "/de/", stdout=StringIO())
    assert message in str(error.value)
    assert Page.objects.count() == count


def test_command_rejects_a_file_over_the_limit(home, concept_docx, tmp_path, settings):
    settings.CONCEPT_IMPORT_MAX_BYTES = 2 * 1024
    count = Page.objects.count()
    with pytest.raises(CommandError, match="Die Datei ist zu groß. Erlaubt sind höchstens 2"):
        call_command("import_concept", write(tmp_path, concept_docx), "--parent", "/de/", stdout=StringIO())
    assert Page.objects.count() == count


def test_a_failure_while_creating_chapters_rolls_everything_back(home, concept_docx, monkeypatch):
    from concept.wordimport import importer

    original = importer.raw_stream

    def stream_failing_on_chapter_3(blocks, concept_slug, number):
        if number == 3:
            raise RuntimeError("kaputt")
        return original(blocks, concept_slug, number)

    monkeypatch.setattr(importer, "raw_stream", stream_failing_on_chapter_3)
    count = Page.objects.count()
    with pytest.raises(RuntimeError):
        import_concept(upload(concept_docx), home)
    assert Page.objects.count() == count


# The admin upload form ----------------------------------------------------------------------


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.org", "x")


def post_upload(client, data, parent, name="konzept.docx", **fields):
    file = SimpleUploadedFile(name, data, content_type="application/octet-stream")
    return client.post(IMPORT_URL, {"file": file, "parent": parent.pk, "title": "", **fields})


def test_admin_form_lists_the_start_pages(client, home, superuser):
    client.force_login(superuser)
    response = client.get(IMPORT_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in html
    assert 'accept=".docx' in html
    assert f'<option value="{home.pk}" selected>Willkommen (de)</option>' in html
    assert "csrfmiddlewaretoken" in html
    assert "Word-Import" in client.get("/admin/").content.decode()


def test_admin_upload_creates_a_draft_and_redirects_to_its_editor(client, home, superuser, concept_docx):
    client.force_login(superuser)
    response = post_upload(client, concept_docx, home)

    concept = ConceptPage.objects.get()
    assert response.status_code == 302
    assert response.url == f"/admin/pages/{concept.pk}/edit/"
    assert not concept.live
    assert concept.latest_revision.user == superuser
    assert [c.title for c in chapters_of(concept)] == ["Sprache und Bildung", "Arbeit", "Zusammenleben"]

    page = client.get(response.url).content.decode()
    assert "Kapitel 1: Sprache und Bildung" in page
    assert "Beteiligungszeitraum" in page
    # Editors can open every imported chapter in the page editor.
    for chapter in chapters_of(concept):
        assert client.get(f"/admin/pages/{chapter.pk}/edit/").status_code == 200


def test_admin_upload_of_a_broken_file_shows_the_error_and_creates_nothing(client, home, superuser):
    client.force_login(superuser)
    count = Page.objects.count()
    response = post_upload(client, b"kein Word", home)
    assert response.status_code == 400
    assert NOT_DOCX in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()
    assert Page.objects.count() == count


def test_admin_upload_without_headings_shows_the_message(client, home, superuser):
    client.force_login(superuser)
    response = post_upload(client, docx_bytes(_paragraphs_only), home)
    assert response.status_code == 400
    assert "Das Dokument enthält keine Überschriften." in response.content.decode()
    assert not ConceptPage.objects.exists()


def test_admin_upload_rejects_a_parent_that_is_not_offered(client, home, superuser, concept_docx):
    client.force_login(superuser)
    concept = ConceptPageFactory(parent=home, slug="konzept")
    count = Page.objects.count()
    response = post_upload(client, concept_docx, concept)
    assert response.status_code == 400
    assert Page.objects.count() == count


def test_admin_upload_needs_permission_to_add_pages(client, home, django_user_model, concept_docx):
    moderator = django_user_model.objects.create_user("moderatorin", password="x")
    moderator.groups.add(Group.objects.get(name="Moderation"))  # admin access, but no page permissions
    client.force_login(moderator)
    assert client.get(IMPORT_URL).status_code == 403
    assert post_upload(client, concept_docx, home).status_code == 403
    assert not ConceptPage.objects.exists()
    assert "Word-Import" not in client.get("/admin/").content.decode()


def test_admin_upload_sends_anonymous_visitors_to_the_login(client, home):
    response = client.get(IMPORT_URL)
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")


# Limits: what the file unpacks to and how many blocks it makes ----------------------------------


def repacked(data, replace=(), add=()):
    """``data`` as a new archive, with members replaced or added ({name: bytes})."""
    replace, add = dict(replace), dict(add)
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, replace.get(info.filename, source.read(info.filename)))
        for name, content in add.items():
            target.writestr(name, content)
    return buffer.getvalue()


def _chapter_with_long_paragraph(document):
    document.add_heading("Sprache", level=1)
    document.add_paragraph("Kurse " * 300_000)  # 1.8 MB of text; the upload stays small


def test_the_main_part_pointed_into_the_media_folder_is_not_read(home, settings):
    """``_rels/.rels`` may name any member as the main document; the guard used to skip word/media/."""
    settings.CONCEPT_IMPORT_MAX_XML_BYTES = 1024 * 1024
    honest = docx_bytes(_chapter_with_long_paragraph)
    with zipfile.ZipFile(io.BytesIO(honest)) as archive:
        main_part = archive.read("word/document.xml")
        package_rels = archive.read("_rels/.rels").decode()
    crafted = repacked(
        honest,
        replace={
            "word/document.xml": b"",
            "_rels/.rels": package_rels.replace('Target="word/document.xml"', 'Target="word/media/image1.png"'),
        },
        add={"word/media/image1.png": main_part},
    )
    assert len(crafted) < 64 * 1024
    with pytest.raises(ConceptImportError, match="kein gültiges Word-Dokument"):
        import_concept(upload(crafted), home)
    assert not ConceptPage.objects.exists()


def test_xml_is_counted_as_it_unpacks(client, home, superuser, settings):
    settings.CONCEPT_IMPORT_MAX_XML_BYTES = 1024 * 1024
    data = docx_bytes(_chapter_with_long_paragraph)
    assert len(data) < 64 * 1024
    client.force_login(superuser)
    response = post_upload(client, data, home)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Das Dokument ist entpackt zu groß (mehr als 1,0\xa0MB). Bitte teilen Sie es auf." in html
    assert not ConceptPage.objects.exists()


def test_the_number_of_blocks_is_limited(home, settings):
    settings.CONCEPT_IMPORT_MAX_BLOCKS = 20

    def many_paragraphs(document):
        document.add_heading("Sprache", level=1)
        for number in range(25):
            document.add_paragraph(f"Absatz {number}")

    with pytest.raises(ConceptImportError, match="mehr als 20 Kapitel und Blöcke"):
        import_concept(upload(docx_bytes(many_paragraphs)), home)
    assert not ConceptPage.objects.exists()
    settings.CONCEPT_IMPORT_MAX_BLOCKS = 26
    assert import_concept(upload(docx_bytes(many_paragraphs)), home)


def test_a_document_with_a_picture_still_imports(home, tmp_path):
    picture = tmp_path / "bild.png"
    Image.new("RGB", (4, 4), "red").save(picture)

    def with_picture(document):
        document.add_heading("Sprache", level=1)
        document.add_paragraph("Ein Foto vom Sprachcafé:")
        document.add_picture(str(picture))

    lines = []
    concept = import_concept(upload(docx_bytes(with_picture)), home, progress=lines.append)
    assert [chapter.title for chapter in chapters_of(concept)] == ["Sprache"]
    assert "1 Bild nicht übernommen" in lines[0]
