from docs_notes import DOCS as A
try:
    from docs_mail import DOCS as B
except ImportError:
    B = []
try:
    from docs_misc import DOCS as C
except ImportError:
    C = []
DOCS = A + B + C
