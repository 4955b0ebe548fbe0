"""Syndication: normalisation, signature, and the index's matching rule.

The stories (``tests/helpers/wirestories.py``) are written for these tests,
in the shape of wire copy (dateline and credit opening, short paragraphs, a
credit or boilerplate line at the end) as Indian and international sites carry it.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

import numpy as np
import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from newsspider import openlock
from newsspider.pipelines.syndication import SyndicationPipeline
from newsspider.syndication import index as index_module
from newsspider.syndication.index import (
    PRUNE_EVERY, SCHEMA_VERSION, MemoryStorage, SqliteStorage, SyndicationIndex, is_copy, story_id)
from newsspider.syndication.signature import (
    MAX_WORDS, NUM_PERM, SEED, _permutations, minhash, normalise, opening, shingles, signature, story_text, words)
from tests.helpers.wirestories import FOLLOW_UP, MATCH_A, MATCH_B, STORY, body


@pytest.mark.parametrize(("text", "expected"), [
    ("RBI keeps Repo Rate at 6.5%, says Das", "rbi keeps repo rate at 6 5 says das"),
    ("India beat Australia 3–1; “Kohli’s 86*”", "india beat australia 3 1 kohli s 86"),
    ("ＡＢＣ  news\u00a0today", "abc news today"),
    ("Ürün fiyatları ARTTI", "ürün fiyatları artti"),  # locale-free casefold: I → i
])
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(("raw", "kept"), [
    ("New Delhi, Aug 8 (PTI) The Reserve Bank kept rates.\n\n(PTI)", "The Reserve Bank kept rates."),
    ("MUMBAI (Reuters) - The Reserve Bank kept rates.\n\n(With inputs from agencies)", "The Reserve Bank kept rates."),
    ("The Reserve Bank kept rates.\n\n— AFP", "The Reserve Bank kept rates."),
    ("The Reserve Bank kept rates.\n\nPTI SKS RG", "The Reserve Bank kept rates."),
    ("The Reserve Bank kept rates.\n\n(Only the headline and picture of this report may have been reworked by"
     " the staff; the rest of the content is auto-generated from a syndicated feed.)", "The Reserve Bank kept rates."),
    ("The Reserve Bank kept rates.\n\nAlso Read: Sensex ends higher", "The Reserve Bank kept rates."),
    ("Reuters reported that the Reserve Bank kept rates.", "Reuters reported that the Reserve Bank kept rates."),
])
def test_story_text_drops_credits(raw: str, kept: str) -> None:
    assert story_text(raw) == kept


def test_shingles() -> None:
    assert shingles(["a", "b", "c"]).tolist() == [4076480882]
    assert shingles([]).tolist() == []
    assert len(shingles("one two three four five six seven".split())) == 3
    assert len(shingles("a b c d e a b c d e".split())) == 5  # distinct runs only
    assert shingles("a b c d e f".split()).dtype == np.uint32


def test_signature_reads_the_opening_only() -> None:
    words = [f"word{n}" for n in range(MAX_WORDS + 300)]
    assert opening(" ".join(words)) == " ".join(words[:MAX_WORDS])
    assert opening("a  b\n\nc", 2) == "a b"
    long_a = " ".join(words)
    long_b = " ".join(words[:MAX_WORDS] + [f"other{n}" for n in range(500)])
    signed_a, signed_b = signature(long_a), signature(long_b)
    assert signed_a.values.tolist() == signed_b.values.tolist() and signed_a.shingles == signed_b.shingles


def test_signature_of_empty_body_is_none() -> None:
    assert signature("(PTI)") is None
    assert signature("") is None


def test_signature_values_are_pinned() -> None:
    """Signatures are stored in the index for a week and compared across
    machines: the values of one body must never change."""
    signed = signature("The Reserve Bank of India kept its repo rate unchanged at 6.5 per cent on Thursday.")
    assert signed is not None and signed.shingles == 13
    assert signed.values.dtype == np.uint32 and len(signed.values) == NUM_PERM
    assert signed.values[:6].tolist() == [177252054, 196503009, 16765208, 249574594, 729957485, 213212191]


@pytest.mark.parametrize("text", [STORY[0], " ".join(STORY), " ".join(FOLLOW_UP), "one two"])
def test_minhash_is_the_minimum_of_each_permutation(text: str) -> None:
    """MinHash value ``i`` is the least ``a_i * h + b_i`` (mod 2**32) over the
    shingle hashes ``h``, datasketch's affine32 permutations (seed SEED)."""
    grams = shingles(words(text))
    a, b = _permutations(NUM_PERM, SEED)
    expected = [min((int(a[i]) * int(h) + int(b[i])) % 2**32 for h in grams) for i in range(NUM_PERM)]
    assert minhash(grams).tolist() == expected


@pytest.mark.parametrize(("mode", "enabled"), [("link", True), ("drop", True), (" Drop ", True),
                                               ("off", False), ("OFF", False), ("dedupe", False)])
