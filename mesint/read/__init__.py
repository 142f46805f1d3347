"""Reading a report's own structure: sections, items, captions, and what kind each item is."""
