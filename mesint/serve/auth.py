"""Bearer tokens and roles: who is asking, whether they may, and whether they are asking too fast.

Roles are ordered: a viewer reads; an analyst also uploads reports, corrects and verifies events; an admin
also manages tokens. Tokens are created with ``mesint token create`` and kept only as a SHA-256 hash
(see ``mesint.serve.data.hash_token`` for why a fast hash is right for random tokens).

Look-ups are cached (hash → token or "unknown") for the read side's current generation, so a request with
a known token costs one hash and no query. Any commit moves the generation, so a revocation, whether made
through the API or with ``mesint token revoke`` in another process, applies to the next request on
SQLite; on PostgreSQL, which has no change counter, within ``ReadSide.ttl`` seconds (2 s).
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable
from typing import Any, cast

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from mesint.serve.data import ROLES, TokenInfo, hash_token, token_for_hash
from mesint.serve.schemas import ApiError

bearer = HTTPBearer(auto_error=False, description="A token from `mesint token create`.")
UNKNOWN = TokenInfo(0, "", "")  # cached answer for a hash that matches no live token


async def current_token(
    request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(bearer)
) -> TokenInfo:
    """The caller's live token: 401 without one or with an unknown/revoked one, 429 when over its rate.

    ``async``: with the look-up cached, the whole check runs on the event loop without a thread hop."""
    if credentials is None or not credentials.credentials.strip():
        raise ApiError(401, "authentication required: send 'Authorization: Bearer <token>' (mesint token create)")
    state = request.app.state
    digest = hash_token(credentials.credentials.strip())
    generation = state.reads.generation()
    info = known_token(state, digest, generation)
    if info is None:
        info = await run_in_threadpool(token_for_hash, state.reads.store, digest) or UNKNOWN
        state.token_cache.put(digest, generation, info)
    if info is UNKNOWN:
        raise ApiError(401, "invalid or revoked token")
    limited = over_rate(state, info)
    if limited is not None:
        raise limited
    request.state.token = info
    return info


def known_token(state: Any, digest: str, generation: int) -> TokenInfo | None:
    """The cached answer for a token hash: its live token, ``UNKNOWN``, or None when not looked up yet."""
    return cast(TokenInfo | None, state.token_cache.get(digest, generation))


def over_rate(state: Any, info: TokenInfo) -> ApiError | None:
    """Count one request against the token's rate: the 429 to answer, or None when it may go on."""
    wait = state.limiter.check(info.id)
    if not wait:
        return None
    return ApiError(
        429,
        f"rate limit exceeded for this token ({state.settings.rate_per_minute} requests a minute); "
        f"retry in {math.ceil(wait)} s",
        headers={"Retry-After": str(math.ceil(wait))},
    )


def require(role: str) -> Callable[..., Awaitable[TokenInfo]]:
    """A dependency that lets through tokens of ``role`` or above and answers 403 to the others."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")

    async def check(token: TokenInfo = Depends(current_token)) -> TokenInfo:
        if not token.may(role):
            raise ApiError(403, f"forbidden: this needs the {role} role; your token is a {token.role}")
        return token

    return check
