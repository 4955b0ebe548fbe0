"""Scale-out: several crawler processes sharing one frontier and one archive
state on Redis (``pip install newsspider[redis]``, ``NEWSSPIDER_REDIS_URL``).

Built on scrapy-redis's queue and scheduler; see :mod:`newsspider.redis.addon`
for what the switch changes.
"""
