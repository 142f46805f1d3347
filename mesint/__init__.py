"""Mesopotamia Intel: OSINT reports about Iraq and Syria to mapped, source-attributed events."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("mesint")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
