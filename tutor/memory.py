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
