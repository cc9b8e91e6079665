"""Giving freed memory back to the system.

Python's small objects live in arenas it unmaps when they empty; larger blocks come from
the C library's heap, and glibc keeps the free pages in the middle of that heap for
later rather than returning them. On a lab PC with little memory, Tutor asks glibc to
return them (``malloc_trim``) after it has freed a lot at once: the lesson packs'
loading, a room closed, the spelling dictionaries given back. Measured with
``benchmarks/memory.py``: about 2 MB after a walk through every room. Elsewhere (Windows,
macOS, a C library without ``malloc_trim``) nothing happens.
"""

from __future__ import annotations

import sys

_caches_in_children = False


def keep_caches_in_children(on: bool = True) -> None:
    """Let the large caches that can live in a child process do so (the spelling
    dictionaries: ``tutor.spelling_worker``): their memory then goes back
    whole when they are released. The app turns it on after its first paint; tests and
    the command line keep everything in their own process."""
    global _caches_in_children
    _caches_in_children = on


def caches_in_children() -> bool:
    return _caches_in_children


def give_back() -> bool:
    """Return the C heap's free pages to the system; True if glibc did."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return False
    return bool(trim(0))
