"""The Word import: a .docx becomes a draft concept with one draft chapter per top-level heading.

``import_concept()`` is the one entry point; the management command ``import_concept`` and the
admin upload form (``concept/wordimport/views.py``) only call it. Everything happens in one
transaction, so any error leaves the page tree as it was.

How the document is read (mammoth turns it into HTML first):

- The title is a paragraph in the style "Title"/"Titel"; without one, a single top-level heading
  that comes before all others and has lower headings below it; otherwise the file name.
- Chapters are the top-level headings (normally "Überschrift 1"; the level below when that single
  heading is the title). Text before the first chapter becomes the concept's introduction.
- Inside a chapter, lower headings become ``heading`` blocks, paragraphs and lists ``paragraph``
  blocks (sanitised rich text); a list in a section headed "Ziele" becomes a ``goals`` block, under
  "Indikatoren" an ``indicators`` block; a table with the columns Maßnahme/Verantwortlich/
  Partner/Zeitrahmen becomes a ``measures`` block, any other table a paragraph of one line per row.
- Block ids are ``stable_block_id(concept slug, chapter number, position[, item index])``, the
  scheme of the demo loader, so a re-import of the same document gives the same ids.
- Concept and chapters are drafts (``live=False``, one revision each); the participation window is
  provisional, in whole days: from today 00:00 to 00:00 eight weeks later ("bis einschließlich" the
  day before), for editors to adjust before publishing.
- No Kurzfassung is written: the one the document offers is its first paragraph, which the page
  shows anyway (citizens would read it twice). The progress lines ask editors to write one.
- The uploaded file is kept as the concept's ``source_document`` in the private collection
  (``concept/wordimport/private.py``): it can carry author names, tracked changes and comments.
"""

import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import PurePath

import mammoth
import nh3
from bs4 import BeautifulSoup, Tag

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from concept.blocks import raw_stream
from concept.models import ChapterPage, ConceptPage

from . import private

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
# Zip bombs and documents that would make thousands of blocks: the XML read (unpacked) and the
# blocks made are counted, and the import stops past these (CONCEPT_IMPORT_MAX_XML_BYTES/_BLOCKS).
DEFAULT_MAX_XML_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_BLOCKS = 5000
MEDIA_FOLDER = "word/media/"
READ_CHUNK = 1024 * 1024
DEFAULT_WINDOW = timedelta(weeks=8)
TITLE_LENGTH = 255
SLUG_LENGTH = 80

RICH_TEXT_TAGS = {"p", "b", "i", "a", "ul", "ol", "li", "br"}
LINK_SCHEMES = {"http", "https", "mailto"}
SAFE_HREF = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)
HEADING_TAGS = {f"h{level}" for level in range(1, 7)}
TITLE_CLASS = "concept-title"
# Word stores the English names of built-in styles, whatever the language of its menus.
# The table of contents is left out: the chapters are the contents.
STYLE_MAP = "\n".join(
    [
        f"p[style-name='Title'] => h1.{TITLE_CLASS}:fresh",
        f"p[style-name='Titel'] => h1.{TITLE_CLASS}:fresh",
        "p[style-name='TOC Heading'] => !",
        *(f"p[style-name='toc {level}'] => !" for level in range(1, 10)),
    ]
)
ZIP_SIGNATURE = b"PK\x03\x04"
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc and password-protected .docx
NUMBER_PREFIX = re.compile(r"^\s*(?:kapitel\s+)?\d{1,2}(?:\.\d{1,2})*\.?\s+", re.IGNORECASE)
GOAL_SECTIONS = {"ziele", "ziel"}
INDICATOR_SECTIONS = {"indikatoren", "indikator", "kennzahlen"}
MEASURE_COLUMNS = {
    "measure": ("maßnahme", "massnahme"),
    "responsible": ("verantwortlich", "zuständig", "federführung"),
    "partners": ("partner", "beteiligt", "kooperation"),
    "timeframe": ("zeitraum", "zeitrahmen", "zeitplan", "zeit"),
}
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


