#!/usr/bin/env python3
"""Self-consistency audit of exported publication times against what pages state.

Why: the bench sets label only the day, while the hidden sets check the exact
time and the offset the page states. This script collects, for every page of the
given sets, the timestamps the page writes for machines (JSON-LD, meta tags,
``<time datetime>``, a Next.js / Nuxt state) and compares them with the exported
``datePublished`` of a ``quick_eval.py --dump`` run, one kind of disagreement per
page (the first that applies, in the order of ``KINDS``).

Usage, from the project's root::

    python benchmarks/date_audit.py DUMP_DIR aeb trafeval wcxb dates india
        [--examples KIND] [--json OUT]

A second table says, for every exported date, whether it keeps the time and offset its
own raw text states (``RAW_KINDS``). It only reads ``../shared/bench`` and the dump; it judges nothing by itself: a
disagreement is where to look, the page's visible line says who is right.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterator

import lxml.html

from newsspider.dates import parse_date

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"

#: Kinds of outcome, in the order they are tested.
KINDS = (
    "ok", "ok_zone_added", "ok_shown_local", "no_stated_time", "missing", "other_day", "time_dropped_offset",
    "time_dropped_no_offset",
    "offset_changed", "utc_for_local", "seconds_lost", "half_day", "modified", "far", "other_instant",
)

_PUBLISHED_META = {
    "article:published_time", "og:article:published_time", "og:published_time", "parsely-pub-date",
    "sailthru.date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "pubdate",
    "publish-date", "publishdate", "datepublished", "article:published", "publication_date",
}
_MODIFIED_META = {"article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified"}
_STATE_KEY = re.compile(
    r'"(?P<key>publishedAt|datePublished|publishDate|published_at|publishedDate|firstPublished\w*|'
    r'publicationDate|pubDate|dateModified|updatedAt|modifiedAt)"\s*:\s*"(?P<value>[^"]{10,40})"')
_ISO = re.compile(
    r"\s*(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)(?:[T ](?P<h>\d\d):(?P<mi>\d\d)(?::(?P<s>\d\d)(?P<f>[.,]\d+)?)?"
    r"\s*(?P<z>Z|UTC|GMT|[+-]\d\d:?\d\d|[+-]\d\d)?)?")


@dataclass(frozen=True)
class Stamp:
    """A timestamp as written: wall clock, whether it has a time, seconds, its offset."""

    wall: datetime
    timed: bool
    seconds: bool
    offset: timedelta | None
    kind: str  # published | modified
    source: str
    raw: str

    def instant(self) -> datetime | None:
        return self.wall.replace(tzinfo=timezone(self.offset)) if self.timed and self.offset is not None else None


def parse_stamp(raw: str, kind: str, source: str) -> Stamp | None:
    """An ISO 8601 text (or epoch seconds/milliseconds) as a Stamp; None for anything else."""
    raw = raw.strip()
    if re.fullmatch(r"\d{10}|\d{13}", raw):
        moment = datetime.fromtimestamp(int(raw[:10]), timezone.utc).replace(tzinfo=None)
        return Stamp(moment, True, True, timedelta(0), kind, source, raw)
    match = _ISO.match(raw)
    if not match:
        return None
    try:
        wall = datetime(int(match["y"]), int(match["mo"]), int(match["d"]),
                        int(match["h"] or 0), int(match["mi"] or 0), int(match["s"] or 0))
    except ValueError:
        return None
    return Stamp(wall, match["h"] is not None, match["s"] is not None, _offset(match["z"]), kind, source, raw)


def _offset(text: str | None) -> timedelta | None:
    if text is None:
        return None
    if text in ("Z", "UTC", "GMT"):
        return timedelta(0)
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))


def stated(html: str) -> list[Stamp]:
    """The page's machine-written timestamps, most trusted sources first."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    found = [*_jsonld(tree), *_metas(tree), *_times(tree), *_state(tree)]
    return [s for s in found if s is not None]


