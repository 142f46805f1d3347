"""Scaling past one process: parallel extraction on a Dask cluster (``mesint.scale.dask``) and a throwaway
PostgreSQL cluster for tests and benchmarks (``mesint.scale.pgtemp``). Dask and psycopg come with the
``scale`` extra: ``pip install 'mesint[scale]'``."""
