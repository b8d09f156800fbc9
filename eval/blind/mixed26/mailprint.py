"""HTML imitations of what mail clients, chat apps and calendars print (rendered by Chromium)."""
from __future__ import annotations

from framework import esc, page, paras

LABELS = {
    "nl": {"from": "Van", "sent": "Verzonden", "to": "Aan", "cc": "CC", "bcc": "BCC", "subject": "Onderwerp",
           "attach": "Bijlagen", "importance": "Urgentie", "date": "Datum", "behalf": "Namens"},
    "en": {"from": "From", "sent": "Sent", "to": "To", "cc": "Cc", "bcc": "Bcc", "subject": "Subject",
           "attach": "Attachments", "importance": "Importance", "date": "Date", "behalf": "On behalf of"},
}


def blocks(bl, lang="nl") -> str:
    """Body blocks: str (paragraph text), or tuples:
    ("p", text) ("sig", text) ("disc", text) ("hdr", msg-dict, lang) ("orig", msg-dict, lang)
    ("fwd", msg-dict, lang) ("bq", [blocks]) ("wrote", line) ("html", raw)"""
    out = []
    for b in bl:
        if isinstance(b, str):
            out.append(paras(b))
            continue
        k = b[0]
        if k == "p":
            out.append(paras(b[1]))
        elif k == "sig":
            out.append("<div class='sig'>" + paras(b[1]) + "</div>")
        elif k == "disc":
            out.append("<div class='disc'>" + paras(b[1]) + "</div>")
        elif k == "hdr":  # Outlook reply header inside the body
            m, lg = b[1], (b[2] if len(b) > 2 else lang)
            L = LABELS[lg]
            rows = []
            for key in ("from", "sent", "to", "cc", "subject", "attach"):
                if m.get(key):
                    rows.append(f"<b>{L[key]}:</b> {esc(m[key])}")
            out.append("<div class='qh'>" + "<br>".join(rows) + "</div>")
        elif k == "orig":  # plain-text Outlook reply separator
            m, lg = b[1], (b[2] if len(b) > 2 else lang)
            L = LABELS[lg]
            sep = "-----Oorspronkelijk bericht-----" if lg == "nl" else "-----Original Message-----"
            rows = [sep] + [f"{L[key]}: {m[key]}" for key in ("from", "sent", "to", "cc", "subject") if m.get(key)]
            out.append("<p class='plain'>" + "<br>".join(esc(r) for r in rows) + "</p>")
        elif k == "fwd":  # Gmail/Thunderbird forwarded block
            m, lg = b[1], (b[2] if len(b) > 2 else lang)
            L = LABELS[lg]
            sep = "---------- Doorgestuurd bericht ---------" if lg == "nl" else "---------- Forwarded message ---------"
            rows = [sep] + [f"{L[key]}: {m[key]}" for key in ("from", "date", "subject", "to", "cc") if m.get(key)]
            out.append("<p>" + "<br>".join(esc(r) for r in rows) + "</p>")
        elif k == "wrote":
            out.append(f"<p class='wrote'>{esc(b[1])}</p>")
        elif k == "bq":
            out.append("<blockquote>" + blocks(b[1], lang) + "</blockquote>")
        elif k == "html":
            out.append(b[1])
    return "\n".join(out)


MAIL_CSS = """
.acct { font-size: 13pt; font-weight: bold; margin-bottom: 2px; }
.rule { border-top: 3px solid #000; margin: 2px 0 8px 0; }
table.hdr { border-collapse: collapse; margin-bottom: 10px; }
table.hdr td.l { font-weight: bold; white-space: nowrap; width: 78px; }
.qh { border-top: 1px solid #b5c4df; padding-top: 4px; margin: 12px 0 8px 0; }
.sig { color: #222; font-size: 8.8pt; }
.disc { color: #777; font-size: 7.3pt; margin-top: 8px; }
blockquote { border-left: 2px solid #999; margin: 6px 0 6px 4px; padding-left: 9px; color: #333; }
.wrote { margin-top: 10px; }
.plain { margin-top: 14px; }
"""


