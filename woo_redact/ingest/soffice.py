"""The LibreOffice processes behind :class:`.office.Converter`: one resident soffice per worker, or one per call.

**Resident** (the default when it can be had): each worker starts one
``soffice --headless`` with its own profile folder and keeps it for all its
documents. It is driven over UNO by :mod:`.uno_bridge`, a small script run by
the system's Python, the one Debian's ``python3-uno`` is built for (pyuno links
to that interpreter's libpython, so it cannot be imported into the project's
venv, which may run another Python). The bridge talks to soffice over a named
pipe, not a TCP port, so no other program on the machine can reach it; it talks
to us over its stdin and stdout, one JSON line per document.

- *Time limit per document*: the answer is awaited for ``timeout`` seconds; a
  document that takes longer fails alone, and the bridge and its soffice (one
  process group) are killed. The next document starts a new one.
- *Crash*: when soffice dies during a document, that document is converted
  by a soffice of its own (as in the fallback below: a crash may be the
  resident mode's, e.g. of a user-interface part the ``-nogui`` package lacks),
  and the next document starts a new resident one.
- *Shutdown*: :meth:`Resident.close` closes the bridge's input; it ends soffice
  (``Desktop.terminate``) and exits, and whatever is left of the group after
  the grace period is killed.

Why not ``unoserver`` (MIT, PyPI)? It must run inside a Python that imports
``uno`` (the system's, where pip refuses to install on Debian), serves an
XML-RPC port any local user can connect to, and needs two processes per worker
plus free ports. The bridge here is the part of it the pipeline needs.

**Per call** (:class:`OneShot`, the fallback when ``python3-uno`` is missing or
the resident soffice does not start): ``soffice --convert-to`` per conversion,
with the same profile folder and the same time limit; slower (LibreOffice
starts for every document), with the same output.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import select
import shutil
import signal
import subprocess
import time
from pathlib import Path
from typing import IO, Any

UNO_PYTHON_ENV = "WOO_REDACT_UNO_PYTHON"  # a Python that can import uno, when not the system's python3
BRIDGE = Path(__file__).with_name("uno_bridge.py")
STARTUP_SECONDS = 60.0  # a first start creates the profile: seconds, not a document's time limit
CLOSE_SECONDS = 20.0
FILTERS = {"pdf": "writer_pdf_Export", "docx": "Office Open XML Text"}  # what --convert-to pdf/docx choose
UNO_HINT = "install python3-uno (Debian: apt-get install --no-install-recommends python3-uno)"


class Hung(Exception):
    """The conversion did not finish within its time limit (soffice was killed)."""


class EngineError(Exception):
    """LibreOffice could not convert the document; ``str()`` is its reason."""


class Crashed(EngineError):
    """soffice died during the conversion (or before it): the caller may try it in a soffice of its own."""


class Unavailable(Exception):
    """The resident soffice cannot be had here; ``str()`` says why."""


@functools.cache
def uno_python() -> tuple[str, str]:
    """(a Python that imports ``uno``, '') or ('', why there is none)."""
    configured = os.environ.get(UNO_PYTHON_ENV, "")
    candidates = [configured] if configured else ["/usr/bin/python3"]
    exe = shutil.which("soffice")
    if exe and not configured:  # LibreOffice's own builds (/opt/libreoffice*) ship their Python
        candidates.append(str(Path(os.path.realpath(exe)).with_name("python")))
    for python in candidates:
        if not Path(python).is_file():
            continue
        try:
            proc = subprocess.run([python, "-I", "-c", "import uno"], capture_output=True, timeout=30, check=False)
        except (OSError, subprocess.SubprocessError):
            continue
        if proc.returncode == 0:
            return python, ""
    where = f"{UNO_PYTHON_ENV}={configured}" if configured else "the system's python3"
    return "", f"{where} cannot import uno: {UNO_HINT}"


def output_of(src: Path, target: str) -> Path:
    """Where a conversion of ``src`` to ``target`` (pdf, docx) is written."""
    return src.parent / "out" / f"{src.stem}.{target}"


class OneShot:
    """``soffice --convert-to`` for every conversion, with one profile folder."""

    mode = "per-document"

    def __init__(self, exe: str, profile: Path) -> None:
        self.exe = exe
        self.profile = profile

    def run(self, src: Path, target: str, timeout: float) -> Path:
        """Convert ``src`` to ``target``; raises :class:`Hung` or :class:`EngineError`."""
        dest = output_of(src, target)
        cmd = [
            self.exe, f"-env:UserInstallation={self.profile.as_uri()}", "--headless", "--norestore",
            "--nolockcheck", "--convert-to", target, "--outdir", str(dest.parent), str(src),
        ]  # fmt: skip
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise Hung from None
        if proc.returncode != 0 or not dest.is_file():
            detail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
            raise EngineError(detail[0][:200])
        return dest

    def close(self) -> None:
        """Nothing runs between calls."""


class Resident:
    """One soffice kept for all conversions, driven by :mod:`.uno_bridge`; started on first use."""

    mode = "resident"

    def __init__(self, exe: str, python: str, workdir: Path) -> None:
        self.exe = exe
        self.python = python
        self.workdir = workdir
        self.starts = 0  # soffice processes started (1 unless one hung or crashed)
        self.soffice_pid = 0
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._buf = b""

    def run(self, src: Path, target: str, timeout: float) -> Path:
        """Convert ``src`` to ``target``.

        Raises :class:`Hung`, :class:`Crashed` (both after killing soffice),
        :class:`EngineError` or :class:`Unavailable`.
        """
        dest = output_of(src, target)
        dest.parent.mkdir(parents=True, exist_ok=True)
        request = {"src": src.as_uri(), "dest": dest.as_uri(), "filter": FILTERS[target]}
        proc = self._proc or self._start()
        try:
            assert proc.stdin is not None
            proc.stdin.write((json.dumps(request) + "\n").encode())
            proc.stdin.flush()
            reply = self._answer(timeout)
        except Hung:
            self._kill()
            raise
        except BrokenPipeError:
            reply = None
        if reply is None or reply.get("crashed"):
            self._kill()  # the next document starts a new one
            raise Crashed(str((reply or {}).get("error", "soffice ended without an answer"))[:200])
        if not reply.get("ok"):
            raise EngineError(str(reply.get("error", "no output"))[:200])
        if not dest.is_file():
            raise EngineError("no output")
        return dest

    def _start(self) -> subprocess.Popen[bytes]:
        self.starts += 1
        profile = self.workdir / f"profile-{self.starts}"  # a fresh one: a killed soffice may leave its own broken
        shutil.rmtree(self.workdir / f"profile-{self.starts - 1}", ignore_errors=True)
        pipe = f"woo-redact-{os.getpid()}-{id(self):x}-{self.starts}"
        self._log = open(self.workdir / f"bridge-{self.starts}.log", "wb")  # noqa: SIM115 - closed in _kill
        self._buf = b""
        self._proc = subprocess.Popen(
            [self.python, "-I", str(BRIDGE), self.exe, profile.as_uri(), pipe, str(STARTUP_SECONDS)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log,
            start_new_session=True,  # its own group: soffice with it, killed together, no Ctrl-C from the terminal
        )  # fmt: skip
        try:
            ready = self._answer(STARTUP_SECONDS + 10)
        except Hung:
            ready = None
        if not ready or not ready.get("ready"):
            self._kill()
            why = (ready or {}).get("error") or self._log_tail() or "no answer"
            raise Unavailable(f"the resident LibreOffice did not start ({why})")
        self.soffice_pid = int(ready.get("soffice", 0))
        return self._proc

    def _answer(self, timeout: float) -> dict[str, Any] | None:
        """The bridge's next JSON line; None when it exited; :class:`Hung` after ``timeout`` seconds."""
        assert self._proc is not None and self._proc.stdout is not None
        fd = self._proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise Hung
            ready, _, _ = select.select([fd], [], [], left)
            if ready:
                chunk = os.read(fd, 65536)
                if not chunk:
                    return None
                self._buf += chunk
        line, self._buf = self._buf.split(b"\n", 1)
        try:
            answer = json.loads(line)
        except ValueError:
            return None
        return answer if isinstance(answer, dict) else None

    def _log_tail(self) -> str:
        try:
            lines = (self.workdir / f"bridge-{self.starts}.log").read_text("utf-8", "replace").strip().splitlines()
        except OSError:
            return ""
        return lines[-1][:200] if lines else ""

    def _kill(self) -> None:
        """Kill the bridge and its soffice (the whole group) now."""
        proc, self._proc = self._proc, None
        if proc is not None:
            _killpg(proc)
            proc.wait()
            for stream in (proc.stdin, proc.stdout):
                if stream is not None:
                    with contextlib.suppress(BrokenPipeError):
                        stream.close()
        if self._log is not None:
            self._log.close()
            self._log = None

    def close(self) -> None:
        """End soffice cleanly (the bridge terminates it when its input ends); kill what is left after a while."""
        proc = self._proc
        if proc is None:
            return
        try:
            assert proc.stdin is not None
            proc.stdin.close()
        except BrokenPipeError:
            pass
        deadline = time.monotonic() + CLOSE_SECONDS
        while time.monotonic() < deadline and not _exited(proc):
            time.sleep(0.05)
        self._kill()  # whatever of the group is left (nothing, normally)


def _exited(proc: subprocess.Popen[bytes]) -> bool:
    """Whether the process has exited, without reaping it (its id stays ours until :func:`_killpg`)."""
    try:
        return os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
    except ChildProcessError:
        return True


def _killpg(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL to the process's group; called before it is reaped, so the group id is still its own."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
