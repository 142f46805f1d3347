"""Alembic revisions, oldest first (``0001`` … ). Alembic itself skips this file when it reads the folder;
it is here so the revisions ship in the wheel as an ordinary package."""