class ConceptImportError(Exception):
    """The document cannot be imported; ``message`` says why, in words for editors."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def max_bytes():
    return getattr(settings, "CONCEPT_IMPORT_MAX_BYTES", DEFAULT_MAX_BYTES)


def max_xml_bytes():
    return getattr(settings, "CONCEPT_IMPORT_MAX_XML_BYTES", DEFAULT_MAX_XML_BYTES)


def max_blocks():
    return getattr(settings, "CONCEPT_IMPORT_MAX_BLOCKS", DEFAULT_MAX_BLOCKS)


# -- reading the file ---------------------------------------------------------------------------


def _not_docx():
    return ConceptImportError(
        _(
            "Die Datei ist kein gültiges Word-Dokument (.docx). Bitte speichern Sie das Dokument "
            "in Word als „Word-Dokument (*.docx)“ und laden Sie es erneut hoch."
        )
    )


def _old_word():
    return ConceptImportError(
        _(
            "Die Datei ist ein älteres Word-Dokument (.doc) oder mit einem Kennwort geschützt. "
            "Bitte speichern Sie es ohne Kennwort als „Word-Dokument (*.docx)“."
        )
    )


def read_docx(fileobj):
    """An uploaded or opened .docx after checking name, size and structure, as the archive
    ``convert`` reads (see ``_unpacked_copy``)."""
    name = PurePath(getattr(fileobj, "name", "") or "").name
    suffix = PurePath(name).suffix.lower()
    if suffix == ".doc":
        raise _old_word()
    if name and suffix != ".docx":
        raise _not_docx()

    limit = max_bytes()
    if hasattr(fileobj, "seek"):
        fileobj.seek(0)
    data = fileobj.read(limit + 1)
    if not data:
        raise ConceptImportError(_("Die Datei ist leer."))
    if len(data) > limit:
        raise ConceptImportError(
            _("Die Datei ist zu groß. Erlaubt sind höchstens %(limit)s.") % {"limit": filesizeformat(limit)}
        )
    if data.startswith(OLE_SIGNATURE):
        raise _old_word()
    if not data.startswith(ZIP_SIGNATURE):
        raise _not_docx()
    try:
        return _unpacked_copy(data)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
        raise _not_docx() from error


def _too_big():
    return ConceptImportError(
        _("Das Dokument ist entpackt zu groß (mehr als %(limit)s). Bitte teilen Sie es auf.")
        % {"limit": filesizeformat(max_xml_bytes())}
    )


def _unpacked_copy(data):
    """The archive again, uncompressed, with what mammoth may read and nothing else: every
    member's bytes counted as they unpack (not as the archive claims), stopping past the limit.
    Pictures (``word/media/``) become empty: they are not imported, and so a relationship that
    points the document or its styles there (``_rels/.rels``) leads to nothing."""
    budget = max_xml_bytes()
    copy = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as archive, zipfile.ZipFile(copy, "w", zipfile.ZIP_STORED) as target:
        names = set(archive.namelist())
        if "word/document.xml" not in names or "[Content_Types].xml" not in names:
            raise _not_docx()
        for info in archive.infolist():
            if info.is_dir():
                continue
            parts = []
            if not info.filename.startswith(MEDIA_FOLDER):
                with archive.open(info) as member:
                    while chunk := member.read(READ_CHUNK):
                        budget -= len(chunk)
                        if budget < 0:
                            raise _too_big()
                        parts.append(chunk)
            target.writestr(info.filename, b"".join(parts))
    return copy.getvalue()


def _skip_image(image):
    # Images are not imported (the chapter vocabulary has no image block); never read their bytes.
    return {"src": ""}


def convert(data):
    """The document as HTML (mammoth), without images."""
    try:
        result = mammoth.convert_to_html(
            io.BytesIO(data), style_map=STYLE_MAP, convert_image=mammoth.images.img_element(_skip_image)
        )
    except Exception as error:  # mammoth raises whatever its XML and zip readers raise
        raise _not_docx() from error
    return result.value


# -- reading the HTML ---------------------------------------------------------------------------


def plain(node):
    """The text of a tag, whitespace collapsed."""
    text = node.get_text(" ") if isinstance(node, Tag) else str(node)
    return " ".join(text.split())


def _cell_text(cell, separator):
    paragraphs = cell.find_all("p") or [cell]
    return separator.join(text for text in (plain(p) for p in paragraphs) if text)


def sanitize(html):
    """Rich text in Wagtail's format, limited to paragraphs, bold, italic, lists and web/mail links."""
    fragment = BeautifulSoup(html, "html.parser")
    for image in fragment.find_all("img"):
        image.decompose()
    for link in fragment.find_all("a"):
        if not SAFE_HREF.match((link.get("href") or "").strip()):
            link.unwrap()  # bookmarks, footnote references, javascript:, relative links
    for tag in fragment.find_all("strong"):
        tag.name = "b"
    for tag in fragment.find_all("em"):
        tag.name = "i"
    return nh3.clean(
        str(fragment),
        tags=RICH_TEXT_TAGS,
        attributes={"a": {"href"}},
        url_schemes=LINK_SCHEMES,
        link_rel=None,
        strip_comments=True,
    ).strip()


