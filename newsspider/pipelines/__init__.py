"""Item pipelines, one concern each, in the order ``ITEM_PIPELINES`` gives."""
