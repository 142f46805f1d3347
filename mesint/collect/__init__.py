"""The only way in: bytes, files and folders become ``Document`` records."""

from mesint.collect.files import iter_report_paths, read_document

__all__ = ["iter_report_paths", "read_document"]
