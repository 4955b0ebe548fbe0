"""How the archive's files are named on disk, and how one is written whole.

Every file the project leaves in the archive folder (a batch, a run summary, a
report, an export) is written as ``<name>.part`` and renamed to ``<name>`` when
complete: a rename is atomic on POSIX file systems, so a reader (the
downstream loader, ``scrapy report``, another worker) sees either no file or a
whole one, never a half-written file. The writers (``feedstorage``, the run
summary, the commands) and the readers (``archive``, ``report``, the stores
that clean up after a killed run) share these names from this one module.
"""

from __future__ import annotations

from pathlib import Path

#: Suffix of a file being written; renamed away when the file is complete.
PART_SUFFIX = ".part"
#: Suffixes of complete batch files (JSON Lines, plain or gzipped).
BATCH_SUFFIXES = (".jsonl", ".jsonl.gz")


def partial_path(final: Path) -> Path:
    """The ``.part`` file that becomes ``final`` when renamed."""
    return final.with_name(final.name + PART_SUFFIX)


def write_whole(final: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``final`` through its ``.part`` file and a rename.

    Creates the parent folder. Raises :class:`OSError` as ``open`` would; the
    ``.part`` file may then be left behind (readers never read one).
    """
    final.parent.mkdir(parents=True, exist_ok=True)
    partial = partial_path(final)
    partial.write_text(text, "utf-8")
    partial.replace(final)
