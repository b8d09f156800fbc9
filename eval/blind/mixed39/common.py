"""Helpers for the content modules of blind set mixed39 (AW). MIT licence. All personal data invented."""


def P(name, *probes):
    """A person: value = full name, probes = the name parts that must not survive (surname core,
    first name where it stands alone, paraph, nickname)."""
    return ("PERSON", name, list(probes))


def E(addr):
    return ("EMAIL", addr, [addr])


def T(num):
    return ("PHONE", num, [num])


def R(kind, value, *probes):
    return (kind, value, list(probes) or [value])


def K(kind, value, *probes):
    return (kind, value, list(probes) or [value])


DISCLAIMER_RIJK = ("Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde "
                   "bent of dit bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de afzender te "
                   "melden en het bericht te verwijderen. De Staat aanvaardt geen aansprakelijkheid voor schade, van "
                   "welke aard ook, die verband houdt met risico's verbonden aan het elektronisch verzenden van berichten.")
DISCLAIMER_EN = ("This message may contain information that is not intended for you. If you are not the addressee "
                 "or if this message was sent to you by mistake, you are requested to inform the sender and delete "
                 "the message. The State accepts no liability for damage of any kind resulting from the risks "
                 "inherent in the electronic transmission of messages.")
