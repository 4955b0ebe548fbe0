"""Spiders: which URLs to fetch and which callback reads them; nothing else."""
