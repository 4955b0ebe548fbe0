"""Checks exported JSON Lines against the published schema; imported by tests.

Usage: ``assert_valid_lines(path.read_text("utf-8").splitlines())``.
"""

from __future__ import annotations

import json

from newsspider.items import EXPORT_FIELDS
from newsspider.schema import validate_line


def assert_valid_lines(lines: list[str]) -> None:
    """Every line is one JSON object with exactly the exported keys, in
    ``EXPORT_FIELDS`` order, valid against ``article.schema.json``."""
    assert lines, "no lines to check"
    problems = []
    for number, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except ValueError as exc:
            problems.append(f"line {number}: not JSON ({exc}): {line[:80]!r}")
            continue
        if not isinstance(obj, dict):
            problems.append(f"line {number}: not a JSON object: {line[:80]!r}")
            continue
        where = f"line {number} ({obj.get('url')})"
        if list(obj) != EXPORT_FIELDS:
            problems.append(f"{where}: keys {list(obj)} are not EXPORT_FIELDS in order {EXPORT_FIELDS}")
        problems += [f"{where}: {error}" for error in validate_line(obj)]
    assert not problems, "\n".join(problems)