def _hdr_table(m, lang, keys=("from", "sent", "to", "cc", "bcc", "subject", "attach", "importance")):
    L = LABELS[lang]
    rows = []
    for key in keys:
        v = m.get(key)
        if v:
            rows.append(f"<tr><td class='l'>{L[key]}:</td><td>{esc(v)}</td></tr>")
    return "<table class='hdr'>" + "".join(rows) + "</table>"


def outlook(account, msgs, lang="nl", title="", extra_css=""):
    """Outlook desktop 'memo style' print: account name, heavy rule, header table, body."""
    body = []
    for i, m in enumerate(msgs):
        if i:
            body.append("<div style='height:14px'></div>")
        body.append(f"<div class='acct'>{esc(account)}</div><div class='rule'></div>")
        body.append(_hdr_table(m, lang))
        body.append(blocks(m["body"], lang))
    return page("".join(body), title=title or msgs[0].get("subject", ""), css=MAIL_CSS + extra_css)


GMAIL_CSS = """
.top { display: flex; justify-content: space-between; align-items: center; border-bottom: 1px solid #ccc; padding-bottom: 6px; }
.logo { font-size: 17pt; color: #555; font-family: 'DejaVu Sans'; }
.who { font-size: 9pt; }
.subj { font-size: 13pt; font-weight: bold; margin: 12px 0 2px 0; }
.count { font-size: 8.5pt; color: #444; margin-bottom: 6px; }
.msg { border-top: 1px solid #ccc; padding-top: 8px; margin-top: 8px; }
.mh { display: flex; justify-content: space-between; }
.mh .d { color: #444; white-space: nowrap; margin-left: 14px; }
.rcpt { color: #444; font-size: 8.8pt; margin: 2px 0 8px 0; }
blockquote { border-left: 1px solid #ccc; margin: 4px 0 4px 6px; padding-left: 10px; color: #444; }
.sig { color: #333; font-size: 9pt; }
.disc { color: #777; font-size: 7.5pt; }
.wrote { margin-top: 8px; }
"""


def gmail(acct_name, acct_mail, subject, msgs, title=None, lang="nl"):
    """Gmail 'Alles afdrukken' / 'Print all'. msgs: dict(name, mail, date, to, cc, body)."""
    cnt = (f"{len(msgs)} bericht{'en' if len(msgs) != 1 else ''}" if lang == "nl"
           else f"{len(msgs)} message{'s' if len(msgs) != 1 else ''}")
    to_l = "Aan" if lang == "nl" else "To"
    b = [f"<div class='top'><span class='logo'>Gmail</span><span class='who'><b>{esc(acct_name)}</b> &lt;{esc(acct_mail)}&gt;</span></div>",
         f"<div class='subj'>{esc(subject)}</div>",
         f"<div class='count'>{cnt}</div>"]
    for m in msgs:
        b.append("<div class='msg'><div class='mh'><span><b>" + esc(m["name"]) + "</b> &lt;" + esc(m["mail"]) +
                 "&gt;</span><span class='d'>" + esc(m["date"]) + "</span></div>")
        r = []
        if m.get("to"):
            r.append(to_l + ": " + esc(m["to"]))
        if m.get("cc"):
            r.append("Cc: " + esc(m["cc"]))
        b.append("<div class='rcpt'>" + "<br>".join(r) + "</div>")
        b.append(blocks(m["body"]))
        b.append("</div>")
    return page("".join(b), title=title or f"Gmail - {subject}", css=GMAIL_CSS)


TB_CSS = """
table.tb { border: 1px solid #bbb; background: #f3f3f3; border-collapse: collapse; width: 100%; margin: 8px 0 10px 0; }
table.tb td { padding: 2px 6px; vertical-align: top; }
table.tb td.l { font-weight: bold; text-align: right; width: 80px; white-space: nowrap; }
blockquote { border-left: 2px solid #1a5fb4; margin: 4px 0 4px 4px; padding-left: 8px; color: #1a3f7a; }
.sig { color: #444; font-size: 8.8pt; }
.sigsep { color: #777; }
.disc { color: #777; font-size: 7.3pt; }
.wrote { margin-top: 8px; }
"""


