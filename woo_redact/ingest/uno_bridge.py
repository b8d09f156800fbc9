"""One resident LibreOffice, driven over UNO: run by the Python that has ``uno`` (Debian ``python3-uno``).

Not imported by woo_redact: :mod:`.soffice` runs this file as a script with the
system's Python (``/usr/bin/python3``), because pyuno is built against that
interpreter and cannot be loaded into another one (the project's venv may use
its own Python). It imports the standard library and ``uno`` only.

``python3 uno_bridge.py SOFFICE PROFILE_URI PIPE_NAME STARTUP_SECONDS``

starts ``soffice --headless`` with its own profile, listening on a named pipe
(no TCP port: nothing else on the machine can talk to it), connects to it and
says so on stdout as one JSON line, ``{"ready": true, "soffice": PID}`` (or
``{"ready": false, "error": ...}`` and exits 1). Then, one JSON line per
request on stdin, ``{"src": PATH, "dest": PATH, "filter": NAME}``, it loads the
document hidden, read-only, without macros or link updates, stores it with the
filter, closes it and answers one JSON line: ``{"ok": true}`` or ``{"ok":
false, "error": ..., "crashed": BOOL}``. When soffice died it answers
``crashed`` and exits: the caller starts a new bridge. At end of input it ends
soffice (``terminate``) and exits 0.

The caller keeps the time limit per document: a conversion that does not answer
in time is ended by killing this process's group (soffice is in it).
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time
from typing import Any

import uno  # type: ignore[import-not-found]  # Debian python3-uno; only this script imports it


def _prop(name: str, value: object) -> Any:
    p = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
    p.Name, p.Value = name, value
    return p


def _say(message: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def _connect(pipe: str, office: subprocess.Popen[bytes], startup: float) -> Any:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + startup
    while True:
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except Exception:  # noqa: BLE001 - NoConnectException until soffice listens
            if office.poll() is not None:
                raise RuntimeError(f"soffice exited with code {office.returncode} while starting") from None
            if time.monotonic() > deadline:
                raise RuntimeError(f"soffice did not start listening within {startup:.0f} s") from None
            time.sleep(0.1)


def _convert(desktop: Any, src: str, dest: str, filter_name: str) -> None:
    load = (
        _prop("Hidden", True),
        _prop("ReadOnly", True),
        _prop("MacroExecutionMode", 0),  # com.sun.star.document.MacroExecMode.NEVER_EXECUTE
        _prop("UpdateDocMode", 0),  # com.sun.star.document.UpdateDocMode.NO_UPDATE: no linked content fetched
    )
    doc = desktop.loadComponentFromURL(src, "_blank", 0, load)
    if doc is None:
        raise RuntimeError("LibreOffice could not open it")
    try:
        doc.storeToURL(dest, (_prop("FilterName", filter_name), _prop("Overwrite", True)))
    finally:
        try:
            doc.close(True)
        except Exception:  # noqa: BLE001 - a document that cannot close is disposed with the next one
            doc.dispose()


def main(argv: list[str]) -> int:
    """Serve conversions until stdin ends; see the module doc."""
    exe, profile, pipe, startup = argv[1], argv[2], argv[3], float(argv[4])
    office = subprocess.Popen(
        [
            exe, f"-env:UserInstallation={profile}", "--headless", "--invisible", "--nocrashreport",
            "--nodefault", "--nologo", "--nofirststartwizard", "--norestore", "--nolockcheck",
            f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,  # stdout is the answers' channel; soffice's complaints go to stderr
    )  # fmt: skip
    try:
        desktop = _connect(pipe, office, startup)
    except Exception as exc:  # noqa: BLE001 - every reason is the caller's to report
        _say({"ready": False, "error": str(exc)})
        office.kill()
        return 1
    _say({"ready": True, "soffice": office.pid})
    for line in sys.stdin:
        request = json.loads(line)
        try:
            _convert(desktop, request["src"], request["dest"], request["filter"])
        except Exception as exc:  # noqa: BLE001 - a UNO exception names the problem; the document fails alone
            crashed = office.poll() is not None or type(exc).__name__ == "DisposedException"
            _say(
                {
                    "ok": False,
                    "error": f"{type(exc).__name__}: {getattr(exc, 'Message', '') or exc}",
                    "crashed": crashed,
                }
            )
            if crashed:
                office.kill()
                return 1
            continue
        _say({"ok": True})
    with contextlib.suppress(Exception):  # the bridge closes as soffice ends: that is what we asked for
        desktop.terminate()
    try:
        office.wait(timeout=20)
    except subprocess.TimeoutExpired:
        office.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
