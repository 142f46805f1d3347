"""One exception tree: every error the library raises on purpose is a ``MesintError``."""

from __future__ import annotations


class MesintError(Exception):
    """Base class. The CLI turns it into a one-line message and a non-zero exit code."""

    exit_code = 1


class InputError(MesintError, ValueError):
    """Raised when a report cannot be read: missing path, binary content, undecodable text."""

    exit_code = 2


class DataFileError(MesintError, ValueError):
    """Raised when a bundled or user data file (aliases, cues, gazetteer) is malformed."""

    exit_code = 3


class StoreError(MesintError, RuntimeError):
    """Raised when the database cannot be opened or written."""

    exit_code = 4


class NotFound(MesintError, LookupError):
    """Raised when an id (event, document) does not exist in the store."""

    exit_code = 5
