"""Language knowledge as data tables, one module per kind (``dates``, ``bylines``).

Plain data (tuples, frozensets, dicts of strings), no Scrapy and no parsing: the
libraries and extraction layers build their matchers from these tables, and
``tests/`` checks each row against real-looking strings. Add a language by adding
rows, never by adding code.
"""
