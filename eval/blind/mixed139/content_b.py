"""Documents vz17-vz33 of set VZ."""
from lib import Doc, K, R

DOCS = []
