from django.urls import path

from .api import FollowView

app_name = "follow-api"

urlpatterns = [
    path("concepts/<id:concept_id>/follow/", FollowView.as_view(), name="follow"),
]