def thunderbird(msgs, title=None):
    b = []
    for m in msgs:
        rows = []
        for lab, key in (("Onderwerp", "subject"), ("Van", "from"), ("Datum", "date"), ("Aan", "to"), ("CC", "cc"),
                         ("Antwoord aan", "replyto")):
            if m.get(key):
                rows.append(f"<tr><td class='l'>{lab}: </td><td>{esc(m[key])}</td></tr>")
        b.append("<table class='tb'>" + "".join(rows) + "</table>")
        b.append(blocks(m["body"]))
    return page("".join(b), title=title or msgs[0]["subject"], css=TB_CSS)


APPLE_CSS = """
table.ap { border-collapse: collapse; margin: 0 0 6px 0; }
table.ap td { padding: 1px 4px; vertical-align: top; }
table.ap td.l { color: #777; text-align: right; white-space: nowrap; }
table.ap td.subj { font-weight: bold; }
.line { border-top: 1px solid #ccc; margin: 6px 0 12px 0; }
blockquote { border-left: 2px solid #1c6be0; margin: 4px 0 4px 2px; padding-left: 9px; color: #2a55a0; }
.sig { color: #333; font-size: 9pt; }
.disc { color: #777; font-size: 7.3pt; }
.wrote { margin-top: 10px; }
"""


def applemail(m, title=None):
    rows = []
    for lab, key in (("Van:", "from"), ("Onderwerp:", "subject"), ("Datum:", "date"), ("Aan:", "to"),
                     ("Kopie:", "cc"), ("Antwoord aan:", "replyto")):
        if m.get(key):
            cls = " class='subj'" if key == "subject" else ""
            rows.append(f"<tr><td class='l'>{lab}</td><td{cls}>{esc(m[key])}</td></tr>")
    b = "<table class='ap'>" + "".join(rows) + "</table><div class='line'></div>" + blocks(m["body"])
    return page(b, title=title or m["subject"], css=APPLE_CSS, size="10pt")


OWA_CSS = """
.subj { font-size: 14pt; font-weight: 600; margin: 0 0 10px 0; }
.msg { border-top: 1px solid #ddd; padding-top: 8px; margin-top: 10px; }
.snd { display: flex; align-items: flex-start; }
.av { width: 30px; height: 30px; border-radius: 15px; background: #c7d7ef; color: #123; text-align: center;
      line-height: 30px; font-size: 9pt; font-weight: bold; margin-right: 8px; flex: none; }
.nm { font-weight: bold; }
.meta { color: #555; font-size: 8.6pt; }
.body { margin: 8px 0 0 38px; }
.sig { color: #333; font-size: 8.8pt; }
.disc { color: #777; font-size: 7.3pt; }
blockquote { border-left: 2px solid #bbb; margin: 4px 0; padding-left: 8px; color: #444; }
.qh { border-top: 1px solid #e1e1e1; padding-top: 4px; margin: 12px 0 8px 0; }
.wrote { margin-top: 8px; }
"""


def owa(subject, msgs, title=None, lang="nl"):
    L = LABELS[lang]
    b = [f"<div class='subj'>{esc(subject)}</div>"]
    for m in msgs:
        meta = [f"{L['to']}: {esc(m['to'])}"]
        if m.get("cc"):
            meta.append(f"{L['cc']}: {esc(m['cc'])}")
        b.append(f"<div class='msg'><div class='snd'><div class='av'>{esc(m['av'])}</div><div>"
                 f"<span class='nm'>{esc(m['name'])}</span> &lt;{esc(m['mail'])}&gt;<br>"
                 f"<span class='meta'>{esc(m['date'])}</span><br><span class='meta'>{'<br>'.join(meta)}</span>"
                 f"</div></div><div class='body'>{blocks(m['body'], lang)}</div></div>")
    return page("".join(b), title=title or subject, css=OWA_CSS)
