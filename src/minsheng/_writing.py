"""Writing an export's files into a folder: all of them, or none.

:func:`write_all` writes each file into a temporary beside its target and
then renames them all into place, moving the files there aside first and
putting them back if anything fails (a full disk, a file another user owns,
a Ctrl-C between two renames).  :func:`output_folder` and
:func:`make_folders` check and make the folder, recording only the folders
an export made, so that a failed one removes those and nothing else.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from minsheng._errors import InvalidValueError, MinshengError, clip
from minsheng._i18n import Message, msg, verbatim


class ExportError(MinshengError):
    """An export that cannot be written, or needs an extra that is not installed."""

    code = "export"
    reason: Message | None = None
    """Where a file cannot be written, why (No space left on device; a FIFO)."""


def _beside(path: Path) -> Path:
    """A name for a new file beside ``path``: a temporary, or an old file moved aside."""
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")


def _create(path: Path) -> None:
    """Make an empty file with the mode a new file gets (the umask's; mkstemp's is 0600)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))


def _target(folder: Path, name: str) -> Path:
    """Where file ``name`` is written: through a symbolic link, to the file it names."""
    path = folder / name
    if path.is_symlink():
        with contextlib.suppress(FileNotFoundError):  # a link to a file not yet made
            path.stat()  # a loop of links: ELOOP, never replaced by a file
    if path.is_dir():
        raise _refused(path, msg("it is a folder, not a file"))
    if path.exists() and not path.is_file():
        # a FIFO waits for a reader; /dev/null or /dev/stdout would be renamed over
        raise _refused(path, msg("it is not a regular file (a FIFO or a device)"))
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _refuse_one_file_twice(folder: Path, targets: dict[str, Path]) -> None:
    """Refuse two tables whose names lead to one file (a symbolic or hard link)."""
    seen: dict[object, str] = {}
    for name, target in targets.items():
        keys: list[object] = [os.path.normcase(target)]
        if target.exists():
            status = target.stat()
            keys.append((status.st_dev, status.st_ino))
        for key in keys:
            if key in seen:
                raise ExportError(
                    msg(
                        "{first} and {second} are one file: each table needs a file of its own",
                        first=folder / seen[key],
                        second=folder / name,
                    )
                )
            seen[key] = name


def _refused(path: object, reason: Message) -> ExportError:
    """The error of a file an export will not write, and why."""
    shown = clip(str(path), 1024)  # a name of 100,000 letters is not echoed whole
    error = ExportError(msg("cannot write {path}: {reason}", path=shown, reason=reason))
    error.reason = reason
    return error


def cannot_write(path: object, exc: OSError) -> ExportError:
    """The error of a file or folder an export cannot write, with the system's reason."""
    return _refused(path, verbatim(exc.strerror or str(exc)))


def write_all(
    folder: Path, files: dict[str, Callable[[Path], object]], removals: Sequence[Path] = ()
) -> list[Path]:
    """Write each file by its writer into a temporary beside it, then rename them all.

    The files in place (and ``removals``, a stale descriptor) are moved aside
    first and put back if anything fails, a Ctrl-C too, so a failure (a full
    disk, an error in a table, a file another user owns) leaves every file as
    it was and no temporary behind: never half an export.  A file written
    again keeps its mode.
    """
    targets: dict[str, Path] = {}
    temporaries: dict[str, Path] = {}  # each named before it is made: finally removes it
    current: Path | None = folder  # the file being written; None while renaming
    try:
        for name in files:
            current = folder / name
            targets[name] = _target(folder, name)
        _refuse_one_file_twice(folder, targets)
        for name, write in files.items():
            current = targets[name]
            temporaries[name] = _beside(current)
            _create(temporaries[name])
            write(temporaries[name])
            if current.exists():  # after writing: a read-only table is replaced, as before
                shutil.copymode(current, temporaries[name])
        current = None  # _replace_all names the file it failed on
        _replace_all([(temporaries[name], targets[name]) for name in files], removals)
    except OSError as exc:
        raise cannot_write(exc.filename if current is None else current, exc) from None
    except UnicodeError:  # a lone surrogate in a program built in code
        raise ExportError(
            msg("cannot write {path}: a text in it is not valid Unicode", path=current)
        ) from None
    finally:
        for temporary in temporaries.values():
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
    return [folder / name for name in files]


