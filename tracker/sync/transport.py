"""HTTP to the team server (httpx): gzip JSON bodies, version headers, bearer token, and the
server's error answers turned into SyncErrors with the server's own words."""

from __future__ import annotations

import ssl
from functools import cache
from typing import Any

import httpx

from tracker.sync.errors import (
    AccessRevoked,
    BadCredentials,
    BatchReused,
    Forbidden,
    Outdated,
    PasswordChangeRequired,
    RateLimited,
    ServerFailed,
    SyncError,
    Unreachable,
)
from tracker.sync.protocol import (
    LOGIN,
    LOGOUT,
    PROTOCOL,
    PROTOCOL_HEADER,
    PULL,
    PUSH,
    SCHEMA_HEADER,
    SETTINGS,
    STATUS,
    TEAM,
    decode,
    encode,
)
from tracker.sync.tables import SYNC_SCHEMA

TIMEOUT = httpx.Timeout(60.0, connect=10.0)


@cache
def _tls() -> ssl.SSLContext:
    """The system's certificate authorities, loaded once (httpx would load them per client)."""
    return ssl.create_default_context()


def normalize_url(url: str) -> str:
    """`host:8765` or `https://host/` as a base URL without a trailing slash."""
    url = url.strip().rstrip("/")
    if not url:
        raise ValueError("the team server's address is empty")
    if "://" not in url:
        url = f"http://{url}"
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:  # a bad port or bracket: the same plain message as any bad address
        parsed = None
    if (
        parsed is None
        or parsed.scheme not in ("http", "https")
        or not parsed.host
        or any(character.isspace() for character in url)
    ):
        raise ValueError(f"{url!r} is not a web address of a team server")
    return url


class Transport:
    """One team server: every call is one HTTP request; failures raise SyncError subclasses."""

    def __init__(
        self, base_url: str, *, token: str | None = None, client: httpx.Client | None = None
    ) -> None:
        self.base_url = normalize_url(base_url)
        self.token = token
        self._client = client or httpx.Client(
            timeout=TIMEOUT, verify=_tls() if self.base_url.startswith("https:") else False
        )

    def close(self) -> None:
        self._client.close()

    def request(self, method: str, path: str, body: bytes | object | None = None) -> Any:
        headers = {
            PROTOCOL_HEADER: str(PROTOCOL),
            SCHEMA_HEADER: str(SYNC_SCHEMA),
            "Accept-Encoding": "gzip",
        }
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        content = None
        if body is not None:
            content = body if isinstance(body, bytes) else encode(body)
            headers["Content-Type"] = "application/json"
        url = self.base_url + path
        try:
            response = self._client.request(method, url, content=content, headers=headers)
        except httpx.TimeoutException:
            raise Unreachable(
                f"the team server at {self.base_url} did not answer in time"
            ) from None
        except httpx.TransportError as exc:
            raise Unreachable(f"cannot reach the team server at {self.base_url} ({exc})") from None
        try:
            data = decode(response.content) if response.content else {}
        except ValueError:
            raise ServerFailed(
                f"{self.base_url} answered with something that is not a Groundgame team server "
                f"(HTTP {response.status_code})"
            ) from None
        if response.status_code >= 400:
            raise _error(response.status_code, data, response.headers.get("Retry-After"))
        return data

    def login(
        self, user: str, password: str, *, client_id: str, device: str, new_password: str | None
    ) -> dict[str, Any]:
        body: dict[str, Any] = {
            "user": user,
            "password": password,
            "client_id": client_id,
            "device": device,
        }
        if new_password:
            body["new_password"] = new_password
        answer: dict[str, Any] = self.request("POST", LOGIN, body)
        return answer

    def logout(self) -> None:
        self.request("POST", LOGOUT, {})

    def push(self, payload: bytes) -> dict[str, Any]:
        answer: dict[str, Any] = self.request("POST", PUSH, payload)
        return answer

    def pull(self, request: dict[str, Any]) -> dict[str, Any]:
        answer: dict[str, Any] = self.request("POST", PULL, request)
        return answer

    def settings(self, body: dict[str, Any]) -> dict[str, Any]:
        """Send the laptop's goals and preferences; the answer says the user's role."""
        answer: dict[str, Any] = self.request("POST", SETTINGS, body)
        return answer

    def team(self, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        """A sales manager's request (`/v1/team/<path>`): GET without a body, else POST."""
        answer: dict[str, Any] = self.request(
            "GET" if body is None else "POST", f"{TEAM}/{path}", body
        )
        return answer

    def status(self) -> dict[str, Any]:
        answer: dict[str, Any] = self.request("GET", STATUS)
        return answer


def _error(status: int, data: Any, retry_after: str | None) -> SyncError:
    code = data.get("error") if isinstance(data, dict) else None
    message = str(data.get("message") if isinstance(data, dict) else "") or f"HTTP {status}"
    if code == "unauthorized":
        return BadCredentials(message)
    if code == "revoked":
        return AccessRevoked(message)
    if code == "password_change_required":
        return PasswordChangeRequired(message)
    if code in ("client_outdated", "server_outdated"):
        return Outdated(message, server_side=code == "server_outdated")
    if code == "rate_limited":
        return RateLimited(message, retry_after=int(retry_after or 5))
    if code == "batch_reused":
        return BatchReused(message)
    if code == "forbidden":
        return Forbidden(message)
    if code in ("bad_request", "not_found"):
        return ServerFailed(message)
    return ServerFailed(f"the team server refused the request: {message}")
