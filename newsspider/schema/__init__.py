"""The published JSON Schema of an exported line, and checks against it.

``article.schema.json`` ships inside the package (package data), so a
downstream reader can load it with ``importlib.resources`` or from here as
:data:`SCHEMA`. Full validation needs ``jsonschema`` (the ``test`` and
``monitor`` extras); without it :func:`validate_line` checks only the keys
and the required fields, and :func:`checks_available` says so.
"""

from __future__ import annotations

import functools
import json
import re
from importlib.resources import files
from typing import Any

from itemadapter import ItemAdapter

from newsspider.items import EXPORT_FIELDS

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
    """Whether ``jsonschema`` is installed, i.e. whether lines are checked in full."""
    return _validator() is not None


def line_of(item: Any) -> dict[str, Any]:
    """The exported form of ``item``: its exported fields in order, as JSON values."""
    adapter = ItemAdapter(item)
    return json.loads(json.dumps({name: adapter.get(name) for name in EXPORT_FIELDS}, ensure_ascii=False, default=str))


def field_errors(line: dict[str, Any]) -> list[tuple[str, str]]:
    """``(field, message)`` for each way ``line`` breaks the schema; ``field`` is
    ``"<line>"`` for errors about the line as a whole."""
    validator = _validator()
    if validator is None:
        return _basic_errors(line)
    found = []
    for error in sorted(validator.iter_errors(line), key=lambda e: list(e.absolute_path)):
        found.append((_field(error), error.message if len(error.message) < 300 else error.message[:300] + "..."))
    return found


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
