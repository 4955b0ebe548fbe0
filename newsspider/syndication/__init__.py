"""Syndication: one wire story, every copy linked (near-duplicate bodies across sites).

A library (no Scrapy): :mod:`.signature` turns a body into a MinHash
signature and LSH band keys, :mod:`.index` finds the earliest copy of a
story among those seen in a window and records each new copy.
"""
