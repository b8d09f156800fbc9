REGISTRY = {}


def doc(did):
    def deco(fn):
        REGISTRY[did] = fn
        return fn
    return deco
