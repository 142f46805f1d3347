"""What leaves mesint: the weekly digest (``mesint.publish.digest``) and exports (``mesint.publish.exporters``)."""