def _has_text(html):
    return bool(BeautifulSoup(html, "html.parser").get_text().strip())


def _section_name(text):
    return NUMBER_PREFIX.sub("", text).strip().rstrip(":").strip().casefold()


def _heading_level(tag):
    return int(tag.name[1])


def _measure_columns(header):
    """{column index: measure field} when the header row is a measures table, else None."""
    columns = {}
    for index, cell in enumerate(header):
        name = _section_name(plain(cell)).rstrip("*").strip()
        if not name:
            continue
        matches = [key for key, prefixes in MEASURE_COLUMNS.items() if name.startswith(prefixes)]
        if not matches or matches[0] in columns.values():
            return None  # an unknown or repeated column: keep the table as text, lose nothing
        columns[index] = matches[0]
    if {"measure", "responsible"} <= set(columns.values()):
        return columns
    return None


def _rows(table):
    return [row.find_all(["td", "th"], recursive=False) for row in table.find_all("tr")]


@dataclass
class Chapter:
    title: str
    blocks: list = field(default_factory=list)
    tables_as_measures: int = 0
    tables_as_text: int = 0
    missing_responsible: int = 0
    images: int = 0

    def add(self, element, section, *, measures=True):
        """Appends the block(s) for one top-level element of the chapter."""
        self.images += len(element.find_all("img"))
        if element.name in HEADING_TAGS:
            text = plain(element)
            if text:
                self.blocks.append(("heading", text))
        elif element.name in ("ul", "ol"):
            items = [text for text in (plain(item) for item in element.find_all("li", recursive=False)) if text]
            if items and section in GOAL_SECTIONS:
                self.blocks.append(("goals", items))
            elif items and section in INDICATOR_SECTIONS:
                self.blocks.append(("indicators", items))
            else:
                self._paragraph(str(element))
        elif element.name == "table":
            self._table(element, measures=measures)
        elif element.name == "p":
            self._paragraph(str(element))
        else:
            self._paragraph(f"<p>{escape(plain(element))}</p>")

    def _paragraph(self, html):
        html = sanitize(html)
        if _has_text(html):
            self.blocks.append(("paragraph", html))
            return html
        return ""

    def _table(self, table, *, measures=True):
        rows = [row for row in _rows(table) if any(plain(cell) for cell in row)]
        if not rows:
            return
        columns = _measure_columns(rows[0]) if measures else None
        if columns:
            measures = []
            for row in rows[1:]:
                measure = dict.fromkeys(("measure", "responsible", "partners", "timeframe"), "")
                for index, key in columns.items():
                    if index < len(row):
                        measure[key] = _cell_text(row[index], "\n" if key == "measure" else " ")
                measures.append(measure)
                self.missing_responsible += not measure["responsible"]
            if measures:
                self.blocks.append(("measures", measures))
                self.tables_as_measures += 1
            return
        lines = []
        for row in rows:
            cells = [text for text in (_cell_text(cell, " ") for cell in row) if text]
            lines.append(f"<p>{escape(' – '.join(cells))}</p>")
        self.blocks.append(("paragraph", "".join(lines)))
        self.tables_as_text += 1

    def notes(self):
        notes = []
        if self.tables_as_measures:
            notes.append(
                ngettext(
                    "%(count)d Tabelle als Maßnahmen übernommen",
                    "%(count)d Tabellen als Maßnahmen übernommen",
                    self.tables_as_measures,
                )
                % {"count": self.tables_as_measures}
            )
        if self.tables_as_text:
            notes.append(
                ngettext(
                    "%(count)d Tabelle ohne Maßnahmen-Spalten als Absatz übernommen",
                    "%(count)d Tabellen ohne Maßnahmen-Spalten als Absätze übernommen",
                    self.tables_as_text,
                )
                % {"count": self.tables_as_text}
            )
        if self.missing_responsible:
            notes.append(
                ngettext(
                    "%(count)d Maßnahme ohne Verantwortliche – bitte ergänzen",
                    "%(count)d Maßnahmen ohne Verantwortliche – bitte ergänzen",
                    self.missing_responsible,
                )
                % {"count": self.missing_responsible}
            )
        if self.images:
            notes.append(
                ngettext("%(count)d Bild nicht übernommen", "%(count)d Bilder nicht übernommen", self.images)
                % {"count": self.images}
            )
        return notes


