"""Incremental archive state: which stories, in which version, the archive holds."""
