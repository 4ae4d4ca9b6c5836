"""Who may talk to the studio: requests addressed to its own host and port (no DNS
rebinding), from its own pages (no other site's), and changes only with this run's token."""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field
from urllib.parse import urlsplit

SAFE_METHODS = {"GET", "HEAD"}
TOKEN_HEADER = "X-Studio-Token"


@dataclass
class Guard:
    host: str
    port: int
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))

    def hosts(self) -> set[str]:
        names = {self.host, "127.0.0.1", "localhost"} if self.host in (
            "127.0.0.1", "localhost") else {self.host}
        names |= {f"[{n}]" for n in names if ":" in n}  # IPv6 literals
        return {f"{n}:{self.port}" for n in names}

    def refuse(self, method: str, host: str | None, origin: str | None,
               token: str | None) -> str | None:
        """Why a request is refused, or None to let it through."""
        if (host or "").lower() not in self.hosts():
            return "this address is not the studio's"
        if origin is not None and origin != "null":
            parts = urlsplit(origin)
            if parts.scheme != "http" or parts.netloc.lower() not in self.hosts():
                return "requests from other sites are refused"
        elif origin == "null":
            return "requests from other sites are refused"
        if method not in SAFE_METHODS:
            if not token or not hmac.compare_digest(token, self.token):
                return "missing or wrong studio token (reload the page)"
        return None
