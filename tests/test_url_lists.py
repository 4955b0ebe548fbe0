"""URLs read from outside: ``url_problem`` (one check for URL lists, feeds,
sitemaps and WARC records) and the article spider's URL lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsspider.arguments import ArgumentError
from newsspider.spiders.article import read_url_list
from newsspider.urls import url_problem

PROBLEMS = [
    ("http://:broken.html", "malformed: Port could not be cast to integer"),
    ("http://example.com:99999/story", "malformed: Port out of range"),
    ("http://[::1/story", "malformed: Invalid IPv6 URL"),
    ("http://exa mple.com/story", "bad host name"),
    ("http://news..example.com/story", "bad host name"),
    ("http:///story.html", "no host"),
    ("javascript:void(0)", "scheme 'javascript' not fetched"),
    ("mailto:desk@example.com", "scheme 'mailto' not fetched"),
    ("ftp://example.com/a.html", "scheme 'ftp' not fetched"),
    ("/2026/12/04/story.html", "not absolute"),
    ("www.example.com/story", "not absolute"),
]
GOOD = [
    "https://example.com/2026/12/04/story.html",
    "HTTPS://WWW.EXAMPLE.COM/Story?id=1",
    "http://127.0.0.1:8080/a.html",
    "http://[::1]:8080/a.html",
    "https://exämple.de/straße",
    "https://example.com/a b",
    " https://example.com/padded ",
]


@pytest.mark.parametrize(("url", "problem"), PROBLEMS)
def test_url_problem_names_what_is_wrong(url: str, problem: str) -> None:
    assert (url_problem(url) or "").startswith(problem)


@pytest.mark.parametrize("url", GOOD)
def test_good_urls_have_no_problem(url: str) -> None:
    assert url_problem(url) is None


def test_file_urls_only_where_allowed() -> None:
    assert url_problem("file:///tmp/page.html") == "scheme 'file' not fetched"
    assert url_problem("file:///tmp/page.html", frozenset({"http", "https", "file"})) is None


def test_bad_lines_are_set_aside_and_the_rest_kept(tmp_path: Path) -> None:
    (tmp_path / "saved.html").write_text("<html></html>", "utf-8")
    listing = tmp_path / "urls.txt"
    listing.write_text("# pages\nhttps://example.com/a.html\nhttp://:broken.html\n\nsaved.html\n"
                       "https://example.com/b.html\nmissing.html\n", "utf-8")
    read = read_url_list(str(listing))
    assert read.urls == ["https://example.com/a.html", (tmp_path / "saved.html").as_uri(), "https://example.com/b.html"]
    assert [(b.number, b.text) for b in read.bad] == [(3, "http://:broken.html"), (7, "missing.html")]
    assert read.bad[1].problem == "neither a URL nor a path to a file"


def test_a_file_that_is_not_a_url_list_is_refused(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# A project\n\nIt archives news.\nRun it with scrapy.\nhttps://example.com/docs\n", "utf-8")
    with pytest.raises(ArgumentError, match=r"not a URL list: 1 of 3 lines can be fetched \(line 3: 'It archives"):
        read_url_list(str(readme))


def test_a_missing_list_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ArgumentError, match="no such file") as refused:
        read_url_list(str(tmp_path / "does-not-exist.txt"))
    assert refused.value.name == "urls"
    with pytest.raises(ArgumentError, match="no such file"):
        read_url_list(str(tmp_path / "saved-page.html"))


def test_a_list_of_only_bad_urls_is_refused() -> None:
    with pytest.raises(ArgumentError, match="0 of 2 lines"):
        read_url_list("http://:broken.html,http:///nohost")


def test_lines_no_file_system_takes_as_names_are_bad_lines(tmp_path: Path) -> None:
    """A prose line longer than a file name may be (a README's table row) or with a NUL
    byte is a bad line, not an OSError that ends the run."""
    listing = tmp_path / "urls.txt"
    good = "".join(f"https://example.com/{n}.html\n" for n in range(3))
    listing.write_text(good + "| a table row " * 40 + "|\nbad\x00name.html\n", "utf-8")
    read = read_url_list(str(listing))
    assert read.urls == [f"https://example.com/{n}.html" for n in range(3)]
    assert [b.number for b in read.bad] == [4, 5]
    assert {b.problem for b in read.bad} == {"neither a URL nor a path to a file"}
