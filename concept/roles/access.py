"""``has_role(user, role, page)``: the one check of the portal's own rights.

A user has a role on a page when the user is an active superuser, or belongs to a group with a
``RoleGrant`` of that role on the page itself or one of its ancestors (a grant on a concept
covers its chapters; a grant on the root covers everything). Without a page the question is
"has the role anywhere" (menus, dashboard panels, list views that then show only the pages
the role covers: ``granted_paths``).
"""

from .models import Role, RoleGrant

ALL = None  # granted_paths' answer for superusers: no restriction


def _paths(user):
    """{role: [tree paths of the granted pages]} of an active user, read once per user object."""
    cached = getattr(user, "_concept_role_paths", None)
    if cached is None:
        cached = {role: [] for role in Role.values}
        for role, path in RoleGrant.objects.filter(group__user=user).values_list("role", "page__path"):
            cached[role].append(path)
        user._concept_role_paths = cached
    return cached


def granted_paths(user, role):
    """The tree paths of the pages whose subtrees the user has ``role`` on; ``ALL`` for superusers,
    ``[]`` for anonymous or inactive users."""
    if not (user.is_authenticated and user.is_active):
        return []
    if user.is_superuser:
        return ALL
    return _paths(user)[role]


def has_role(user, role, page=None):
    """Whether ``user`` has ``role`` on ``page`` (any page with a ``path``) or, without a page,
    on any subtree at all."""
    paths = granted_paths(user, role)
    if paths is ALL:
        return True
    if page is None:
        return bool(paths)
    return any(page.path.startswith(path) for path in paths)


def within(queryset, paths, field="path"):
    """``queryset`` (of pages, or of rows with a page's tree path in ``field``) limited to the
    subtrees below ``paths``: all of it for ``ALL`` (None), nothing for none."""
    from django.db.models import Q

    if paths is ALL:
        return queryset
    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(**{f"{field}__startswith": path})
    return queryset.filter(condition)


def in_scope(queryset, user, role, field="path"):
    """Pages of ``queryset`` (by their tree ``field``) the user has ``role`` on."""
    return within(queryset, granted_paths(user, role), field)
