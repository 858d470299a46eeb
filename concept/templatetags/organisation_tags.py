"""The admin's dashboard names the organisation of the user (issue 22): templates/wagtailadmin/home.html."""

from django import template

from concept.roles.organisations import organisation_name

register = template.Library()


@register.simple_tag(takes_context=True)
def admin_organisation_name(context, default=""):
    """The user's organisation (a town's people read their town, not the district), else ``default``
    (Wagtail's own: the site of the pages the user may explore, or WAGTAIL_SITE_NAME)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return (organisation_name(user) if user is not None else None) or default