@dataclass
class ParsedDocument:
    title: str
    intro: str
    chapters: list


def _chapter_title(text):
    title = NUMBER_PREFIX.sub("", text).strip() or text
    return Truncator(title).chars(TITLE_LENGTH)


def parse(html, fallback_title):
    """The title, the introduction and the chapters of mammoth's HTML."""
    soup = BeautifulSoup(html, "html.parser")
    if not soup.get_text().strip():
        raise ConceptImportError(_("Das Dokument enthält keinen Text."))
    elements = [node for node in soup.children if isinstance(node, Tag)]

    title_element = next((el for el in elements if TITLE_CLASS in (el.get("class") or []) and plain(el)), None)
    headings = [el for el in elements if el.name in HEADING_TAGS and plain(el) and el is not title_element]
    if not headings:
        raise ConceptImportError(
            _(
                "Das Dokument enthält keine Überschriften. Jedes Kapitel muss mit einer Überschrift "
                "(Formatvorlage „Überschrift 1“) beginnen."
            )
        )
    top = min(_heading_level(heading) for heading in headings)
    if title_element is None:
        tops = [heading for heading in headings if _heading_level(heading) == top]
        lower = [heading for heading in headings if _heading_level(heading) > top]
        if len(tops) == 1 and tops[0] is headings[0] and lower:
            title_element = tops[0]
            top = min(_heading_level(heading) for heading in lower)

    intro, chapters, chapter, section = [], [], None, ""
    made, limit = 0, max_blocks()  # chapters, blocks and paragraphs of the introduction
    for element in elements:
        if element is title_element:
            continue
        if element.name in HEADING_TAGS and _heading_level(element) <= top and plain(element):
            chapter = Chapter(title=_chapter_title(plain(element)))
            chapters.append(chapter)
            section = _section_name(plain(element))
            made += 1
        elif chapter is None:
            intro.append(element)
            made += 1
        else:
            if element.name in HEADING_TAGS:
                section = _section_name(plain(element))
            before = len(chapter.blocks)
            chapter.add(element, section)
            made += len(chapter.blocks) - before
        if made > limit:
            raise ConceptImportError(
                _(
                    "Das Dokument ergibt mehr als %(limit)d Kapitel und Blöcke. Bitte teilen Sie es auf "
                    "mehrere Konzepte auf."
                )
                % {"limit": limit}
            )

    # Text before the first chapter: the concept's introduction (headings there become bold lines).
    preamble = Chapter(title="")
    for element in intro:
        if element.name in HEADING_TAGS:
            preamble._paragraph(f"<p><b>{escape(plain(element))}</b></p>")
        else:
            preamble.add(element, "", measures=False)
    intro_html = "".join(value for _block_type, value in preamble.blocks)

    title = plain(title_element) if title_element is not None else fallback_title
    return ParsedDocument(
        title=Truncator(title).chars(TITLE_LENGTH),
        intro=intro_html,
        chapters=chapters,
    )