def test_mode_setting(mode: str, enabled: bool, tmp_path) -> None:
    crawler = get_crawler(settings_dict={"NEWSSPIDER_SYNDICATED": mode, "NEWSSPIDER_STATE_DIR": str(tmp_path)})
    if enabled:
        pipeline = SyndicationPipeline.from_crawler(crawler)
        assert pipeline.mode == mode.strip().lower()
        pipeline.index.close()
    else:
        with pytest.raises(NotConfigured):
            SyndicationPipeline.from_crawler(crawler)


COPIES = {
    "different credit": body(STORY, "New Delhi, Aug 8 (PTI) ", "(PTI)"),
    "agency inputs": body(STORY, "MUMBAI: ", "With inputs from agencies"),
    "dash credit": body(STORY, "", "— AFP"),
    "paragraph added": body(STORY[:4] + ["The decision was in line with a poll of 40 economists by the"
                                         " newspaper, 34 of whom had expected no change this time."] + STORY[4:]),
    "last paragraphs cut": body(STORY[:6], "NEW DELHI (Reuters) - "),
    "cut and boilerplate": body(STORY[:5], "", "(This story has not been edited by our staff and is"
                                                " auto-generated from a syndicated feed.)"),
}


@pytest.mark.parametrize("name", sorted(COPIES))
def test_copies_are_one_story(name: str) -> None:
    original = signature(body(STORY))
    copy = signature(COPIES[name])
    assert original is not None and copy is not None
    assert is_copy(original, copy), (name, original.jaccard(copy), original.containment(copy))


@pytest.mark.parametrize(("a", "b"), [
    (STORY, FOLLOW_UP),             # a story and its follow-up an hour later
    (MATCH_A, MATCH_B),             # two reports on one match
    (STORY, STORY[:2] + FOLLOW_UP),  # a follow-up that repeats the first two paragraphs
])
def test_different_stories_on_one_event_are_not(a: list[str], b: list[str]) -> None:
    first, second = signature(body(a)), signature(body(b))
    assert first is not None and second is not None
    assert not is_copy(first, second), (first.jaccard(second), first.containment(second))


def test_index_links_copies_to_the_first() -> None:
    index = SyndicationIndex(SqliteStorage(":memory:", window=7 * 86400))
    first = index.place("https://a.example/rbi", signature(body(STORY)))
    assert (first.story_id, first.duplicate_of, first.outcome) == (story_id("https://a.example/rbi"), None, "new")
    for n, name in enumerate(sorted(COPIES)):
        placed = index.place(f"https://site{n}.example/{name}", signature(COPIES[name]))
        assert (placed.story_id, placed.duplicate_of, placed.outcome) == (first.story_id, "https://a.example/rbi", "copy")
        assert 0.3 <= placed.similarity <= 1.0
    other = index.place("https://b.example/markets", signature(body(FOLLOW_UP)))
    assert other.story_id != first.story_id and other.duplicate_of is None


def test_updated_story_keeps_its_story_id() -> None:
    index = SyndicationIndex(SqliteStorage(":memory:", window=7 * 86400))
    first = index.place("https://a.example/rbi", signature(body(STORY)))
    updated = index.place("https://a.example/rbi", signature(body(FOLLOW_UP)))
    assert (updated.story_id, updated.duplicate_of, updated.outcome) == (first.story_id, None, "known")


def test_crawls_sharing_an_index_file_take_turns(tmp_path) -> None:
    """Two crawls at once share one index file: a placement is a write
    transaction, so the second waits for the first and links its copy to it."""
    path = tmp_path / "syndication.sqlite3"
    first_crawl = SyndicationIndex(SqliteStorage(path, window=7 * 86400))
    second_crawl = SqliteStorage(path, window=7 * 86400)
    second_crawl.db.execute("PRAGMA busy_timeout = 0")
    with first_crawl.storage.exclusive():
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            with second_crawl.exclusive():
                pass
    first_crawl.place("https://a.example/rbi", signature(body(STORY)))
    placed = SyndicationIndex(second_crawl).place("https://b.example/rbi", signature(COPIES["dash credit"]))
    assert (placed.outcome, placed.duplicate_of) == ("copy", "https://a.example/rbi")


def test_window_prunes_old_copies(tmp_path) -> None:
    path = tmp_path / "syndication.sqlite3"
    index = SyndicationIndex(SqliteStorage(path, window=86400))
    index.place("https://a.example/rbi", signature(body(STORY)), seen=1_000_000.0)
    index.close()
    reopened = SqliteStorage(path, window=86400)
    assert reopened.pruned == 1
    placed = SyndicationIndex(reopened).place("https://b.example/rbi", signature(COPIES["dash credit"]))
    assert placed.outcome == "new"


