"""A small writer of Outlook .msg files (OLE compound file + MS-OXMSG properties), for the tests.

Writes what a printed e-mail needs and nothing more: subject, body, sender, sent
time, transport headers (for the thread), To/CC recipients and attachments by
value. The compound file is version 3 (512-byte sectors, 64-byte mini sectors,
4096-byte cut-off) as [MS-CFB] describes; streams below the cut-off go to the
mini stream. Written for woo_redact's tests (MIT); no sample file is needed.
"""

from __future__ import annotations

import datetime as dt
import struct
from dataclasses import dataclass, field

SECTOR = 512
MINI = 64
CUTOFF = 4096
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
PT_INT, PT_TIME, PT_STRING, PT_BINARY = 0x0003, 0x0040, 0x001F, 0x0102


@dataclass
class Node:
    name: str
    data: bytes | None = None  # a stream; None: a storage
    kids: list[Node] = field(default_factory=list)


def _props(header: bytes, props: list[tuple[int, int, object]], node: Node) -> None:
    """Add the property streams of ``props`` (pid, type, value) to storage ``node``."""
    body = bytearray(header)
    for pid, ptyp, value in props:
        tag = (pid << 16) | ptyp
        if ptyp == PT_INT:
            body += struct.pack("<IIiI", tag, 6, int(value), 0)  # type: ignore[call-overload]
        elif ptyp == PT_TIME:
            assert isinstance(value, dt.datetime)
            ft = int((value - dt.datetime(1601, 1, 1, tzinfo=dt.UTC)).total_seconds() * 10_000_000)
            body += struct.pack("<IIQ", tag, 6, ft)
        else:
            raw = str(value).encode("utf-16-le") if ptyp == PT_STRING else bytes(value)  # type: ignore[arg-type]
            size = len(raw) + 2 if ptyp == PT_STRING else len(raw)  # a string's size counts its terminator
            body += struct.pack("<IIII", tag, 6, size, 0)
            node.kids.append(Node(f"__substg1.0_{pid:04X}{ptyp:04X}", raw))
    node.kids.append(Node("__properties_version1.0", bytes(body)))


def msg_bytes(
    *,
    subject: str,
    body: str,
    sender_name: str,
    sender_address: str,
    sent: dt.datetime,
    to: list[tuple[str, str]],
    cc: list[tuple[str, str]] = (),  # type: ignore[assignment]
    attachments: list[tuple[str, bytes, str]] = (),  # type: ignore[assignment]
    headers: str = "",
) -> bytes:
    """The bytes of a .msg file with these contents."""
    root = Node("Root Entry")
    recipients = [(n, a, 1) for n, a in to] + [(n, a, 2) for n, a in cc]
    props: list[tuple[int, int, object]] = [
        (0x001A, PT_STRING, "IPM.Note"),
        (0x0037, PT_STRING, subject),
        (0x0039, PT_TIME, sent),
        (0x0C1A, PT_STRING, sender_name),
        (0x5D01, PT_STRING, sender_address),
        (0x1000, PT_STRING, body),
        (0x340D, PT_INT, 0x00040000),  # PidTagStoreSupportMask: STORE_UNICODE_OK
    ]
    if headers:
        props.append((0x007D, PT_STRING, headers))
    header = struct.pack("<8xIIII8x", len(recipients), len(attachments), len(recipients), len(attachments))
    _props(header, props, root)
    for i, (name, address, kind) in enumerate(recipients):
        r = Node(f"__recip_version1.0_#{i:08X}")
        rprops = [(0x3001, PT_STRING, name), (0x39FE, PT_STRING, address), (0x0C15, PT_INT, kind)]
        _props(b"\0" * 8, rprops, r)
        root.kids.append(r)
    for i, (name, data, mime) in enumerate(attachments):
        a = Node(f"__attach_version1.0_#{i:08X}")
        aprops = [
            (0x3705, PT_INT, 1),  # PidTagAttachMethod: by value
            (0x3707, PT_STRING, name),
            (0x3701, PT_BINARY, data),
            (0x370E, PT_STRING, mime),
        ]
        _props(b"\0" * 8, aprops, a)
        root.kids.append(a)
    root.kids.append(Node("__nameid_version1.0"))
    nameid = root.kids[-1]
    for n in ("__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"):
        nameid.kids.append(Node(n, b""))
    return compound_file(root)


