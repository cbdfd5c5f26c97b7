"""Atomic file writes: a temporary file beside the target, synced to the disk, then renamed over it.

A reader of the target sees the old file or the new one, never a part of either, and any number of
threads or processes may write one path at once: each writer has its own temporary name,
``.NAME.<pid>.<thread>.<count>.<random>.tmp`` in the target's folder, created exclusively.  A writer
killed mid-save leaves its temporary file behind; the next save of the same target removes it once its
process is gone (or it is an hour old).  Model files and SVG pictures are written this way.

    >>> import os, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> target = os.path.join(folder, "model.json")
    >>> write_atomically(target, "{}")
    >>> open(target).read(), os.listdir(folder)
    ('{}', ['model.json'])
"""

try:
    import os
except ImportError:  # a MicroPython port without a filesystem module: files are written in place
    os = None  # type: ignore[assignment]

try:
    import time as _time
except ImportError:  # pragma: no cover - every runtime tinynet supports has time
    _time = None  # type: ignore[assignment]


def write_atomically(path, text):
    """Write text to path (UTF-8) through a temporary file in path's folder, renamed over path at the end.

    The temporary file has a name no other save uses at the same time (``.NAME.<pid>.<thread>.<count>.
    <random>.tmp``, created exclusively), so threads and processes saving to one path never write to the
    same file.  It is flushed and synced to the disk before the rename (os.replace, which is atomic on
    POSIX and Windows; os.rename on MicroPython), and removed if anything fails.  A reader of path sees
    the old file or the new one, never a half-written one, and a failed write leaves the old file alone.
    An error about the folder (missing, read-only) names path, not the temporary file.  Where the
    runtime has no os module the file is written in place.
    """
    path = _path_text(path)
    if os is None:
        _write_in_place(path, text)
        return
    data = text.encode("utf-8")
    remove_stale_temporaries(path)
    fd, temporary = _create_temporary(path)
    try:
        _write_and_sync(fd, temporary, data)
        fd = None
        _rename(temporary, path)
    except BaseException:
        if fd is not None:
            try:
                os.close(fd)
            except OSError:
                pass
        try:
            os.remove(temporary)
        except OSError:
            pass
        raise
    _sync_folder(path)


_counter = [0]


def _temporary_name(path):
    """Return a fresh name for a temporary file beside path: .NAME.<pid>.<thread>.<count>.<random>.tmp."""
    folder, name = _split(path)
    _counter[0] += 1
    parts = [str(os.getpid()) if hasattr(os, "getpid") else "0", str(_thread_id()), str(_counter[0])]
    if hasattr(os, "urandom"):
        parts.append("".join(["%02x" % b for b in os.urandom(4)]))
    elif _time is not None:
        parts.append(str(_time.ticks_us() if hasattr(_time, "ticks_us") else int(_time.time() * 1e6)))
    return folder + "." + name + "." + ".".join(parts) + ".tmp"


# A temporary file whose writer still runs is left alone, unless it is older than this: a save takes
# seconds, so an hour-old one was left by a writer killed mid-save whose process id was since reused.
STALE_SECONDS = 3600


def remove_stale_temporaries(path, max_age=STALE_SECONDS):
    """Remove the temporary files that killed saves of path left behind; return their names.

    Only names of tinynet's own pattern for this target, ``.NAME.<pid>.<thread>.<count>[.<hex>].tmp``,
    are considered, and each only if the process that wrote it no longer exists, or the file is older
    than max_age seconds.  Files of live saves (other threads or processes writing now) stay.  Best
    effort: a runtime without os.listdir removes nothing, and files that vanish meanwhile are skipped.
    """
    if os is None or not hasattr(os, "listdir"):
        return []
    folder, name = _split(path)
    try:
        entries = os.listdir(folder or ".")
    except OSError:
        return []
    removed = []
    for entry in entries:
        pid = _temporary_owner(entry, name)
        if pid is None:
            continue
        candidate = folder + entry
        if _writer_alive(pid) and not _older_than(candidate, max_age):
            continue
        try:
            os.remove(candidate)
            removed.append(candidate)
        except OSError:
            pass
    return removed


