"""Other datasets into the store, as events beside our own: ``acled`` reads an ACLED CSV export."""
