"""The studio's files: only inside FOLDER (no '..', no absolute paths, no symlinks out),
written atomically, each earlier version kept in FOLDER/.history/."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import time
from importlib import resources
from pathlib import Path

from handprint.spec.library import specs_under

HISTORY = ".history"
MAX_SPEC_BYTES = 1_000_000
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _-]{0,80}$")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")


class Refused(ValueError):
    """A path or name the studio will not touch; the message is for the user."""


class Changed(Exception):
    """The file changed on disk since it was opened."""

    def __init__(self, disk: str):
        super().__init__("changed on disk")
        self.disk = disk


def inside(folder: Path, rel: str) -> Path:
    """FOLDER/rel, refused unless it stays inside FOLDER once every symlink is followed."""
    if not rel or "\0" in rel or "\\" in rel:
        raise Refused("not a file name the studio can use")
    parts = Path(rel).parts
    if Path(rel).is_absolute() or ".." in parts or any(p.startswith(".") for p in parts):
        raise Refused(f"'{rel}' is not inside the handouts folder")
    root = folder.resolve()
    path = (root / rel).resolve()
    if not path.is_relative_to(root) or path == root:
        raise Refused(f"'{rel}' is not inside the handouts folder")
    return root / rel


def specs(folder: Path) -> list[str]:
    """Every spec inside FOLDER, as paths relative to it (nothing reached through a link
    that leads out, nothing in hidden folders such as .history)."""
    root = folder.resolve()
    out = []
    for p in specs_under(root):
        rel = p.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if p.resolve().is_relative_to(root):
            out.append(rel.as_posix())
    return out


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def read(folder: Path, rel: str) -> str:
    path = inside(folder, rel)
    if not path.is_file():
        raise Refused(f"'{rel}' is not a spec in this folder")
    data = path.read_bytes()
    if len(data) > MAX_SPEC_BYTES:
        raise Refused(f"'{rel}' is larger than a spec may be")
    return data.decode("utf-8-sig", errors="replace")


def save(folder: Path, rel: str, text: str, base: str | None) -> str:
    """Write text to FOLDER/rel; `base` is the digest of the text the editor opened (None
    for a new file). Raises Changed when the file on disk is neither that nor this text."""
    path = inside(folder, rel)
    if len(text.encode()) > MAX_SPEC_BYTES:
        raise Refused("the spec is larger than 1 MB")
    if path.exists():
        disk = read(folder, rel)
        if digest(disk) not in (base, digest(text)):
            raise Changed(disk)
        keep(folder, rel, disk)
    elif base is not None:
        raise Changed("")
    write(path, text.encode())
    return digest(text)


def keep(folder: Path, rel: str, text: str) -> Path:
    """FOLDER/.history/NAME.TIMESTAMP.yaml (a translation: es__NAME...)."""
    history = folder / HISTORY
    history.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S") + f"-{time.time_ns() % 1_000_000_000:09d}"
    name = Path(rel).with_suffix("").as_posix().replace("/", "__")
    dest = history / f"{name}.{stamp}.yaml"
    write(dest, text.encode())
    return dest


def write(path: Path, data: bytes) -> None:
    """Atomically: a temporary file beside it, then a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def file_name(name: str) -> str:
    name = name.strip().removesuffix(".yaml")
    if not _NAME.match(name):
        raise Refused("a name is letters, digits, spaces, - or _ (at most 80)")
    return name.replace(" ", "-").lower() + ".yaml"


def create(folder: Path, rel: str, text: str) -> str:
    path = inside(folder, rel)
    if path.exists():
        raise Refused(f"'{rel}' already exists: choose another name")
    write(path, text.encode())
    return rel


def starter(kind: str) -> str:
    if kind not in ("poster", "handout", "worksheet"):
        raise Refused("choose poster, handout or worksheet")
    return (resources.files(__package__) / "starters" / f"{kind}.yaml").read_text("utf-8")


def translation_path(rel: str, lang: str) -> str:
    if not _LANG.match(lang) or lang == "en":
        raise Refused("a language code is like es, fr or pt-BR (English is the top folder)")
    return f"{lang}/{Path(rel).name}"


def lang_of(rel: str) -> str:
    parts = Path(rel).parts
    return parts[0] if len(parts) > 1 else "en"
