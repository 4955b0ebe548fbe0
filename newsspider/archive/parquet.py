"""Writes latest lines as Parquet (``pip install newsspider[parquet]``: pyarrow).

The Arrow schema is fixed, one column per exported field (lists and objects as
Arrow lists and structs), so that every row group agrees even where a chunk
has only nulls in a column.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsspider.items import EXPORT_FIELDS

#: Rows per Parquet row group (memory stays at one group of parsed lines).
ROWS_PER_GROUP = 10_000


def arrow_schema() -> Any:
    import pyarrow as pa

    special = {
        "authors": pa.list_(pa.struct([("name", pa.string())])),
        "keywords": pa.list_(pa.string()),
        "mainImage": pa.struct([("url", pa.string())]),
        "isAccessibleForFree": pa.bool_(),
        "version": pa.int64(),
        "removed": pa.bool_(),
        "warc": pa.struct([("file", pa.string()), ("offset", pa.int64()), ("recordId", pa.string())]),
    }
    return pa.schema([(name, special.get(name, pa.string())) for name in EXPORT_FIELDS])


class ParquetSink:
    """Takes raw JSON lines (``sink(raw)``), writes them as Parquet row groups."""

    def __init__(self, path: str | Path) -> None:
        import pyarrow.parquet as pq

        self.schema = arrow_schema()
        self.writer = pq.ParquetWriter(str(path), self.schema, compression="zstd")
        self.rows: list[dict[str, Any]] = []

    def __call__(self, raw: bytes) -> None:
        self.rows.append(json.loads(raw))
        if len(self.rows) >= ROWS_PER_GROUP:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()
