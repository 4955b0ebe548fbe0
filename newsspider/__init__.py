"""newsspider: a Scrapy project that archives news wire stories as JSON Lines."""
