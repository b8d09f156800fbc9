"""A generated batch of text notes for `make bench`: N pages of Dutch government notes.

Each note has 1-3 A4 pages of text (reportlab, Helvetica) with a header block,
paragraphs, and the kind of personal data the notes carry: names from a pool
shared over the batch (so that names propagate between documents), e-mail
addresses, phone numbers. Deterministic for a seed. Names come from Faker's
nl_NL provider (MIT), the filler text is written here.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

FILLER = (
    "De werkgroep bespreekt de voortgang van het programma en de planning voor het komende kwartaal.",
    "Het ministerie vraagt de uitvoeringsorganisaties om voor het einde van de maand te reageren.",
    "In het overleg is afgesproken dat de gemeenten een voorstel voor de verdeling van de middelen doen.",
    "De kosten van de maatregel worden gedekt uit de begroting van het lopende jaar.",
    "Over de uitvoering van de motie is de Tweede Kamer per brief geïnformeerd.",
    "De juridische toets van het wetsvoorstel is afgerond; er zijn geen bezwaren gevonden.",
    "Het advies van de Raad van State wordt in de nota naar aanleiding van het verslag verwerkt.",
    "De directie stelt voor de pilot met een jaar te verlengen en daarna te evalueren.",
)
SUBJECTS = ("Voortgang programma", "Reactie op advies", "Verdeling middelen", "Planning overleg", "Evaluatie pilot")


def _pool(n: int, seed: int) -> list[tuple[str, str]]:
    """(full name, e-mail address) pairs."""
    from faker import Faker

    fake = Faker("nl_NL")
    Faker.seed(seed)
    people = []
    for _ in range(n):
        first, last = fake.first_name(), fake.last_name()
        local = f"{first[0]}.{last.replace(' ', '').lower()}"
        people.append((f"{first} {last}", f"{local}@minbzk.nl"))
    return people


def write_note(path: Path, pages: int, rng: random.Random, people: list[tuple[str, str]]) -> None:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    author, mail = rng.choice(people)
    for p in range(pages):
        y = 780.0
        lines: list[tuple[str, str]] = []
        if p == 0:
            lines += [
                ("Helvetica-Bold", f"Nota: {rng.choice(SUBJECTS)}"),
                ("Helvetica", "Aan: de minister van Binnenlandse Zaken en Koninkrijksrelaties"),
                ("Helvetica", f"Van: {author}, beleidsmedewerker"),
                ("Helvetica", f"E-mail: {mail}"),
                ("Helvetica", f"Telefoon: 06-{rng.randrange(10_000_000, 99_999_999)}"),
                ("Helvetica", f"Datum: {rng.randrange(1, 28)} maart 2024"),
                ("Helvetica", ""),
            ]
        while len(lines) < 40:
            if rng.random() < 0.12:
                name, _ = rng.choice(people)
                lines.append(("Helvetica", f"{name} heeft de stukken op {rng.randrange(1, 28)} april doorgestuurd."))
            else:
                lines.append(("Helvetica", rng.choice(FILLER)))
        for font, text in lines:
            c.setFont(font, 10)
            c.drawString(72, y, text)
            y -= 17
        c.showPage()
    c.save()


def generate(folder: Path, pages: int, seed: int = 13, pool: int = 400) -> int:
    """Notes with ``pages`` pages in all under ``folder``; the number of notes."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    people = _pool(pool, seed)
    done = n = 0
    while done < pages:
        k = min(rng.choice((1, 2, 2, 3, 3)), pages - done)
        write_note(folder / f"note{n:05d}.pdf", k, rng, people)
        done += k
        n += 1
    return n


if __name__ == "__main__":
    print(generate(Path(sys.argv[1]), int(sys.argv[2])), "notes")
