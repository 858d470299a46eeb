"""The concept page's "Benachrichtigen" form and feed link, registered by the follow package so the
page model knows nothing of it."""

from django import template

from concept.follow.forms import FollowForm
from home.navigation import privacy_url

register = template.Library()


@register.inclusion_tag("concept/follow/follow_form.html", takes_context=True)
def follow_form(context, concept):
    request = context.get("request")
    return {"concept": concept, "form": FollowForm(privacy_url=privacy_url(request) if request else "")}
