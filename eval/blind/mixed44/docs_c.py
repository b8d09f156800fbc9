"""Documents bb21-."""
