"""The built-in detector types, registered through the ``woo_redact.detectors`` entry point
exactly as a third-party package registers its own (see :mod:`.registry`)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .recognizers.account_column import account_column
from .recognizers.address import home_addresses
from .recognizers.address_columns import address_column
from .recognizers.ages import named_with_age
from .recognizers.attendance import attendance_rows
from .recognizers.capitals import CapitalsNameRecognizer
from .recognizers.cells import wrapped_cells
from .recognizers.chinese_names import chinese_names
from .recognizers.columns import birth_date_column, name_column, personnel_number_column, phone_column
from .recognizers.columns_text import column_lines
from .recognizers.file_names import file_name_names
from .recognizers.first_names import FirstNameRecognizer
from .recognizers.form_fields import form_name_fields
from .recognizers.iban_cells import wrapped_ibans
from .recognizers.initials_born import initials_with_birth_date
from .recognizers.initials_column import initials_column
from .recognizers.initials_names import InitialsNameRecognizer
from .recognizers.kvk import kvk_numbers
from .recognizers.names import TitledNameRecognizer
from .recognizers.ner import NerPersonRecognizer
from .recognizers.nicknames import nicknames
from .recognizers.paraphs import ParaphTextRecognizer
from .recognizers.parcel_columns import parcel_column
from .recognizers.parcels import parcels_in_text
from .recognizers.particles import TussenvoegselNameRecognizer
from .recognizers.patterns import BsnRecognizer, IbanRecognizer, PersonalEmailRecognizer
from .recognizers.phones import DutchPhoneRecognizer
from .recognizers.speakers import chat_speakers, salutations
from .recognizers.special_categories import special_categories
from .recognizers.structure import header_fields, paraph_tables, signature_blocks
from .recognizers.team_codes import team_codes
from .recognizers.vertical import vertical_text
from .registry import CustomParams, DetectorType, Kind, Registry, build_custom

__all__ = ["register"]


class NerParams(BaseModel):
    """Params of the statistical model's detector."""

    model_config = ConfigDict(extra="forbid")
    score: float = Field(default=0.6, ge=0.0, le=1.0)


