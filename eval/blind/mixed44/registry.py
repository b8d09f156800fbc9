"""Document registry: each generator registers itself with @doc(name, producer)."""
DOCS = []


def doc(name, producer):
    def deco(fn):
        DOCS.append((name, producer, fn))
        return fn
    return deco
