"""Which network addresses a crawl may reach.

A page can link or redirect anywhere, including to the crawler's own network
(``http://127.0.0.1:6379/``, ``http://169.254.169.254/`` cloud metadata,
``http://10.0.0.5/admin``). Such requests are refused unless the crawl started
at that very host and port, or the user allows them with a setting. This
module only classifies; the downloader middleware applies the rule.
"""

from __future__ import annotations

import ipaddress

#: Host names that always mean this machine.
LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


def address_kind(host: str | None) -> str | None:
    """The kind of internal address ``host`` names (``loopback``, ``private``,
    ``link_local``, ``unspecified``, ``reserved``, ``multicast``), or None for a
    public address or a host name that is not an address."""
    if not host:
        return None
    host = host.strip("[]").lower().rstrip(".")
    if host in LOCAL_NAMES or host.endswith(".localhost"):
        return "loopback"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = _legacy_ipv4(host)
        if address is None:
            return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    for kind in ("loopback", "link_local", "unspecified", "multicast", "private", "reserved"):
        if getattr(address, f"is_{kind}"):
            return kind
    if isinstance(address, ipaddress.IPv4Address) and address in _SHARED_SPACE:
        return "private"
    return None


_SHARED_SPACE = ipaddress.ip_network("100.64.0.0/10")


def _legacy_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """Forms browsers and libc accept for IPv4 that ``ip_address`` refuses:
    ``2130706433``, ``0x7f000001``, ``0177.0.0.1``, ``127.1``."""
    parts = host.split(".")
    if not 1 <= len(parts) <= 4:
        return None
    try:
        numbers = [int(p, 0) if not (len(p) > 1 and p.startswith("0") and p[1:].isdigit()) else int(p, 8)
                   for p in parts]
    except ValueError:
        return None
    if any(n < 0 for n in numbers):
        return None
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (4 - len(head)):
        return None
    value = 0
    for n in head:
        value = value * 256 + n
    value = value * 256 ** (4 - len(head)) + last
    return ipaddress.IPv4Address(value)