def register(reg: Registry) -> None:
    """Add every built-in detector type to ``reg``."""
    P: Kind = "pattern"
    S: Kind = "structure"
    for name, kind, entities, score, factory, description in (
        ("email", P, ("EMAIL_ADDRESS",), 0.9, PersonalEmailRecognizer, "e-mail addresses; functional mailboxes kept"),
        ("phone_nl", P, ("PHONE_NUMBER",), 0.85, DutchPhoneRecognizer, "Dutch phone numbers; switchboards kept"),
        ("bsn", P, ("NL_BSN",), 0.4, BsnRecognizer, "BSN: elfproef, or labelled as BSN (flagged)"),
        ("iban", P, ("IBAN_CODE",), 0.85, IbanRecognizer, "IBAN: mod-97, or Dutch-shaped with a typo (flagged)"),
        ("titled_name", P, ("PERSON",), 0.85, TitledNameRecognizer, "a name after mevrouw, de heer, mr., drs."),
        ("initials_name", P, ("PERSON",), 0.85, InitialsNameRecognizer, "initials and a surname"),
        ("first_name", P, ("PERSON",), 0.8, FirstNameRecognizer, "a known first name, with its surname"),
        ("tussenvoegsel_name", P, ("PERSON",), 0.65, TussenvoegselNameRecognizer, "De Jong, Van den Heuvel"),
        ("capitals_name", P, ("PERSON",), 0.75, CapitalsNameRecognizer, "a name in capitals"),
        ("paraph_text", P, ("PARAPH",), 0.85, ParaphTextRecognizer, "paraphs in running text"),
        ("header_field", S, ("PERSON", "PARAPH"), 0.8, header_fields, "values of Van, Aan, Contactpersoon, ..."),
        ("attendance_list", S, ("PERSON",), 0.8, attendance_rows, "the rows of an attendance list, name first"),
        ("form_field", S, ("PERSON",), 0.85, form_name_fields, "values of a form's Achternaam, Voornamen, Naam"),
        ("salutation", S, ("PERSON",), 0.85, salutations, "the name after Beste, Hoi, Geachte"),
        ("signature_block", S, ("PERSON",), 0.85, signature_blocks, "the name under a closing greeting"),
        ("chat_speaker", S, ("PERSON", "PARAPH"), 0.85, chat_speakers, "speakers in a chat export"),
        ("paraph_table", S, ("PERSON", "PARAPH"), 0.9, paraph_tables, "Naam and Paraaf columns"),
        ("home_address", S, ("ADDRESS",), 0.85, home_addresses, "a private person's street and postcode"),
        ("birth_date_column", S, ("DATE_OF_BIRTH",), 0.8, birth_date_column, "dates in a table's birth-date column"),
        (
            "initials_column",
            S,
            ("PERSON", "PARAPH"),
            0.8,
            initials_column,
            "initials in a table's Initialen or Init. column, paraphs in its Paraaf column",
        ),
        ("named_with_age", S, ("PERSON",), 0.8, named_with_age, "names with an age in brackets: 'Yonas (14)'"),
        ("nickname", S, ("PERSON",), 0.85, nicknames, "nicknames: 'Jesse Ouwehand ('Jez')', 'noemen hem Mem'"),
        ("initials_born", S, ("PERSON",), 0.8, initials_with_birth_date, "initials alone with a date of birth"),
        ("chinese_name", S, ("PERSON",), 0.8, chinese_names, "a Chinese surname beside a pinyin given name"),
        ("name_column", S, ("PERSON",), 0.8, name_column, "names in a table's Naam or Name column"),
        ("address_column", S, ("ADDRESS",), 0.75, address_column, "home addresses in the Adres column beside names"),
        ("parcel_column", S, ("ADDRESS",), 0.75, parcel_column, "cadastral parcels of private owners in a table"),
        ("parcel", S, ("ADDRESS",), 0.75, parcels_in_text, "cadastral parcels in running text (flagged)"),
        ("file_name", S, ("PERSON",), 0.8, file_name_names, "names written into file names (an inventory's)"),
        (
            "personnel_number_column",
            S,
            ("PERSONAL_NUMBER",),
            0.8,
            personnel_number_column,
            "numbers in a table's personnel-number column",
        ),
        ("phone_column", S, ("PHONE_NUMBER",), 0.8, phone_column, "numbers in a phone column beside a name column"),
        ("account_column", S, ("USERNAME",), 0.8, account_column, "account names in a table's Account column"),
        ("table_cell", S, ("PERSON", "ADDRESS", "PHONE_NUMBER"), 0.8, wrapped_cells, "wrapped table cells"),
        (
            "column_line",
            S,
            ("PERSON", "PHONE_NUMBER"),
            0.8,
            column_lines,
            "names and phone numbers broken over a line end in a text column",
        ),
        ("vertical_text", S, ("PERSON", "USERNAME"), 0.8, vertical_text, "names and user names set vertically"),
        ("team_code", S, ("PARAPH",), 0.8, team_codes, "a team's staff codes of initials: 'CC-JdK', 'CC-SM'"),
        ("kvk_number", S, ("KVK_NUMBER",), 0.7, kvk_numbers, "KvK numbers of an eenmanszaak or vof (flagged)"),
        ("wrapped_iban", S, ("IBAN_CODE",), 0.85, wrapped_ibans, "an IBAN wrapped over two lines of its table cell"),
        (
            "special_category",
            S,
            ("HEALTH", "CRIMINAL_DATA", "BELIEF", "FINANCES", "DISCIPLINARY"),
            0.6,
            special_categories,
            "health, criminal data, religion, origin, orientation, opinion (5.1.1d), finances, discipline (5.1.2e)"
            " of one person",
        ),
    ):
        reg.add(DetectorType(name, kind, entities, score, factory, description))
    reg.add(
        DetectorType(
            "ner", "statistical", ("PERSON",), 0.6, NerPersonRecognizer, "the Dutch NER model (models/)", NerParams
        )
    )
    reg.add(
        DetectorType("custom", "custom", (), 0.85, build_custom, "regexes or a deny list from the config", CustomParams)
    )
