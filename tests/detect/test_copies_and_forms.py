"""Surnames that are also words, copies of names found in attendance lists, first names in small
letters, phone numbers dialled with 00, dates of birth a few words after their label, and e-mail
addresses broken inside their domain."""

from __future__ import annotations

import pytest
from detecttools import check

WORD_SURNAMES = [
    # one capitalised word after a courtesy title is a surname, also when it is a word ("rood": red)
    (
        "Medewerker mevrouw Rood heeft hem toegezegd terug te bellen. De notitie van Rood is niet opgepakt. "
        "Het rode dossier ligt er nog.",
        ["Rood"],
        ["rode"],
    ),
    # a function after the title is not a surname
    ("Geachte heer Voorzitter, hierbij ontvangt u het verslag.", [], ["Voorzitter"]),
    # a table's "Wie" column: the surname alone on its line, or two between a slash
    (
        "Aanwezig: Ingrid Ploeg (Omgevingsdienst), R. Groen (Stedin), Nadia Haddou\n"
        "Actie\nWie\nKaart actualiseren\nPloeg\nAfstemming met Stedin\nGroen / Haddou\nHet groen in de wijk.",
        ["Ploeg", "Groen", "Haddou"],
        ["groen", "Stedin"],
    ),
]

COPIES = [
    # a first name cut short before the person's surname: how people sign ("Dan" of Daniel)
    (
        "On Wed 5 Feb 2025, Daniel Whitmore <d.whitmore@quantumdelta.nl> wrote:\nThanks.\nKind regards,\nDan Whitmore",
        ["Dan Whitmore", "Daniel Whitmore"],
        [],
    ),
    # a first name that is a word too ("Dan"): the one greeted, not the word at a sentence's start
    (
        "CC: Dan Verschuren <d.verschuren@ozhz.nl>\nHoi Dan en collega's,\nDan gaan we verder.",
        ["Dan Verschuren", "Hoi [Dan] en"],
        ["Dan gaan"],
    ),
    # ... but the word before the surname is not taken when it is no cut of the first name
    ("Daniel Whitmore belde. Nee, toen Whitmore niet.", ["Whitmore"], ["toen"]),
    # a two-letter surname alone, once the full name is found
    (
        "Ouders zijn gebeld door Roos Ng en Koen Brouwer.\nNg belde op 4 maart met de moeder. Volgens Ng is het "
        "kind niet immuun.\nDo 6 maart: tweede ronde.",
        ["Roos Ng", "Koen Brouwer", "[Ng] belde", "Volgens [Ng]"],
        ["Do 6 maart"],
    ),
    # a first name that is a month too: spoken to ("Mei, kun jij"), or the subject; the dates stay
    (
        "Mei Storm-de Jong 1:52\nPrima. Mei, kun jij ook de burgemeester informeren? Morgen komt Mei langs.\n"
        "Op 15 Mei 2024 is de dijk geïnspecteerd.\nMei 2024",
        ["Mei Storm-de Jong", "[Mei], kun", "komt [Mei] langs"],
        ["15 Mei 2024", "Mei 2024"],
    ),
    # a first name found in an attendance list (first_name and header_field) is copied as a structural find
    (
        "Aanwezig: Willem Jan de Wit (vz), Lies Zwart,\nÖmer Kaya, A. van Beek\n"
        "1. De Wit opent. Lies meldt dat de jaarwisseling in Utrecht rustig verliep.",
        ["Lies", "Zwart", "De Wit"],
        ["Utrecht"],
    ),
    # a chat writes a colleague's first name in small letters; an ordinary word in small letters stays
    (
        "[08-01-2025 14:02] Femke Rozendaal: wie pakt het verzoek op?\n"
        "[14:04] Mark Jansen: ik. femke heb jij de stukken al? Ik zet een mark bij het verzoek.",
        ["Femke Rozendaal", "femke"],
        ["mark bij"],
    ),
]

NUMBERS = [
    # a foreign number dialled with the international prefix 00
    ("Mevrouw Maarsbergen gaf als telefoonnummer 0033 6 12 34 56 78 (Frans nummer) op.", ["0033 6 12 34 56 78"], []),
    # a reference number that starts with 00 but has no space after a country code is no phone number
    ("Uw dossiernummer is 0049123456 en uw zaak loopt.", [], ["0049123456"]),
    # a date of birth a few words after its label, and a date broken over the line
    (
        "Uw geboortedatum volgens de BRP is\n17-06-1971; de beschikking is van 12-03-2025.",
        ["17-06-1971"],
        ["12-03-2025"],
    ),
    ("Zij is geboren te Tilburg op 2\nnovember 1953 en woont sinds 1 mei 2020 in Breda.", ["2\nnovember 1953"], []),
    # in English, and a BSN in any grouping after its label, and a foreign area code in brackets
    ("The shipper is linked to Mr Lars-Erik Holmstrom, born 14 May 1968, in Sweden.", ["14 May 1968"], ["Sweden"]),
    ("Datum 25 september 2024\nBSN 34 26 47 829\nGeachte heer Van der Linden,", ["34 26 47 829"], []),
    ("Søren Kjærgaard | IMF\nM +1 (202) 550-0193", ["+1 (202) 550-0193"], ["IMF"]),
]


EMAILS = [
    # a narrow column breaks an address inside its domain, even inside the top-level domain
    (
        "E-mail\nwim.oosterhuis@belastingdi\nenst.nl\nBelastingTelefoon\n0800-0543",
        ["wim.oosterhuis@belastingdi\nenst.nl"],
        ["BelastingTelefoon"],
    ),
    ("E-mail\nruth.vangroningen@groningen.n\nl\nt.lemaitre@cpb.nl", ["ruth.vangroningen@groningen.n\nl"], []),
    # an address that ends its line does not take the next line's word
    ("Mail naar jan.devries@minbzk.nl\nen verder niets.", ["jan.devries@minbzk.nl"], ["en verder"]),
    # cut at a hyphen, its rest lost to another column: the person's address up to the cut
    ("Naam E-mail\n1 u 12 chidi.okafor@softwarehuis-\nChidi Okafor\n10:02", ["chidi.okafor@softwarehuis-"], []),
    # an initial and a surname as one word is a person's address, whatever the line says about mailboxes;
    # so is any address at a consumer provider
    ("Mailbox-regels verwijderd bij jrozendaal@cjib.nl en info@cjib.nl", ["jrozendaal@cjib.nl"], ["info@cjib.nl"]),
    ("De melding kwam van smalbraak.melk@hetnet.nl over de stallen.", ["smalbraak.melk@hetnet.nl"], []),
    # a mailbox named after an acronym the lists know; three letters no list knows are initials
    ("Contact ADR: adr@minfin.nl, afdelingshoofd J. de Vries: jdv@minfin.nl", ["jdv@minfin.nl"], ["adr@minfin.nl"]),
    # a person's address after their name in a CC list that also holds a helpdesk
    (
        "CC:\nhelpdesk@logius.nl; Kyano Beijring <kyanobeijring@test.nl>\nOnderwerp: Zero Trust",
        ["kyanobeijring@test.nl", "Kyano Beijring"],
        ["helpdesk@logius.nl"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), WORD_SURNAMES + COPIES + NUMBERS + EMAILS)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
