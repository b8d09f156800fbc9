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
import importlib
import json
import subprocess
import sys
import time
from typing import Any

# Debian python3-uno, visible to the system's Python only (so also not to the type checker: Any)
uno: Any = importlib.import_module("uno")


def _prop(name: str, value: object) -> Any:
    p = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
    p.Name, p.Value = name, value
    return p


def _say(message: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def _connect(pipe: str, office: subprocess.Popen[bytes], startup: float) -> tuple[Any, Any]:
    """(the office's component context, its Desktop)."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + startup
    while True:
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return ctx, ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except Exception:  # noqa: BLE001 - NoConnectException until soffice listens
            if office.poll() is not None:
                raise RuntimeError(f"soffice exited with code {office.returncode} while starting") from None
            if time.monotonic() > deadline:
                raise RuntimeError(f"soffice did not start listening within {startup:.0f} s") from None
            time.sleep(0.1)


def _load_args(url: str) -> tuple[Any, ...]:
    return (
        _prop("URL", url),
        _prop("Hidden", True),
        _prop("ReadOnly", True),
        _prop("MacroExecutionMode", 0),  # com.sun.star.document.MacroExecMode.NEVER_EXECUTE
        _prop("UpdateDocMode", 0),  # com.sun.star.document.UpdateDocMode.NO_UPDATE: no linked content fetched
    )


def _model_only(ctx: Any, url: str) -> Any:
    """The document loaded without a frame or view: nothing of the user interface is made.

    LibreOffice without its GUI packages (``libreoffice-writer-nogui``) aborts
    when a view of a document with comments makes its comment windows, which
    happens in the main loop a resident soffice runs between calls. A model
    without a view can be saved in another document format, not exported to PDF.
    """
    smgr = ctx.ServiceManager
    detection = smgr.createInstanceWithContext("com.sun.star.document.TypeDetection", ctx)
    _, found = detection.queryTypeByDescriptor((_prop("URL", url),), True)
    filter_name = next((p.Value for p in found if p.Name == "FilterName"), "")
    if not filter_name:
        raise RuntimeError("LibreOffice does not recognise the file format")
    factory = smgr.createInstanceWithContext("com.sun.star.document.FilterFactory", ctx)
    service = next((p.Value for p in factory.getByName(filter_name) if p.Name == "DocumentService"), "")
    model = smgr.createInstanceWithContext(service or "com.sun.star.text.TextDocument", ctx)
    model.load((*_load_args(url), _prop("FilterName", filter_name)))
    return model


def _convert(ctx: Any, desktop: Any, src: str, dest: str, filter_name: str) -> None:
    if filter_name == "writer_pdf_Export":  # PDF export needs a view (its layout)
        doc = desktop.loadComponentFromURL(src, "_blank", 0, _load_args(src)[1:])
    else:
        doc = _model_only(ctx, src)
    if doc is None:
        raise RuntimeError("LibreOffice could not open it")
    try:
        doc.storeToURL(dest, (_prop("FilterName", filter_name), _prop("Overwrite", True)))
    finally:
        try:
            doc.close(True)
        except Exception:  # noqa: BLE001 - a document that cannot close is disposed with the next one
            doc.dispose()


def _ended(office: subprocess.Popen[bytes], grace: float) -> bool:
    try:
        office.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        return False
    return True


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
        ctx, desktop = _connect(pipe, office, startup)
    except Exception as exc:  # noqa: BLE001 - every reason is the caller's to report
        _say({"ready": False, "error": str(exc)})
        office.kill()
        return 1
    _say({"ready": True, "soffice": office.pid})
    for line in sys.stdin:
        request = json.loads(line)
        try:
            _convert(ctx, desktop, request["src"], request["dest"], request["filter"])
        except Exception as exc:  # noqa: BLE001 - a UNO exception names the problem; the document fails alone
            why = f"{type(exc).__name__}: {getattr(exc, 'Message', '') or exc}"
            crashed = "disposed" in why.lower() or _ended(office, 1.0)  # the connection is gone, or soffice
            _say({"ok": False, "error": why, "crashed": crashed})
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
