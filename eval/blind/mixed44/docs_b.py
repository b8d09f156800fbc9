"""Documents bb11-bb20."""
