"""Spider arguments (``-a NAME=VALUE``) checked before the crawl starts.

A spider raises :class:`ArgumentError` from ``__init__`` (or from
``check_start``, for what needs the settings) for an argument it cannot use;
the project's ``crawl`` command asks the spider class first
(``ArticleSpider.check_arguments``), before any crawler is made, and turns the
error into one line naming the argument and the form expected, with exit
status 2 (a usage error, as for any command-line mistake). Under ``scrapyd``
or a script, the same error stops the spider as it is created.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

#: Values of a yes/no argument.
YES = frozenset({"1", "true", "yes", "on"})
NO = frozenset({"0", "false", "no", "off"})


class ArgumentError(ValueError):
    """A spider argument the spider cannot use (or a required one missing)."""

    def __init__(self, name: str, value: str | None, expected: str) -> None:
        self.name, self.value, self.expected = name, value, expected
        given = f"-a {name}={value!r}" if value is not None else f"-a {name}"
        super().__init__(f"{given}: {expected}")


def parsed(name: str, value: str, parse: Callable[[str], T], expected: str) -> T:
    """``parse(value)``, or :class:`ArgumentError` naming ``name`` and ``expected``
    when it raises ``ValueError``."""
    try:
        return parse(value)
    except ValueError:
        raise ArgumentError(name, value, expected) from None


def yes_no(name: str, value: str | bool) -> bool:
    if isinstance(value, bool):
        return value
    word = value.strip().lower()
    if word in YES | NO:
        return word in YES
    raise ArgumentError(name, value, "give true or false")