def visible_text(html: str) -> str:
    """The page's text without scripts and styles, and its ``title`` attributes (a
    ``<time>`` or ``<abbr>`` may show its full time on hover)."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for element in tree.xpath("//script|//style|//noscript"):
        element.drop_tree()
    return " ".join([tree.text_content(), *tree.xpath("//@title")])


def _jsonld(tree: Any) -> Iterator[Stamp | None]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        for obj in _objects(data):
            for key, kind in (("datePublished", "published"), ("dateCreated", "published"),
                              ("dateModified", "modified")):
                if isinstance(obj.get(key), str):
                    yield parse_stamp(obj[key], kind, "jsonld")


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    """The JSON-LD objects of a block, walked here rather than with ``extract.jsonld``'s
    walk: the audit reads the page's stamps on its own, so that a fault of the reader
    under audit does not hide itself."""
    if isinstance(data, list):
        for value in data:
            yield from _objects(value)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            yield from _objects(data.get(key))


def _metas(tree: Any) -> Iterator[Stamp | None]:
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        kind = "published" if key in _PUBLISHED_META else "modified" if key in _MODIFIED_META else None
        if kind:
            yield parse_stamp(meta.get("content"), kind, "meta:" + key)


def _times(tree: Any) -> Iterator[Stamp | None]:
    for element in tree.xpath("//time[@datetime]"):
        marks = " ".join(filter(None, (element.get("class"), element.get("itemprop"), element.getparent().get("class")
                                       if element.getparent() is not None else None))).lower()
        if element.xpath("ancestor::*[contains(@class,'comment') or contains(@id,'comment')]"):
            continue
        in_story = element.xpath("ancestor::article or ancestor::header or ancestor::*[contains(@class,'byline')]")
        if not (in_story or "publish" in marks or element.get("pubdate") is not None):
            continue
        kind = "modified" if re.search(r"modif|updat", marks) else "published"
        yield parse_stamp(element.get("datetime"), kind, "time")


def _state(tree: Any) -> Iterator[Stamp | None]:
    for script in tree.xpath('//script[@id="__NEXT_DATA__" or contains(text(), "__NUXT__")]'):
        for match in list(_STATE_KEY.finditer(script.text or ""))[:4]:
            kind = "modified" if re.search(r"odif|pdat", match["key"]) else "published"
            yield parse_stamp(match["value"], kind, "state")


def classify(stamps: list[Stamp], got: str | None, text: str = "") -> tuple[str, Stamp | None]:
    """The kind of (dis)agreement between the page's stamps and the exported value,
    with the stamp it was judged against (``text``: the page's visible text, where a
    UTC stamp traded for the same instant at a local offset is looked for)."""
    published = [s for s in stamps if s.kind == "published" and s.timed]
    if all(s.wall.time() == datetime.min.time() for s in published):
        return "no_stated_time", None
    first = published[0]
    if not got:
        return "missing", first
    mine = parse_stamp(got, "published", "export")
    assert mine is not None, got
    if not mine.timed:
        published = [s for s in published if abs((s.wall.date() - mine.wall.date()).days) <= 1]
        if not published:
            return "other_day", first
        with_offset = next((s for s in published if s.offset is not None), None)
        return ("time_dropped_offset", with_offset) if with_offset else ("time_dropped_no_offset", first)
    for test, kind in ((_same, "ok"), (_zone_added, "ok_zone_added"), (_same_instant, "offset_changed"),
                       (_same_wall, "utc_for_local"), (_same_minute, "seconds_lost"), (_half_day, "half_day")):
        hit = next((s for s in published if test(s, mine)), None)
        if hit:
            if kind == "offset_changed" and shows_clock(text, mine.wall):
                kind = "ok_shown_local"
            return kind, hit
    modified = next((s for s in stamps if s.kind == "modified" and s.timed and _near_minute(s, mine)), None)
    if modified:
        return "modified", modified
    days = [abs((s.wall.date() - mine.wall.date()).days) for s in stamps]
    return ("far" if min(days) > 2 else "other_instant"), first


def shows_clock(text: str, wall: datetime) -> bool:
    """Whether the text shows this wall-clock minute (24-hour or 12-hour, ``:``, ``.`` or ``h``)."""
    hour12 = wall.hour % 12 or 12
    hours = {f"{wall.hour:02d}", str(wall.hour), str(hour12), f"{hour12:02d}"}
    pattern = rf"(?<!\d)(?:{'|'.join(hours)})\s?[:.hH]\s?{wall.minute:02d}(?!\d)"
    return re.search(pattern, text) is not None


def _same(s: Stamp, mine: Stamp) -> bool:
    return s.offset is not None and s.offset == mine.offset and s.wall == mine.wall


def _zone_added(s: Stamp, mine: Stamp) -> bool:
    return s.offset is None and s.wall == mine.wall


def _same_instant(s: Stamp, mine: Stamp) -> bool:
    return s.instant() is not None and s.instant() == mine.instant()


def _same_wall(s: Stamp, mine: Stamp) -> bool:
    """The same wall-clock minute at another offset: a local time read as UTC, or the reverse."""
    return s.wall.replace(second=0) == mine.wall.replace(second=0) and s.offset is not None and s.offset != mine.offset


def _same_minute(s: Stamp, mine: Stamp) -> bool:
    a, b = s.instant(), mine.instant()
    return a is not None and b is not None and a.replace(second=0) == b.replace(second=0)


def _half_day(s: Stamp, mine: Stamp) -> bool:
    return abs(s.wall.replace(second=0) - mine.wall.replace(second=0)) == timedelta(hours=12)


def _near_minute(s: Stamp, mine: Stamp) -> bool:
    a, b = s.instant(), mine.instant()
    if a is not None and b is not None:
        return abs(a - b) < timedelta(minutes=1)
    return s.wall.replace(second=0) == mine.wall.replace(second=0)


#: How the exported value keeps what its own raw text states (``raw_kind``).
RAW_KINDS = ("raw_offset_kept", "raw_offset_changed", "raw_time_zone_added", "raw_time_day_only", "raw_day")


def raw_kind(raw: str | None, got: str | None, downloaded: str | None) -> str | None:
    """Whether the exported ``datePublished`` keeps the time and offset its raw text states
    (the text read alone, with no zone: what the page says, before any guess)."""
    if not raw or not got:
        return None
    now = datetime.fromisoformat(downloaded) if downloaded else None
    alone = parse_date(raw, None, now)
    if not isinstance(alone, datetime):
        return "raw_day"
    mine = datetime.fromisoformat(got) if len(got) > 10 else None
    if alone.tzinfo is None:
        return "raw_time_zone_added" if mine is not None else "raw_time_day_only"
    if mine is not None and mine == alone and mine.utcoffset() == alone.utcoffset():
        return "raw_offset_kept"
    return "raw_offset_changed"


def audit(dump_dir: Path, name: str) -> list[dict[str, Any]]:
    """One row per page with an exported item: set, url, kind, expected day, got, the stamp."""
    pages = {p["url"]: p for p in json.loads((BENCH / name / "pages.json").read_text())}
    rows = []
    for entry in json.loads((dump_dir / f"{name}-newsspider.json").read_text()):
        got = entry.get("got")
        page = pages.get(entry["expected"]["url"])
        if not got or page is None:
            continue
        html = gzip.decompress((BENCH / name / page["file"]).read_bytes()).decode("utf-8", "replace")
        stamps = stated(html)
        kind, stamp = classify(stamps, got.get("datePublished"), visible_text(html))
        rows.append({"set": name, "url": page["url"], "kind": kind, "expected": page.get("date"),
                     "raw_kind": raw_kind(got.get("datePublishedRaw"), got.get("datePublished"),
                                          got.get("dateDownloaded")),
                     "got": got.get("datePublished"), "raw": got.get("datePublishedRaw"),
                     "stamp": f"{stamp.source} {stamp.raw}" if stamp else None,
                     "stamps": [f"{s.kind[0]} {s.source} {s.raw}" for s in stamps[:8]]})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--examples", help="print the pages of this kind")
    parser.add_argument("--json", type=Path, help="write all rows here")
    args = parser.parse_args()
    rows = [row for name in args.sets for row in audit(args.dump, name)]
    counts = Counter((row["set"], row["kind"]) for row in rows)
    print("kind".ljust(24) + "".join(name.rjust(10) for name in args.sets) + "total".rjust(8))
    for kind in KINDS:
        per_set = [counts[(name, kind)] for name in args.sets]
        print(kind.ljust(24) + "".join(str(n).rjust(10) for n in per_set) + str(sum(per_set)).rjust(8))
    raw_counts = Counter((row["set"], row["raw_kind"]) for row in rows)
    for kind in RAW_KINDS:
        per_set = [raw_counts[(name, kind)] for name in args.sets]
        print(kind.ljust(24) + "".join(str(n).rjust(10) for n in per_set) + str(sum(per_set)).rjust(8))
    if args.examples:
        for row in rows:
            if args.examples in (row["kind"], row["raw_kind"]):
                print(json.dumps(row, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
