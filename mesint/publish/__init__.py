"""Publishing: digests, maps, charts and exports written from the stored events."""
