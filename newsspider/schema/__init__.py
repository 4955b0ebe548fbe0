"""The published JSON Schema of an exported line, and checks against it.

``article.schema.json`` ships inside the package (package data), so a
downstream reader can load it with ``importlib.resources`` or from here as
:data:`SCHEMA`. Full validation uses ``jsonschema`` (a dependency of
the project); in an environment without it :func:`validate_line` checks only the keys
and the required fields, and :func:`checks_available` says so.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import math
import re
import sys
from importlib.resources import files
from typing import Any

from itemadapter import ItemAdapter

from newsspider.items import EXPORT_FIELDS, Article

#: The schema, as a dict.
SCHEMA: dict[str, Any] = json.loads(files(__name__).joinpath("article.schema.json").read_text("utf-8"))

#: Fields a line that is not a tombstone must carry, non-empty.
REQUIRED = ("url", "headline", "articleBody")

_MISSING = re.compile(r"^'(?P<name>[^']+)' is a required property")


@functools.cache
def _validator() -> Any:
    try:
        import jsonschema
    except ImportError:
        return None
    cls = jsonschema.validators.validator_for(SCHEMA)
    cls.check_schema(SCHEMA)
    return cls(_inline_refs(SCHEMA, SCHEMA["$defs"]))


def _inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    """``node`` with each local ``$ref`` replaced by what it points to.

    Same meaning (a ``$ref`` beside other keywords applies both), and it makes
    jsonschema about four times faster on a line: the monitor validates every item.
    """
    if isinstance(node, list):
        return [_inline_refs(value, defs) for value in node]
    if not isinstance(node, dict):
        return node
    inlined: dict[str, Any] = {}
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        inlined.update(_inline_refs(defs[ref.removeprefix("#/$defs/")], defs))
    for name, value in node.items():
        if name not in ("$ref", "$defs"):
            inlined[name] = _inline_refs(value, defs)
    return inlined


def checks_available() -> bool:
    """Whether ``jsonschema`` is installed, i.e. whether lines are checked in full.

    Found without importing it: a crawl whose items all pass :func:`plainly_valid`
    never loads it (about 50 ms of start-up)."""
    if "jsonschema" in sys.modules:
        return sys.modules["jsonschema"] is not None
    return importlib.util.find_spec("jsonschema") is not None


def line_of(item: Any) -> dict[str, Any]:
    """The exported form of ``item``: its exported fields in order, as JSON values.

    An :class:`Article` whose values are all JSON's own (strings, numbers, lists,
    objects with string keys) is copied as it is: what a trip through JSON gives,
    at a tenth of its cost (0.10 -> 0.008 ms on a wcxb story; the contract and the
    monitor take every item's line)."""
    if type(item) is Article:
        values = {name: getattr(item, name) for name in EXPORT_FIELDS}
        try:
            return _json_copy(values)
        except _NotPlainJson:
            pass
    else:
        adapter = ItemAdapter(item)
        values = {name: adapter.get(name) for name in EXPORT_FIELDS}
    return json.loads(json.dumps(values, ensure_ascii=False, default=str))


class _NotPlainJson(Exception):
    """A value that a trip through JSON would change (a tuple, a date, a key not a string...)."""


def _json_copy(value: Any) -> Any:
    """``value`` copied, where it is made of JSON's own types only; else raises
    :class:`_NotPlainJson`."""
    kind = type(value)
    if kind is str or kind is bool or kind is int or value is None or (kind is float and math.isfinite(value)):
        return value
    if kind is list:
        return [_json_copy(member) for member in value]
    if kind is dict and all(type(name) is str for name in value):
        return {name: _json_copy(member) for name, member in value.items()}
    raise _NotPlainJson


def field_errors(line: dict[str, Any]) -> list[tuple[str, str]]:
    """``(field, message)`` for each way ``line`` breaks the schema; ``field`` is
    ``"<line>"`` for errors about the line as a whole."""
    if plainly_valid(line):  # then neither check below finds anything either
        return []
    validator = _validator()
    if validator is None:
        return _basic_errors(line)
    found = []
    for error in sorted(validator.iter_errors(line), key=lambda e: list(e.absolute_path)):
        found.append((_field(error), error.message if len(error.message) < 300 else error.message[:300] + "..."))
    return found


_DEFS = SCHEMA["$defs"]
_URL = re.compile(_DEFS["absoluteUrl"]["pattern"])
_ISO_DATE = re.compile(_DEFS["isoDate"]["pattern"])
_SHA256 = re.compile(_DEFS["sha256"]["pattern"])
_LANGUAGE = re.compile(SCHEMA["properties"]["inLanguage"]["pattern"])
_DOWNLOADED = re.compile(SCHEMA["properties"]["dateDownloaded"]["pattern"])
_KEYS = frozenset(SCHEMA["properties"])
_WARC = SCHEMA["properties"]["warc"]["properties"]
_WARC_FILE = re.compile(_WARC["file"]["pattern"])
_WARC_RECORD_ID = re.compile(_WARC["recordId"]["pattern"])
_TEXT = ("headline", "description", "articleBody", "agency", "dateline", "section", "publisher")


def plainly_valid(line: Any) -> bool:
    """Whether ``line`` matches the schema, by plain checks of each field (about
    twenty times faster than jsonschema, which the monitor runs on every item).

    True only where jsonschema would find no error; False also where the line
    is merely unusual (a float version, a tuple for a list): :func:`field_errors`
    then asks jsonschema, which gives the verdict and the messages. The patterns
    are the schema's own, applied with ``re.search`` as jsonschema applies them.
    """
    if type(line) is not dict or line.keys() != _KEYS:
        return False
    removed = line["removed"]
    if removed is not None and type(removed) is not bool:
        return False
    if removed is not True and not all(type(line[name]) is str for name in ("headline", "articleBody", "contentHash")):
        return False
    for name in _TEXT:
        value = line[name]
        if value is not None and (type(value) is not str or not value):
            return False
    url, canonical, image = line["url"], line["canonicalUrl"], line["mainImage"]
    if type(url) is not str or not _URL.search(url):
        return False
    if canonical is not None and (type(canonical) is not str or not _URL.search(canonical)):
        return False
    if image is not None and (type(image) is not dict or image.keys() != {"url"}
                              or type(image["url"]) is not str or not _URL.search(image["url"])):
        return False
    for name, pattern in (("datePublished", _ISO_DATE), ("dateModified", _ISO_DATE), ("inLanguage", _LANGUAGE),
                          ("contentHash", _SHA256), ("previousContentHash", _SHA256)):
        value = line[name]
        if value is not None and (type(value) is not str or not pattern.search(value)):
            return False
    if any(line[name] is not None and type(line[name]) is not str for name in ("datePublishedRaw", "dateModifiedRaw")):
        return False
    authors, keywords = line["authors"], line["keywords"]
    if type(authors) is not list or not all(
        type(author) is dict and author.keys() == {"name"} and type(author["name"]) is str and author["name"]
        for author in authors
    ):
        return False
    if type(keywords) is not list or not all(type(k) is str and k for k in keywords) or len(set(keywords)) != len(keywords):
        return False
    if line["isAccessibleForFree"] is not None and type(line["isAccessibleForFree"]) is not bool:
        return False
    version, downloaded, spider = line["version"], line["dateDownloaded"], line["spider"]
    if version is not None and (type(version) is not int or version < 1):
        return False
    if line["warc"] is not None and not _plain_warc_location(line["warc"]):
        return False
    return type(downloaded) is str and bool(_DOWNLOADED.search(downloaded)) and type(spider) is str and bool(spider)


def _plain_warc_location(value: Any) -> bool:
    return (type(value) is dict and value.keys() == {"file", "offset", "recordId"}
            and type(value["file"]) is str and bool(_WARC_FILE.search(value["file"]))
            and type(value["offset"]) is int and value["offset"] >= 0
            and type(value["recordId"]) is str and bool(_WARC_RECORD_ID.search(value["recordId"])))


def validate_line(line: dict[str, Any]) -> list[str]:
    """Errors of ``line`` (a parsed JSON line) against the schema, as ``"field: message"``; [] when valid."""
    return [f"{name}: {message}" for name, message in field_errors(line)]


def _field(error: Any) -> str:
    if error.absolute_path:
        return str(error.absolute_path[0])
    if error.validator == "required":
        missing = _MISSING.match(error.message)
        if missing:
            return missing.group("name")
    return "<line>"


def _basic_errors(line: dict[str, Any]) -> list[tuple[str, str]]:
    """What can be checked without ``jsonschema``: the keys and the required fields."""
    found = [(name, "is a required property") for name in EXPORT_FIELDS if name not in line]
    found += [("<line>", f"unexpected key {name!r}") for name in line if name not in EXPORT_FIELDS]
    if line.get("removed") is not True:
        found += [(name, "must be a non-empty string") for name in REQUIRED if not _text(line.get(name))]
    return found


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value)
