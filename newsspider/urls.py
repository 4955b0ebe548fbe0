"""One URL per story: tracking parameters, AMP and mobile forms folded away.

``canonical_url`` gives the URL to fetch and to export: the listed URL
without tracking parameters, fragment or user:password, its AMP form
replaced by the article's own URL where the rule is safe (the AMP marker is a
whole path segment, a ``.amp`` suffix, an ``amp`` query flag or an ``amp.``
host), the mobile host (``m.``, ``mobile.``) replaced by ``www.``, the query
sorted (w3lib's ``canonicalize_url``). ``url_key`` is the story's identity:
the canonical URL with ``https``, without ``www.`` and trailing slash, so
that every address a publisher serves one story under gives the same key.

``url_problem`` says why a URL read from outside (a URL list, a feed, a
sitemap, a WARC record) cannot be requested at all, so that the reader counts
and names it (``newsspider/skipped/bad_url``) instead of letting Scrapy raise
while the crawl runs: one malformed line must not stop the others.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url, safe_url_string

#: Query parameters that only say how a reader arrived (campaigns, click ids).
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid", "ttclid",
    "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok",
    "ref", "ref_src", "ref_url", "referrer", "cmpid", "cmp", "icid", "ocid", "ito", "xtor",
    "ns_campaign", "ns_mchannel", "ns_source", "ns_linkname", "ns_fee",
    "at_medium", "at_campaign", "soc_src", "soc_trk", "sr_share", "spm", "share",
})
#: Prefixes of tracking parameter families (Google, Matomo).
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")
#: Query flags that ask for the AMP page, with the values that mean "yes".
AMP_PARAMS = {"amp": {"", "1", "true", "yes"}, "outputtype": {"amp"}, "_amp": {"true", "1"}}
#: Host prefixes of a site's mobile or AMP copy, served under ``www.`` too.
MIRROR_HOST = re.compile(r"^(?:m|mobile|amp)\.(?=[^.]+\.[^.]+)")
#: ``/amp/1`` (NDTV) and ``/amp`` ending a path; ``amp_articleshow`` (Times Internet).
TRAILING_AMP = re.compile(r"/amp(?:/\d{1,2})?/?$")
AMP_SHOW = re.compile(r"^amp_([a-z]+show)$")
DEFAULT_PORTS = {"http": 80, "https": 443}
#: Schemes of the URLs a listing may name.
WEB_SCHEMES = frozenset({"http", "https"})
#: Characters no host name holds (w3lib keeps them rather than refuse the URL).
_BAD_HOST = re.compile(r"[\s<>\"{}|\\^`%]|^\.|\.\.|^-|-$")


def on_domains(url: str, domains: Collection[str]) -> bool:
    """Whether ``url``'s host is one of ``domains`` or a subdomain of one (always,
    when ``domains`` is empty)."""
    if not domains:
        return True
    host = (urlsplit(url).hostname or "").rstrip(".")
    return any(host == d or host.endswith(f".{d}") for d in domains)


def joined(base: str, url: str) -> str:
    """``urljoin(base, url)``; ``url`` as written where it cannot be read
    (``http://[::1``), for :func:`url_problem` to name rather than a reader to raise."""
    try:
        return urljoin(base, url)
    except ValueError:
        return url


def url_problem(url: str, schemes: frozenset[str] = WEB_SCHEMES) -> str | None:
    """Why ``url`` cannot be requested (``"malformed: Port could not be cast to
    integer ..."``, ``"not absolute"``, ``"scheme 'ftp' not fetched"``, ``"no
    host"``, ``"bad host name"``), or None when it can. ``file`` URLs need no host."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 (raises ValueError for a port that is no number or out of range)
        safe_url_string(text)
    except ValueError as exc:
        return f"malformed: {exc}"
    scheme = parts.scheme.lower()
    if not scheme:
        return "not absolute"
    if scheme not in schemes:
        return f"scheme {scheme!r} not fetched"
    if "://" not in text:
        return "not absolute"
    if scheme == "file":
        return None
    host = parts.hostname or ""
    if not host:
        return "no host"
    if _BAD_HOST.search(host.rstrip(".")):
        return "bad host name"
    return None


def canonical_url(url: str) -> str:
    """The URL to fetch and export for ``url`` (see the module's docstring)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    host = MIRROR_HOST.sub("www.", host)
    netloc = f"[{host}]" if ":" in host else host
    if parts.port and parts.port != DEFAULT_PORTS.get(scheme):
        netloc = f"{netloc}:{parts.port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if _kept(k, v)])
    cleaned = urlunsplit((scheme, netloc, _article_path(parts.path), query, ""))
    return canonicalize_url(cleaned)


def url_key(url: str) -> str:
    """The story's identity: ``canonical_url`` with ``https``, no ``www.`` and no
    trailing slash (``/slug/`` and ``/slug`` are one page on news sites)."""
    parts = urlsplit(canonical_url(url))
    netloc = parts.netloc.removeprefix("www.")
    scheme = "https" if parts.scheme == "http" else parts.scheme
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((scheme, netloc, path, parts.query, ""))


def _kept(name: str, value: str) -> bool:
    lower = name.lower()
    if lower in TRACKING_PARAMS or lower.startswith(TRACKING_PREFIXES):
        return False
    return value.lower() not in AMP_PARAMS.get(lower, ())


def _article_path(path: str) -> str:
    """``path`` without its AMP markers.

    A leading or inner ``/amp/`` segment is dropped; a trailing one too, and the
    path then ends with ``/`` unless its last segment is a file (has a dot:
    ``story.html/amp`` → ``story.html``, ``/2021/06/slug/amp/`` → ``/2021/06/slug/``).
    """
    if TRAILING_AMP.search(path):
        path = TRAILING_AMP.sub("", path) or "/"
        if "." not in path.rsplit("/", 1)[-1] and not path.endswith("/"):
            path += "/"
    segments = [AMP_SHOW.sub(r"\1", s) for s in path.split("/") if s != "amp"]
    last = segments[-1] if segments else ""
    if last.endswith(".amp"):
        segments[-1] = last[: -len(".amp")]
    elif last.endswith(".amp.html"):
        segments[-1] = last[: -len(".amp.html")] + ".html"
    return "/".join(segments) or "/"
