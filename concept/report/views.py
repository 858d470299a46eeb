"""The participation report: the public page, its downloads, and the internal export for editors.

Downloads
---------
Both public downloads carry exactly the columns of the Abwägungstabelle on the page and no
personal data (no name or pseudonym, no e-mail address).

- CSV: UTF-8 with a byte order mark (so Excel detects the encoding), fields separated by
  a semicolon ``;`` (what Excel expects in German locales, where the comma is the decimal
  separator), lines ending in CRLF, fields quoted when they contain ``;``, ``"`` or a line
  break (RFC 4180 quoting with doubled quotes).
- XLSX: one sheet "Abwägungstabelle", bold and frozen header row, auto filter, column
  widths, wrapped text, printable in landscape on the page width.

Every text cell that a spreadsheet could read as a formula (starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return, also in their full-width forms) is prefixed with
an apostrophe ``'`` (CSV/formula injection, OWASP).

The internal export (Wagtail admin, ``/admin/bericht/<id>/intern.xlsx``) needs
the role "moderate" or "respond" on the concept (``concept.roles``). It adds the
comment id, pseudonym, dates, moderation state, reports and who answered. The e-mail
column is only there for superusers: the project has no permission for seeing addresses
(``concept.view_chaptercomment_email`` does not exist), so "may see e-mail addresses"
means ``user.is_superuser``; nobody else even loads them.
"""

import csv
import io
from datetime import datetime

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from concept.admin_helpers import forbidden
from concept.models import ConceptPage
from concept.roles.access import has_role
from concept.roles.models import Role
from home.access import public_pages

from .services import build_report, internal_columns, internal_rows, table_headers

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
CSV_DELIMITER = ";"

PUBLIC_WIDTHS = [6, 24, 30, 60, 60, 22, 13]


def may_see_internal(user, page=None):
    """The role "moderate" or "respond" on ``page``'s concept (without a page: on any)."""
    return has_role(user, Role.MODERATE, page) or has_role(user, Role.RESPOND, page)


def may_see_emails(user):
    """No permission for e-mail addresses exists; only superusers may see them."""
    return user.is_active and user.is_superuser


def spreadsheet_safe(value):
    """A cell value that no spreadsheet evaluates as a formula, and that openpyxl accepts."""
    if not isinstance(value, str):
        return value
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def public_concept_or_404(concept_id, request):
    """Only concepts the public may see (home.access) have a public report."""
    concept = public_pages(ConceptPage.objects.all(), request).filter(pk=concept_id).first()
    if concept is None:
        raise Http404
    return concept


def _filename(concept, extension, *, kind="abwaegungstabelle"):
    slug = slugify(concept.slug) or str(concept.pk)
    return f"{kind}-{slug}-{timezone.localdate():%Y-%m-%d}.{extension}"


def _attachment(response, filename):
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    return response


@require_GET
def report_page(request, concept_id):
    concept = public_concept_or_404(concept_id, request)
    report = build_report(concept)
    breadcrumbs = [*concept.get_ancestors().filter(depth__gt=2), concept]
    return TemplateResponse(
        request,
        "concept/report/page.html",
        {
            "page": concept,
            "concept": concept,
            "report": report,
            "chart": report.chart,
            "breadcrumbs": breadcrumbs,
            "headers": table_headers(),
        },
    )


@require_GET
def report_csv(request, concept_id):
    concept = public_concept_or_404(concept_id, request)
    report = build_report(concept)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response.write("\ufeff")  # BOM: Excel reads the file as UTF-8
    writer = csv.writer(response, delimiter=CSV_DELIMITER, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([spreadsheet_safe(header) for header in table_headers()])
    for row in report.rows:
        writer.writerow([spreadsheet_safe(value) for value in row.as_list()])
    return _attachment(response, _filename(concept, "csv"))


def _local(value):
    """openpyxl stores naive datetimes only: the time as read in Europe/Berlin."""
    if isinstance(value, datetime):
        return timezone.localtime(value).replace(tzinfo=None)
    return value


def workbook(title, headers, rows, widths):
    book = Workbook()
    sheet = book.active
    sheet.title = title
    book.properties.title = title
    book.properties.creator = "Kreis Schleswig-Flensburg"
    sheet.append([spreadsheet_safe(header) for header in headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    wrap = Alignment(wrap_text=True, vertical="top")
    for values in rows:
        sheet.append([spreadsheet_safe(_local(value)) for value in values])
        for cell in sheet[sheet.max_row]:
            cell.alignment = wrap
            if isinstance(cell.value, datetime):
                cell.number_format = "DD.MM.YYYY HH:MM"
            elif isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula, whatever openpyxl guesses
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@require_GET
def report_xlsx(request, concept_id):
    concept = public_concept_or_404(concept_id, request)
    report = build_report(concept)
    content = workbook(_("Abwägungstabelle"), table_headers(), [row.as_list() for row in report.rows], PUBLIC_WIDTHS)
    return _attachment(HttpResponse(content, content_type=XLSX_TYPE), _filename(concept, "xlsx"))


@require_GET
def internal_xlsx(request, concept_id):
    """The Abwägungstabelle with every comment and its moderation state, for editors."""
    if not may_see_internal(request.user, ConceptPage.objects.filter(pk=concept_id).only("path").first()):
        message = _(
            "Die interne Abwägungstabelle können nur Personen herunterladen, "
            "die Kommentare moderieren oder Stellungnahmen schreiben dürfen."
        )
        return forbidden(request, message, icon="doc-full")
    concept = get_object_or_404(ConceptPage, pk=concept_id)
    with_email = may_see_emails(request.user)
    columns = internal_columns(with_email)
    rows = [[value(row) for _header, _width, value in columns] for row in internal_rows(concept, with_email=with_email)]
    headers = [str(header) for header, _width, _value in columns]
    widths = [width for _header, width, _value in columns]
    content = workbook(_("Abwägungstabelle (intern)"), headers, rows, widths)
    response = HttpResponse(content, content_type=XLSX_TYPE)
    response["Cache-Control"] = "private, no-store"
    return _attachment(response, _filename(concept, "xlsx", kind="abwaegungstabelle-intern"))
