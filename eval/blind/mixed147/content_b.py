from lib import Doc
DOCS = []