def test_pruning_deletes_expired_copies_and_their_band_rows(tmp_path) -> None:
    """Pruning walks from the earliest copy and stops at the first one in the
    window; each pruned copy's band rows go with it (found by key, no scan)."""
    storage = SqliteStorage(tmp_path / "syndication.sqlite3", window=1000)
    index = SyndicationIndex(storage)
    index.place("https://a.example/old", signature(body(STORY)), seen=5000.0)
    index.place("https://b.example/old", signature(body(MATCH_A)), seen=5100.0)
    index.place("https://c.example/new", signature(body(MATCH_B)), seen=5900.0)
    assert storage.db.execute("SELECT COUNT(*) FROM bands").fetchone()[0] == 60
    assert storage.prune(now=6050.0) == 1
    assert storage.prune(now=6050.0) == 0
    assert storage.prune(now=6800.0) == 1  # c (5900) is still in the window
    ids = [row[0] for row in storage.db.execute("SELECT id FROM copies")]
    assert len(ids) == 1
    assert storage.db.execute("SELECT COUNT(*) FROM bands WHERE copy != ?", (ids[0],)).fetchone()[0] == 0
    placed = index.place("https://d.example/rbi", signature(COPIES["dash credit"]), seen=6800.0)
    assert placed.outcome == "new"


def test_pruning_runs_as_the_index_grows(tmp_path) -> None:
    storage = SqliteStorage(tmp_path / "syndication.sqlite3", window=86400)
    index = SyndicationIndex(storage)
    index.place("https://a.example/rbi", signature(body(STORY)), seen=1_000_000.0)
    for n in range(PRUNE_EVERY - 1):
        index.place(f"https://b.example/{n}", signature(f"story number {n} " + body(MATCH_A)))
    assert storage.pruned == 1
    assert index.place("https://c.example/rbi", signature(COPIES["dash credit"])).outcome == "new"


def test_index_of_another_schema_version_is_rebuilt(tmp_path) -> None:
    import sqlite3

    path = tmp_path / "syndication.sqlite3"
    old = sqlite3.connect(path)
    old.executescript("CREATE TABLE copies (id INTEGER PRIMARY KEY, story TEXT); INSERT INTO copies VALUES (1, 'x');"
                      "CREATE TABLE bands (key INTEGER, copy INTEGER);")
    old.close()
    storage = SqliteStorage(path, window=86400)
    assert storage.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert SyndicationIndex(storage).place("https://a.example/rbi", signature(body(STORY))).outcome == "new"


def _placed_everywhere(storage, monkeypatch) -> list:
    """A run of stories placed in ``storage``: copies, stories on one event, URLs seen
    again, and enough of them, spread over time, that pruning deletes some."""
    monkeypatch.setattr(index_module.time, "time", lambda: 1_000_000.0)  # pruning's "now"
    texts = [body(STORY), body(MATCH_A), body(MATCH_B), body(FOLLOW_UP), *(COPIES[name] for name in sorted(COPIES))]
    index = SyndicationIndex(storage)
    placed = []
    for n in range(3 * PRUNE_EVERY + 17):
        url = f"https://site{n % 7}.example/{n % 150}"  # a URL placed again: known
        placed.append(index.place(url, signature(f"{texts[n % len(texts)]} {'x' * (n % 3)}"),
                                  seen=1_000_000.0 - 3000 + 10 * n))
    placed.append(storage.pruned)
    placed.append([entry.id for entry in storage.candidates(signature(body(STORY)).band_keys(), 4)])
    return placed


def test_the_memory_index_places_as_sqlite_does(monkeypatch) -> None:
    """Same placements, pruning and ids in dicts, in SQLite, and in dicts moved to SQLite midway."""
    expected = _placed_everywhere(SqliteStorage(":memory:", window=1000), monkeypatch)
    assert expected[-2] > 0  # pruned some
    assert _placed_everywhere(MemoryStorage(window=1000), monkeypatch) == expected
    moved = MemoryStorage(window=1000, limit=40)
    assert _placed_everywhere(moved, monkeypatch) == expected
    assert moved.sqlite is not None and not moved.copies


def test_a_crawl_without_state_indexes_in_memory() -> None:
    from newsspider.pipelines.syndication import sqlite_storage

    crawler = get_crawler(settings_dict={"NEWSSPIDER_STATE_ENABLED": False})
    assert isinstance(sqlite_storage(crawler), MemoryStorage)


def test_crawls_opening_the_index_file_take_turns(tmp_path, monkeypatch) -> None:
    """A crawl switching the file to WAL while another crawl writes to it is refused at
    once ("database is locked", the busy timeout not waited), so crawls started together
    open it one at a time (``newsspider.openlock``): the switch and the tables are made
    while the crawl holds the lock file beside the index."""
    path = tmp_path / "syndication.sqlite3"
    writing = sqlite3.connect(path, isolation_level=None)
    writing.execute("CREATE TABLE other_crawls_write (x)")
    writing.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        sqlite3.connect(path, timeout=30, isolation_level=None).execute("PRAGMA journal_mode=WAL")
    writing.execute("ROLLBACK")

    held: list[tuple[str, str, int]] = []

    @contextmanager
    def recording(lock_path):
        yield
        check = sqlite3.connect(path)
        held.append((str(lock_path), check.execute("PRAGMA journal_mode").fetchone()[0],
                     check.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'copies'").fetchone()[0]))

    monkeypatch.setattr(openlock, "opening", recording)
    SqliteStorage(path, window=86400).close()
    assert held == [(f"{path}.opening.lock", "wal", 1)]
