"""Markup helpers for set AA. All private persons and civil servants are invented."""


def p(full, form=None):
    """a person's name (or one form of it: surname alone, first name, 'Surname, I.')."""
    return f"[[{form or full}|P={full}]]" if form else f"[[{full}|P]]"


def i(text, full=None):
    """initials / paraph of a person"""
    return f"[[{text}|I={full}]]" if full else f"[[{text}|I]]"


def e(x):
    return f"[[{x}|E]]"


def t(x):
    return f"[[{x}|T]]"


def a(x):
    return f"[[{x}|A]]"


def bsn(x):
    return f"[[{x}|B]]"


def iban(x):
    return f"[[{x}|N]]"


def u(x, full=None):
    return f"[[{x}|U={full}]]" if full else f"[[{x}|U]]"


def k(x, kind="ORG"):
    """public text that must stay"""
    return "{{" + x + "|" + kind + "}}"


MOTIV = ("h2", "Informatie die niet openbaar gemaakt kan worden")
MOTIV_P = ("p", "Motivering: [in te vullen bij openbaarmaking]")