def _temporary_owner(entry, name):
    """Return the writer's process id if entry is a temporary file of a save to name, else None."""
    prefix = "." + name + "."
    if not (entry.startswith(prefix) and entry.endswith(".tmp")):
        return None
    parts = entry[len(prefix):-4].split(".")
    if len(parts) not in (3, 4) or not all([p.isdigit() for p in parts[:3]]):
        return None
    if len(parts) == 4 and not all([c in "0123456789abcdef" for c in parts[3]]):
        return None
    return int(parts[0])


def _writer_alive(pid):
    """Whether the process pid exists (True where that cannot be told, so its file is kept)."""
    if not hasattr(os, "kill") or pid <= 0:
        return True
    try:
        os.kill(pid, 0)
    except OSError as error:  # ESRCH (3): no such process; EPERM: it exists but belongs to someone else
        return error.args[0] != 3
    return True


def _older_than(path, seconds):
    """Whether the file at path was last written more than seconds ago."""
    if _time is None or not hasattr(_time, "time"):
        return False
    try:
        return _time.time() - os.stat(path)[8] > seconds
    except OSError:
        return False


def _thread_id():
    """Return the current thread's id, or 0 on a runtime without threads."""
    try:
        import _thread

        return _thread.get_ident()
    except (ImportError, AttributeError):
        return 0




def _split(path):
    """Return (folder with its trailing separator, or '', file name) of path."""
    cut = max(path.rfind("/"), path.rfind("\\") if getattr(os, "sep", "/") == "\\" else -1)
    return path[:cut + 1], path[cut + 1:]


def _create_temporary(path):
    """Create a new temporary file beside path; return (an open file descriptor or None, its name).

    On CPython the file is made with os.open, flags O_CREAT and O_EXCL, and mode 0o666 (less the umask, as
    open() gives), so a name that some other save took meanwhile is never shared but retried.  MicroPython
    has no os.open: its file is opened later by name (the name holds the time and a counter).
    """
    if not hasattr(os, "open"):
        return None, _temporary_name(path)
    flags = _open_flags("O_WRONLY", "O_CREAT", "O_EXCL", "O_BINARY", "O_CLOEXEC")
    for _ in range(100):
        temporary = _temporary_name(path)
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue
        except OSError as error:  # the folder is missing or not writable: name the target, not our file
            raise OSError(error.errno, error.strerror, path)
    raise FileExistsError("could not create a temporary file beside %s" % path)




def _write_and_sync(fd, temporary, data):
    """Write data to the temporary file (fd, or by name if fd is None), flush it and sync it to the disk."""
    if fd is None:
        f = open(temporary, "wb")
    else:
        f = os.fdopen(fd, "wb")
    with f:
        f.write(data)
        f.flush()
        if hasattr(os, "fsync") and hasattr(f, "fileno"):
            os.fsync(f.fileno())


def _write_in_place(path, text):
    """Write text to path directly (a runtime without os)."""
    with open(path, "w") as f:
        f.write(text)


def _rename(source, target):
    """Rename source to target, replacing target (os.replace where it exists, else os.rename)."""
    if hasattr(os, "replace"):
        os.replace(source, target)
        return
    try:
        os.rename(source, target)
    except OSError:  # some filesystems refuse to rename over an existing file
        os.remove(target)
        os.rename(source, target)


def _sync_folder(path):
    """Sync path's folder to the disk, so that the rename survives a power cut (POSIX only; best effort)."""
    if not (hasattr(os, "open") and hasattr(os, "fsync") and hasattr(os, "O_DIRECTORY")):
        return
    try:
        fd = os.open(_split(path)[0] or ".", _open_flags("O_RDONLY", "O_DIRECTORY"))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _path_text(path):
    """Return path as a str (os.fspath of a pathlib.Path where the runtime has it)."""
    if not isinstance(path, str) and os is not None and hasattr(os, "fspath"):
        return os.fspath(path)
    return path


def _open_flags(*names):
    """Return the bitwise or of the os module's flags of these names, skipping those this OS lacks."""
    flags = 0
    for name in names:
        flags |= getattr(os, name, 0)
    return flags