def _replace_all(moves: list[tuple[Path, Path]], removals: Sequence[Path] = ()) -> None:
    """Rename each new file over its target and remove ``removals``, all or none.

    Each step is recorded before it is taken, so that whatever stops it (an
    error, a Ctrl-C that Python raises right after a rename) the old files are
    put back; once every new file is in place, the old ones are removed even
    if a Ctrl-C comes meanwhile, and the Ctrl-C is raised after.
    """
    kept: list[tuple[Path, Path]] = []  # (target, where its old file is moved)
    placed: list[tuple[Path, Path]] = []  # (new file, target)
    at = Path()
    try:
        for at in [*(target for _, target in moves), *removals]:
            if at.exists():
                aside = _beside(at)
                kept.append((at, aside))
                at.replace(aside)
        for new, at in moves:
            placed.append((new, at))
            new.replace(at)
    except BaseException as exc:
        for new, target in placed:
            if not new.exists():  # renamed: the target is the new file
                with contextlib.suppress(OSError):
                    target.unlink()
        for target, aside in kept:
            if aside.exists() and not target.exists():
                with contextlib.suppress(OSError):
                    aside.replace(target)
        if isinstance(exc, OSError):
            raise OSError(exc.errno, exc.strerror, str(at)) from None
        raise
    interrupted: BaseException | None = None
    for _, aside in kept:
        while True:
            try:
                aside.unlink(missing_ok=True)
            except OSError:
                break
            except BaseException as exc:  # noqa: BLE001 - a Ctrl-C: finish, then raise it
                interrupted = exc
                continue
            break
    if interrupted is not None:
        raise interrupted


def text_writer(text: str) -> Callable[[Path], object]:
    """A writer of ``text`` as UTF-8 for :func:`write_all`."""
    return lambda path: path.write_text(text, encoding="utf-8", newline="")


def write_texts(folder: Path, texts: dict[str, str]) -> list[Path]:
    """Write each text to ``folder / name`` as UTF-8, all of them or none, as :func:`write_all`.

    A name may hold folders (``en/index.html``): those that are missing are
    made, and removed again if the writing fails.
    """
    with undone_on_failure() as made:
        parents = {(folder / name).parent for name in texts}
        for parent in sorted(parents, key=lambda p: len(p.parts)):
            make_folders(parent, made)
        return write_all(folder, {name: text_writer(text) for name, text in texts.items()})


@contextlib.contextmanager
def undone_on_failure() -> Iterator[list[Path]]:
    """A list for :func:`make_folders`: the folders it records go again if the block fails.

    They are empty again then (a failed write leaves no file): as they were, absent.
    """
    made: list[Path] = []
    try:
        yield made
    except BaseException:
        for empty in reversed(made):
            with contextlib.suppress(OSError):
                empty.rmdir()
        raise


def make_folders(folder: Path, made: list[Path]) -> None:
    """Make ``folder`` and the folders above it that are missing; record those it made.

    Only a folder this call made is recorded (one another process makes
    meanwhile, or ``new/..``, is not), so that a failed export removes those
    and nothing else.
    """
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    try:
        for path in reversed(missing):
            try:
                path.mkdir()
            except FileExistsError:
                continue
            made.append(path)
    except OSError as exc:
        raise cannot_write(exc.filename or folder, exc) from None


def output_folder(to: str | os.PathLike[str]) -> Path:
    """The folder an export writes into, or an error that says why it cannot be one."""
    path = os.fspath(to)
    if not path.strip():
        raise InvalidValueError(msg("the output path must not be empty"))
    if (b"\0" if isinstance(path, bytes) else "\0") in path:
        raise InvalidValueError(msg("the output path must not hold a NUL character"))
    try:
        os.fsencode(path)
    except UnicodeError:  # a lone surrogate the file system cannot name
        raise InvalidValueError(
            msg("the output path {path} is not one the file system can name", path=clip(repr(path)))
        ) from None
    folder = Path(to)
    try:
        if folder.exists() and not folder.is_dir():
            raise ExportError(msg("{path} is a file: export writes into a folder", path=folder))
    except OSError as exc:  # a name too long
        raise cannot_write(clip(str(folder)), exc) from None
    return folder
