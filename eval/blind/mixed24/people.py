"""Invented name pools (no real persons intended). Drawn per document without replacement."""
import random

FIRST = {
    "nl": ["Sanne", "Marieke", "Bas", "Annelies", "Joost", "Femke", "Wouter", "Ingrid", "Ruud", "Lotte",
           "Maarten", "Hanneke", "Eline", "Gert-Jan", "Marloes", "Thijs", "Karin", "Jan-Willem", "Roos",
           "Koen", "Mirjam", "Floor", "Arjen", "Wilma", "Niels", "Esther", "Ruben", "Anouk", "Daan", "Petra"],
    "fy": ["Sjoukje", "Hylke", "Wytske", "Tjeerd", "Auke", "Gerbrich", "Jelle", "Sietske", "Wiebe", "Baukje"],
    "sr": ["Sharmila", "Rakesh", "Glenn", "Naomi", "Priya", "Ravi", "Romeo", "Chandni", "Kenneth", "Sunita"],
    "ma": ["Fatima", "Mohamed", "Youssef", "Khadija", "Samira", "Hamza", "Nadia", "Bilal", "Soufiane", "Latifa"],
    "tr": ["Elif", "Mehmet", "Ayşe", "Emre", "Zeynep", "Burak", "Selin", "Hakan", "Gökhan", "Derya"],
    "be": ["Wannes", "Lieselotte", "Jens", "Griet", "Pieter-Jan", "Annelore", "Bram", "Ilse"],
    "id": ["Dewi", "Budi", "Sri", "Wahyu", "Ratna", "Agus", "Indah", "Yohan"],
    "cn": ["Wei", "Mei Ling", "Jun", "Xiaoyu", "Hui", "Ming", "Lian", "Kai"],
    "pl": ["Katarzyna", "Tomasz", "Agnieszka", "Piotr", "Małgorzata", "Krzysztof", "Joanna", "Paweł"],
    "gh": ["Kwame", "Akosua", "Kofi", "Abena", "Yaw", "Efua"],
}
# (particle, surname core)
LAST = {
    "nl": [("van den", "Heuvel"), ("de", "Groot"), ("", "Verhoeven"), ("van", "Dijk"), ("", "Kuipers"),
           ("", "Hendriks"), ("van der", "Linden"), ("", "Mulder"), ("de", "Bruin-Oosterhof"), ("", "Schouten"),
           ("van", "Leeuwen-Bos"), ("", "Brouwer"), ("ter", "Horst"), ("", "Veldkamp"), ("", "Bosman"),
           ("", "Wijnands"), ("", "Timmermans"), ("", "Roelofs"), ("", "Lammers"), ("", "Evers"),
           ("van", "Wijngaarden"), ("", "Oudejans"), ("de", "Wit-Bakker"), ("", "Kleinjan"), ("", "Hoogendoorn"),
           ("van", "Beek"), ("", "Rietveld"), ("", "Scheepmaker"), ("", "Ketelaar"), ("", "Gerritsen"),
           ("van der", "Meulen-Kok"), ("", "Damen"), ("", "Boerema"), ("", "Pronk"), ("in 't", "Veld")],
    "fy": [("", "Hoekstra"), ("", "Dijkstra"), ("", "Bosma"), ("", "Terpstra"),
           ("", "Zijlstra"), ("", "Postma"), ("", "Sijbesma"), ("", "Hiemstra"), ("", "Tjepkema")],
    "sr": [("", "Ramdin"), ("", "Sewnath"), ("", "Kartosen"), ("", "Tjon-A-Fong"), ("", "Pinas"),
           ("", "Doelwijt"), ("", "Mahabier"), ("", "Wongsodikromo"), ("", "Jagessar"), ("", "Sitaldin")],
    "ma": [("", "El Amrani"), ("", "Bouzid"), ("", "Ait Taleb"), ("", "Benali"), ("", "El Idrissi"),
           ("", "Ouali"), ("", "Azzouz"), ("", "Chaara"), ("", "Boukhari"), ("", "Lahlali")],
    "tr": [("", "Yılmaz"), ("", "Demir"), ("", "Kaya"), ("", "Öztürk"), ("", "Çelik"), ("", "Aydın"),
           ("", "Şahin"), ("", "Korkmaz"), ("", "Arslan"), ("", "Doğan")],
    "be": [("", "Vandenbroucke"), ("De", "Smedt"), ("", "Claeys"), ("", "Vermeulen"), ("Van", "Acker"),
           ("", "Peeters"), ("", "Goossens"), ("", "Verstraete")],
    "id": [("", "Soerjadi"), ("", "Hartono"), ("", "Siregar"), ("", "Wibowo"), ("", "Pattiasina"),
           ("", "Latuheru"), ("", "Sahertian"), ("", "Tahitu")],
    "cn": [("", "Chen"), ("", "Zhang"), ("", "Wong"), ("", "Liu"), ("", "Huang"), ("", "Zhou"), ("", "Cheung")],
    "pl": [("", "Kowalski"), ("", "Nowak"), ("", "Wiśniewska"), ("", "Zieliński"), ("", "Wójcik"),
           ("", "Lewandowska"), ("", "Kamiński"), ("", "Grabowska")],
    "gh": [("", "Mensah"), ("", "Boateng"), ("", "Owusu"), ("", "Asante"), ("", "Agyeman")],
}
WEIGHTS = {"nl": 10, "fy": 2, "sr": 2, "ma": 2, "tr": 2, "be": 1, "id": 1, "cn": 1, "pl": 1, "gh": 1}


class Pool:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.used_first, self.used_last = set(), set()

    def draw(self, origin=None):
        rng = self.rng
        if origin is None:
            origs = list(WEIGHTS)
            origin = rng.choices(origs, [WEIGHTS[o] for o in origs])[0]
        lo = origin if origin in FIRST else "nl"
        firsts = [f for f in FIRST[lo] if f not in self.used_first] or FIRST["nl"]
        lasts = [l for l in LAST[origin] if l[1] not in self.used_last]
        if not lasts:
            return self.draw("nl")
        f = rng.choice(firsts)
        part, last = rng.choice(lasts)
        self.used_first.add(f)
        self.used_last.add(last)
        return f, part, last