# -- writing the pages --------------------------------------------------------------------------


def make_slug(text, taken, fallback):
    base = slugify(text.translate(UMLAUTS))[:SLUG_LENGTH].strip("-") or fallback
    slug, counter = base, 2
    while slug in taken:
        slug = f"{base}-{counter}"
        counter += 1
    return slug


def fallback_title(fileobj):
    stem = PurePath(getattr(fileobj, "name", "") or "").stem
    title = " ".join(stem.replace("_", " ").split())
    return title or _("Importiertes Konzept")


def progress_line(number, chapter, block_count):
    line = ngettext(
        "Kapitel %(number)d: %(title)s – %(count)d Block",
        "Kapitel %(number)d: %(title)s – %(count)d Blöcke",
        block_count,
    ) % {"number": number, "title": chapter.title, "count": block_count}
    notes = chapter.notes()
    return f"{line} ({'; '.join(notes)})" if notes else line


def provisional_window(now=None):
    """Today 00:00 to 00:00 eight weeks later, in the site's time zone (whole days)."""
    today = timezone.localdate(now or timezone.now())
    opens_at = timezone.make_aware(datetime.combine(today, time.min))
    closes_at = timezone.make_aware(datetime.combine(today + DEFAULT_WINDOW, time.min))
    return opens_at, closes_at


def _add_draft(parent, page, user):
    page.live = False
    page.locale = parent.locale
    if user is not None:
        page.owner = user
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    return page


def _original(fileobj):
    """The uploaded bytes as they came (``read_docx`` has checked them already)."""
    fileobj.seek(0)
    return fileobj.read(max_bytes() + 1)


def import_concept(fileobj, parent_page, *, title=None, user=None, progress=None):
    """Creates a draft ConceptPage under ``parent_page`` with one draft ChapterPage per chapter
    of the Word document ``fileobj`` and returns it. Raises ``ConceptImportError`` (and creates
    nothing) when the file is not a .docx, is empty, too large or has no headings."""
    parent_page = parent_page.specific
    if not ConceptPage.can_create_at(parent_page):
        raise ConceptImportError(
            _("Unter der Seite „%(page)s“ kann kein Konzept angelegt werden.") % {"page": parent_page.title}
        )
    document = parse(convert(read_docx(fileobj)), fallback_title(fileobj))
    if title and title.strip():
        document.title = Truncator(" ".join(title.split())).chars(TITLE_LENGTH)
    if not document.chapters:
        raise ConceptImportError(_("Das Dokument enthält keine Kapitel."))

    opens_at, closes_at = provisional_window()
    source = None
    try:
        with transaction.atomic():
            source = private.keep_source(_original(fileobj), getattr(fileobj, "name", ""), document.title, user)
            taken = set(parent_page.get_children().values_list("slug", flat=True))
            concept = _add_draft(
                parent_page,
                ConceptPage(
                    title=document.title,
                    slug=make_slug(document.title, taken, "konzept"),
                    intro=document.intro,
                    opens_at=opens_at,
                    closes_at=closes_at,
                    window_provisional=True,
                    source_document=source,
                ),
                user,
            )
            chapter_slugs = set()
            for number, chapter in enumerate(document.chapters, start=1):
                slug = make_slug(chapter.title, chapter_slugs, f"kapitel-{number}")
                chapter_slugs.add(slug)
                _add_draft(
                    concept,
                    ChapterPage(
                        title=chapter.title,
                        slug=slug,
                        number=number,
                        body=raw_stream(chapter.blocks, concept.slug, number),
                    ),
                    user,
                )
                if progress is not None:
                    progress(progress_line(number, chapter, len(chapter.blocks)))
    except BaseException as error:
        if source is not None:
            source.file.delete(save=False)  # the row went with the transaction; the file must go too
        if not isinstance(error, ValidationError):
            raise
        raise ConceptImportError(
            _("Das Konzept konnte nicht angelegt werden: %(error)s") % {"error": " ".join(error.messages)}
        ) from error
    return concept
