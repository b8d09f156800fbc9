"""Invented people and the shapes in which e-mail threads and chats are printed."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAG3 = ["ma", "di", "wo", "do", "vr", "za", "zo"]
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]
MND3 = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def d(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def nl_long(t):  # dinsdag 4 juni 2024 10:12
    return f"{DAGEN[t.weekday()]} {t.day} {MAANDEN[t.month - 1]} {t.year} {t:%H:%M}"


def nl_short(t):  # di 4 jun. 2024 om 10:12
    return f"{DAG3[t.weekday()]} {t.day} {MND3[t.month - 1]} {t.year} om {t:%H:%M}"


def en_long(t):  # Tuesday, June 4, 2024 10:12 AM
    h = t.hour % 12 or 12
    return f"{EN_DAYS[t.weekday()]}, {EN_MONTHS[t.month - 1]} {t.day}, {t.year} {h}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


def en_gmail(t):  # Tue, Jun 4, 2024 at 10:12 AM
    h = t.hour % 12 or 12
    return f"{EN_DAYS[t.weekday()][:3]}, {EN_MONTHS[t.month - 1][:3]} {t.day}, {t.year} at {h}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


@dataclass
class P:
    first: str
    last: str            # with particle as written after a first name: "van der Laan"
    email: str = ""
    func: str = ""       # job title (kept)
    org: str = ""        # organisation (kept)
    phone: str = ""
    mobile: str = ""
    nick: str = ""
    paraph: str = ""
    extra: str = ""      # extra signature lines (marked)
    whole: bool = False  # probe whole surfaces (surname is also a public word)

    @property
    def k(self):
        return "Q" if self.whole else "P"

    def m(self, s):
        return f"⟦{self.k}:{s}⟧"

    @property
    def full(self):
        return self.m(f"{self.first} {self.last}")

    @property
    def fn(self):
        return self.m(self.first) if not self.whole else self.m(self.first) if True else ""

    @property
    def nk(self):
        return self.m(self.nick or self.first)

    @property
    def sur(self):  # surname alone, capitalised particle: "Van der Laan"
        s = self.last
        return self.m(s[0].upper() + s[1:])

    def _core(self):
        parts = self.last.split(" ")
        i = 0
        while i < len(parts) - 1 and parts[i].lower() in ("van", "de", "der", "den", "'t", "ter", "ten", "in", "op",
                                                           "da", "dos", "el", "te"):
            i += 1
        return " ".join(parts[i:]), " ".join(parts[:i])

    @property
    def outlook(self):  # "Laan, Sanne van der"
        core, part = self._core()
        return self.m(f"{core}, {self.first}" + (f" {part}" if part else ""))

    @property
    def outlook_i(self):  # "Laan, S. van der (Sanne)"
        core, part = self._core()
        return self.m(f"{core}, {self.first[0]}." + (f" {part}" if part else "") + f" ({self.first})")

    @property
    def caps(self):
        core, part = self._core()
        return self.m(f"{core.upper()}, {self.first[0]}.")

    @property
    def mail(self):
        return f"⟦E:{self.email}⟧"

    @property
    def addr(self):  # Name <mail>
        return f"{self.full} <{self.mail}>"

    @property
    def pa(self):
        return f"⟦X:{self.paraph}⟧"

    @property
    def tel(self):
        return f"⟦T:{self.phone}⟧" if self.phone else ""

    @property
    def mob(self):
        return f"⟦T:{self.mobile}⟧" if self.mobile else ""

    def sig(self, variant=0):
        lines = []
        if variant == 0:
            lines = [self.full]
            if self.func:
                lines.append(f"«J:{self.func}»")
            if self.org:
                lines.append(f"«O:{self.org}»")
            if self.phone:
                lines.append(f"T {self.tel}")
            if self.mobile:
                lines.append(f"M {self.mob}")
            if self.email:
                lines.append(self.mail)
        elif variant == 1:  # short
            lines = [self.nk]
        elif variant == 2:  # initials
            lines = [f"Groet, {self.pa}"]
        elif variant == 3:
            lines = [f"Met vriendelijke groet,", "", self.full]
            if self.func:
                lines.append(f"«J:{self.func}»")
            if self.mobile:
                lines.append(f"Mobiel: {self.mob}")
        if self.extra and variant in (0, 3):
            lines += self.extra.split("\n")
        return "\n".join(lines)


def person_str(x):
    """x may be a P (-> 'Name <mail>') or a marked string."""
    return x.addr if isinstance(x, P) else x


@dataclass
class M:
    frm: P
    to: list
    date: dt.datetime
    body: str
    cc: list = field(default_factory=list)
    subject: str = ""
    sig: int = 0
    attach: str = ""


DISCL_RIJK = ("Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde bent "
              "of dit bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de afzender te melden en "
              "het bericht te verwijderen. De Staat aanvaardt geen aansprakelijkheid voor schade, van welke aard "
              "ook, die verband houdt met risico's verbonden aan het elektronisch verzenden van berichten.\n"
              "This message may contain information that is not intended for you. If you are not the addressee or "
              "if this message was sent to you by mistake, you are requested to inform the sender and delete the "
              "message. The State accepts no liability for damage of any kind resulting from the risks inherent in "
              "the electronic transmission of messages.")


def _names(lst, style):
    out = []
    for x in lst:
        if isinstance(x, P):
            out.append({"outlook": x.outlook, "addr": x.addr, "mailonly": x.mail, "full": x.full,
                        "outlook_i": x.outlook_i, "caps": x.caps}[style])
        else:
            out.append(x)
    return "; ".join(out) if style.startswith("outlook") or style == "caps" else ", ".join(out)


def subj(m: M, i: int, prefix):
    return m.subject if i == 0 or m.subject.startswith(("RE", "FW", "Re", "Fwd", "Antw", "Doorst")) else f"{prefix}{m.subject}"


def outlook_desktop(msgs: list[M], owner: P, subject: str, style="outlook", en=False, sep="line", disclaimer=True):
    """Blocks of an Outlook desktop print: newest message on top, older ones quoted below."""
    L = ("From:", "Sent:", "To:", "Cc:", "Subject:", "Attachments:") if en else ("Van:", "Verzonden:", "Aan:", "CC:",
                                                                                "Onderwerp:", "Bijlagen:")
    fmt = en_long if en else nl_long
    blocks = [("h", owner.full if isinstance(owner, P) else owner), ("hr",)]
    msgs = sorted(msgs, key=lambda m: m.date, reverse=True)
    for i, m in enumerate(msgs):
        s = m.subject or (("RE: " if i < len(msgs) - 1 else "") + subject)
        if i == 0:
            rows = [(L[0], _names([m.frm], style)), (L[1], fmt(m.date)), (L[2], _names(m.to, style))]
        else:
            if sep == "line":
                blocks.append(("p", "________________________________"))
            else:
                blocks.append(("p", "-----Original Message-----" if en else "-----Oorspronkelijk bericht-----"))
            who = f"{m.frm.outlook} <{m.frm.mail}>" if style == "outlook" else _names([m.frm], "addr")
            rows = [(L[0], who), (L[1], fmt(m.date)), (L[2], _names(m.to, style))]
        if m.cc:
            rows.append((L[3], _names(m.cc, style)))
        rows.append((L[4], s))
        if m.attach:
            rows.append((L[5], m.attach))
        blocks.append(("hdr", rows))
        blocks.append(("p", m.body))
        if m.sig is not None:
            blocks.append(("p", m.frm.sig(m.sig)))
        if disclaimer and i == 0:
            blocks.append(("small", DISCL_RIJK))
    return blocks


def quoted_chain(msgs: list[M], lang="nl", client="gmail"):
    """The newest message with all older ones nested in '> ' quotes (Gmail/Apple/Thunderbird)."""
    msgs = sorted(msgs, key=lambda m: m.date)
    text = ""
    for i, m in enumerate(msgs):
        own = m.body + "\n\n" + (m.frm.sig(m.sig) if m.sig is not None else "")
        if i == 0:
            text = own
            continue
        prev = msgs[i - 1]
        if client == "apple":
            intro = (f"Op {prev.date.day} {MND3[prev.date.month - 1].rstrip('.')} {prev.date.year}, om {prev.date:%H:%M} heeft "
                     f"{prev.frm.full} <{prev.frm.mail}> het volgende geschreven:")
        elif lang == "en":
            intro = f"On {en_gmail(prev.date)} {prev.frm.full} <{prev.frm.mail}> wrote:"
        else:
            intro = f"Op {nl_short(prev.date)} schreef {prev.frm.full} <{prev.frm.mail}>:"
        quoted = "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))
        text = own + "\n\n" + intro + "\n\n" + quoted
    return text


def chat_lines(lines, fmt="wa_ios"):
    """lines: (datetime-str 'YYYY-MM-DD HH:MM:SS', name-marked, text)."""
    out = []
    for ts, who, txt in lines:
        t = dt.datetime.strptime(ts, "%Y-%m-%d %H:%M:%S")
        if fmt == "wa_ios":
            out.append(f"[{t:%d-%m-%y %H:%M:%S}] {who}: {txt}")
        elif fmt == "wa_android":
            out.append(f"{t:%d-%m-%Y %H:%M} - {who}: {txt}")
        elif fmt == "signal":
            out.append(f"{t:%Y-%m-%d %H:%M} {who}: {txt}")
    return "\n".join(out)