# --- the compound file ---------------------------------------------------------------


def _sort_key(node: Node) -> tuple[int, str]:
    return (len(node.name), node.name.upper())


def compound_file(root: Node) -> bytes:
    """An [MS-CFB] version 3 file holding the storage tree under ``root``."""
    entries: list[Node] = []
    left: dict[int, int] = {}
    right: dict[int, int] = {}
    child: dict[int, int] = {}

    def add(node: Node) -> int:
        entries.append(node)
        return len(entries) - 1

    def tree(nodes: list[Node]) -> int:
        """A balanced binary search tree of siblings (all black); returns its root's id."""
        if not nodes:
            return NOSTREAM
        nodes = sorted(nodes, key=_sort_key)
        mid = len(nodes) // 2
        me = add(nodes[mid])
        left[me] = tree(nodes[:mid])
        right[me] = tree(nodes[mid + 1 :])
        if nodes[mid].data is None:
            child[me] = tree(nodes[mid].kids)
        return me

    add(root)
    child[0] = tree(root.kids)

    sectors: list[bytes] = []
    fat: list[int] = []

    def chain(data: bytes) -> int:
        if not data:
            return END
        start = len(sectors)
        n = (len(data) + SECTOR - 1) // SECTOR
        for i in range(n):
            sectors.append(data[i * SECTOR : (i + 1) * SECTOR].ljust(SECTOR, b"\0"))
            fat.append(start + i + 1 if i < n - 1 else END)
        return start

    mini = bytearray()
    minifat: list[int] = []
    start: dict[int, int] = {}
    for i, node in enumerate(entries):
        if node.data is None or i == 0:
            continue
        if len(node.data) >= CUTOFF:
            start[i] = chain(node.data)
        elif node.data:
            first = len(mini) // MINI
            n = (len(node.data) + MINI - 1) // MINI
            mini += node.data.ljust(n * MINI, b"\0")
            minifat += [first + k + 1 if k < n - 1 else END for k in range(n)]
            start[i] = first
        else:
            start[i] = END
    mini_start = chain(bytes(mini))
    minifat_bytes = b"".join(struct.pack("<I", v) for v in minifat)
    minifat_bytes += struct.pack("<I", FREE) * ((-len(minifat)) % (SECTOR // 4))
    minifat_start = chain(minifat_bytes) if minifat else END
    n_minifat = len(minifat_bytes) // SECTOR if minifat else 0

    dirs = bytearray()
    for i, node in enumerate(entries):
        name = node.name.encode("utf-16-le") + b"\0\0"
        kind = 5 if i == 0 else (2 if node.data is not None else 1)
        size = len(mini) if i == 0 else len(node.data or b"")
        first = mini_start if i == 0 else start.get(i, 0 if node.data is None else END)
        if i == 0 and not mini:
            first = END
        dirs += name.ljust(64, b"\0")
        dirs += struct.pack("<HBB", len(name), kind, 1)
        dirs += struct.pack("<III", left.get(i, NOSTREAM), right.get(i, NOSTREAM), child.get(i, NOSTREAM))
        dirs += b"\0" * 16 + b"\0" * 4 + b"\0" * 16
        dirs += struct.pack("<IQ", first, size)
    dirs += b"\0" * ((-len(dirs)) % SECTOR)
    # unused directory slots must be empty entries with no siblings
    dir_start = chain(bytes(dirs))

    # the FAT, which also lists its own sectors
    n_fat = 1
    while (len(fat) + n_fat) > n_fat * (SECTOR // 4):
        n_fat += 1
    fat_first = len(fat)
    fat += [FATSECT] * n_fat
    fat += [FREE] * (n_fat * (SECTOR // 4) - len(fat))
    fat_bytes = b"".join(struct.pack("<I", v) for v in fat)
    for k in range(n_fat):
        sectors.append(fat_bytes[k * SECTOR : (k + 1) * SECTOR])
    assert n_fat <= 109, "a test message this large needs DIFAT sectors"
    difat = [fat_first + k for k in range(n_fat)] + [FREE] * (109 - n_fat)

    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
    header += struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIII", 0, n_fat, dir_start, 0)
    header += struct.pack("<IIIII", CUTOFF, minifat_start, n_minifat, END, 0)
    header += b"".join(struct.pack("<I", v) for v in difat)
    assert len(header) == SECTOR
    return header + b"".join(sectors)
