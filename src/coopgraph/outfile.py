"""Writing an output file whole or not at all: into a temporary file beside it, flushed, then renamed over it."""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def temp_prefix(name: str) -> str:
    """The prefix of the temporary files made for a file of this name (``.NAME.``)."""
    # a file name near the 255-byte limit must still leave room for the temporary file's prefix and suffix
    if len(name.encode()) > 100:
        name = name.encode()[:60].decode(errors="ignore") + hashlib.sha256(name.encode()).hexdigest()[:12]
    return f".{name}."


def replace_file(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """``write`` fills a temporary file that then replaces ``path``: a failure or a kill leaves the old file as it
    was. The new file gets the usual permissions (0666 less the umask), not the temporary file's 0600 (which would
    hide a graph from a server run by another user)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=temp_prefix(path.name), suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
