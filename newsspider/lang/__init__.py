"""Language knowledge as data tables, one module per kind; no Scrapy, no logic beyond lookups."""
