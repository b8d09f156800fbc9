"""The IP address on a redacted person's line: the connection a sign-in log, an alert or a data-breach notice
records beside the person's name, e-mail address or account ("user=j.devries@amersfoort.nl src=83.84.21.190",
"Rachid Bouzerda | ... | rbouzerda1979@gmail.com | 2a02:a45e:1c07::7b10"). A home or a phone's connection points
to one household as the name does (Woo 5.1.2e).

Only a public address (no private network's, loopback's or documentation's) on the same line as the person's span,
or in a cell on the same row of a table whose cells the text puts on lines of their own. A server's, a gateway's or
an attacker's address on a line that names no one stays. (An address after its label or beside a consumer provider
is a custom detector's, ``ip_adres`` in the configuration.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Explanation
from .grammar import compiled
from .merge import Merged
from .near_person import _inside

__all__ = ["ip_addresses_of_persons"]

_IPV4 = compiled(
    r"(?<![\w.:-])(?!10\.|127\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|0\.|169\.254\.|192\.0\.2\.|198\.51\.100\.|"
    r"203\.0\.113\.|22[4-9]\.|2[3-5]\d\.)(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\w.:-]*\d)"
)
# a global unicast IPv6 address (2000::/3), three groups or more, at least one of them with a letter or a "::"
# (no clock's "20:15:33": its groups are no four hex digits)
_IPV6 = compiled(
    r"(?<![\w:.-])(?i:[23][0-9a-f]{3}:(?:[0-9a-f]{0,4}:){1,6}[0-9a-f]{0,4})(?![\w:])"
    r"(?<=(?i:[a-f][0-9a-f:]*|::[0-9a-f:]*))"
)
_OWNERS = frozenset({"PERSON", "EMAIL_ADDRESS", "USERNAME"})
_WHY = "a public IP address on the line of a redacted person's name, e-mail address or account: their connection"


def ip_addresses_of_persons(
    text: str, spans: Sequence[Merged], taken: Sequence[Merged], beside: Callable[[int, int], bool]
) -> list[Merged]:
    """The public IP addresses on the line (or the table row) of a redacted person's span in ``spans``."""
    if "." not in text and ":" not in text:
        return []
    owners = sorted((m.start, m.end) for m in spans if m.entity in _OWNERS)
    if not owners:
        return []
    out: list[Merged] = []
    for pattern in (_IPV4, _IPV6):
        for m in pattern.finditer(text):
            if _inside(taken, m.start(), m.end()) or _inside(out, m.start(), m.end()):
                continue
            lo = text.rfind("\n", 0, m.start()) + 1
            hi = text.find("\n", m.end())
            hi = len(text) if hi < 0 else hi
            on_line = any(s < hi and e > lo for s, e in owners)
            if on_line or any(beside(s, m.start()) or beside(m.start(), s) for s, _ in owners):
                out.append(Merged(m.start(), m.end(), "IP_ADDRESS", (Explanation("ip_of_person", 0.7, _WHY),)))
    return out
