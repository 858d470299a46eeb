"""The public participation report, included under ``/<language>/beteiligung/bericht/``."""

from django.urls import path

from . import views as report_views

app_name = "report"

urlpatterns = [
    path("<id:concept_id>/", report_views.report_page, name="page"),
    path("<id:concept_id>/abwaegungstabelle.csv", report_views.report_csv, name="csv"),
    path("<id:concept_id>/abwaegungstabelle.xlsx", report_views.report_xlsx, name="xlsx"),
]
