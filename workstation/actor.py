"""Who is acting, and the role checks every service makes (docs/architecture.md, invariant 5)."""

from __future__ import annotations

from dataclasses import dataclass

from workstation.models import Role


@dataclass(frozen=True)
class Actor:
    """The signed-in user as the services see them; built once at sign-in."""

    id: int
    username: str
    display_name: str
    roles: frozenset[Role]
    team_id: int | None = None

    def has(self, *roles: Role) -> bool:
        return bool(self.roles.intersection(roles))
