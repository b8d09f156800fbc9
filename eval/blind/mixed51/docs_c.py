"""Set BI documents 21-32."""
from __future__ import annotations
DOCS = []
