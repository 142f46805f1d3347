"""Bearer tokens and roles: who is asking, whether they may, and whether they are asking too fast.

Roles are ordered: a viewer reads; an analyst also uploads reports, corrects and verifies events; an admin
also manages tokens. Tokens are created with ``mesint token create`` and kept only as a SHA-256 hash
(see ``mesint.serve.data.hash_token`` for why a fast hash is right for random tokens).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from mesint.serve.data import ROLES, TokenInfo, token_for
from mesint.serve.schemas import ApiError

bearer = HTTPBearer(auto_error=False, description="A token from `mesint token create`.")


def current_token(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> TokenInfo:
    """The caller's live token: 401 without one or with an unknown/revoked one, 429 when over its rate."""
    if credentials is None or not credentials.credentials.strip():
        raise ApiError(401, "authentication required: send 'Authorization: Bearer <token>' (mesint token create)")
    info = token_for(request.app.state.store, credentials.credentials.strip())
    if info is None:
        raise ApiError(401, "invalid or revoked token")
    wait = request.app.state.limiter.check(info.id)
    if wait:
        raise ApiError(
            429,
            f"rate limit exceeded for this token ({request.app.state.settings.rate_per_minute} requests a minute); "
            f"retry in {math.ceil(wait)} s",
            headers={"Retry-After": str(math.ceil(wait))},
        )
    request.state.token = info
    return info


def require(role: str) -> Callable[..., TokenInfo]:
    """A dependency that lets through tokens of ``role`` or above and answers 403 to the others."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")

    def check(token: TokenInfo = Depends(current_token)) -> TokenInfo:
        if not token.may(role):
            raise ApiError(403, f"forbidden: this needs the {role} role; your token is a {token.role}")
        return token

    return check
