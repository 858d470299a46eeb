"""The participation report as JSON, under /api/concepts/ (concept/report/api.py)."""

from django.urls import path

from . import api

app_name = "report-api"

urlpatterns = [
    path("concepts/<id:concept_id>/report/", api.ReportView.as_view(), name="report"),
]
