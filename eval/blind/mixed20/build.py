"""Rebuild set AD (mixed20): python build.py [doc-name-prefix ...]"""
import sys
import traceback

from framework import DOCS, GOLD, SRC, normalise, write_gold
import docs_permits

MODULES = [docs_permits]
for mod_name in ("docs_inspect", "docs_hr", "docs_english", "docs_office", "docs_social"):
    try:
        MODULES.append(__import__(mod_name))
    except ModuleNotFoundError as e:
        if e.name != mod_name:
            raise


def main(argv):
    DOCS.mkdir(exist_ok=True); GOLD.mkdir(exist_ok=True); SRC.mkdir(exist_ok=True)
    fails = 0
    for mod in MODULES:
        for fn in mod.MODULE_DOCS:
            if argv and not any(fn.__name__.startswith(a) for a in argv):
                continue
            spec = fn()
            name, build, redact, keep = spec[:4]
            is_scan = len(spec) > 4 and spec[4]
            try:
                out = DOCS / f"{name}.pdf"
                build(out)
                normalise(out)
                g = write_gold(name, redact, keep, is_scan=is_scan)
                print(f"{name}: pages={g['pages']} redact={sum(len(i['probes']) for i in g['redact'])} "
                      f"keep={sum(len(i['probes']) for i in g['keep'])}", flush=True)
            except Exception:
                fails += 1
                traceback.print_exc()
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
