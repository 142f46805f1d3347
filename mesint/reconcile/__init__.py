"""Reconciliation: one event per real incident, every source's claim kept."""
