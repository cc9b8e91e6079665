#!/usr/bin/env python3
"""Write the keyboard description files ``assets/keyboards/{us,fr,ar}.toml`` from XKB.

What each key types is taken from the X keyboard database itself: libxkbcommon
(``libxkbcommon.so.0``, through ctypes) compiles the keymap of a layout from the symbol
files in ``/usr/share/X11/xkb/symbols`` (``us``, ``fr``, ``ara`` and the files they
include), exactly as a Linux desktop does, and is asked for the keysyms of every key at
levels 1 (base), 2 (Shift) and 3 (AltGr). Keysyms become characters with
``xkb_keysym_to_utf32``; dead keys keep their keysym name (``dead_circumflex``).

What XKB does not say is added here: the finger of each key (standard touch typing, by
physical column: AZERTY and Arabic use the same columns as QWERTY), the shape of the
physical keyboard (ANSI for US and Arabic 101, ISO for French AZERTY), the home row, and
the letters the French dead keys ^ and ¨ make.

Run from the repository root on Debian/Ubuntu (packages ``libxkbcommon0`` and
``xkb-data``)::

    python3 build/keyboards_from_xkb.py          # writes assets/keyboards/*.toml
    python3 build/keyboards_from_xkb.py --check  # fails if a file differs from XKB
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "assets" / "keyboards"

# ---------------------------------------------------------------- libxkbcommon (ctypes)


class _RuleNames(ctypes.Structure):
    _fields_ = [(name, ctypes.c_char_p) for name in ("rules", "model", "layout", "variant", "options")]


def _library() -> ctypes.CDLL:
    lib = ctypes.CDLL(ctypes.util.find_library("xkbcommon") or "libxkbcommon.so.0")
    lib.xkb_context_new.restype = ctypes.c_void_p
    lib.xkb_context_new.argtypes = [ctypes.c_int]
    lib.xkb_keymap_new_from_names.restype = ctypes.c_void_p
    lib.xkb_keymap_new_from_names.argtypes = [ctypes.c_void_p, ctypes.POINTER(_RuleNames), ctypes.c_int]
    lib.xkb_keymap_key_by_name.restype = ctypes.c_uint32
    lib.xkb_keymap_key_by_name.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    lib.xkb_keymap_num_levels_for_key.restype = ctypes.c_uint32
    lib.xkb_keymap_num_levels_for_key.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint32]
    lib.xkb_keymap_key_get_syms_by_level.restype = ctypes.c_int
    lib.xkb_keymap_key_get_syms_by_level.argtypes = [
        ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint32, ctypes.c_uint32,
        ctypes.POINTER(ctypes.POINTER(ctypes.c_uint32)),
    ]
    lib.xkb_keysym_to_utf32.restype = ctypes.c_uint32
    lib.xkb_keysym_to_utf32.argtypes = [ctypes.c_uint32]
    lib.xkb_keysym_get_name.restype = ctypes.c_int
    lib.xkb_keysym_get_name.argtypes = [ctypes.c_uint32, ctypes.c_char_p, ctypes.c_size_t]
    lib.xkb_keysym_from_name.restype = ctypes.c_uint32
    lib.xkb_keysym_from_name.argtypes = [ctypes.c_char_p, ctypes.c_int]
    lib.xkb_keymap_unref.argtypes = [ctypes.c_void_p]
    lib.xkb_context_unref.argtypes = [ctypes.c_void_p]
    return lib


class XkbLayout:
    """One compiled XKB layout: what each key position types at levels 1-3."""

    def __init__(self, lib: ctypes.CDLL, layout: str, variant: str = "") -> None:
        self.lib = lib
        self.context = lib.xkb_context_new(0)
        names = _RuleNames(b"evdev", b"pc105", layout.encode(), variant.encode(), b"")
        self.keymap = lib.xkb_keymap_new_from_names(self.context, ctypes.byref(names), 0)
        if not self.keymap:
            raise SystemExit(f"libxkbcommon cannot compile the XKB layout {layout!r}")

    def symbol(self, pos: str, level: int) -> str:
        """The character (or ``dead_*`` name) at ``level`` (0 base, 1 Shift, 2 AltGr)."""
        lib = self.lib
        keycode = lib.xkb_keymap_key_by_name(self.keymap, pos.encode())
        if not keycode or level >= lib.xkb_keymap_num_levels_for_key(self.keymap, keycode, 0):
            return ""
        syms = ctypes.POINTER(ctypes.c_uint32)()
        if lib.xkb_keymap_key_get_syms_by_level(self.keymap, keycode, 0, level, ctypes.byref(syms)) != 1:
            return ""
        keysym = syms[0]
        name = ctypes.create_string_buffer(64)
        lib.xkb_keysym_get_name(keysym, name, 64)
        if name.value.startswith(b"dead_"):
            return name.value.decode()
        code = lib.xkb_keysym_to_utf32(keysym)
        char = chr(code) if code else ""
        # Control and format characters (bidi marks, joiners) are not taught.
        return char if char.isprintable() or char == " " else ""

    def close(self) -> None:
        self.lib.xkb_keymap_unref(self.keymap)
        self.lib.xkb_context_unref(self.context)


# ------------------------------------------------------------------ physical keyboard

# Standard touch typing by physical column: the number-row key above a letter key is
# pressed by the finger of that letter (AE06 "6" is above Y, so the right index).
FINGER = {
    "TLDE": "lp", "AE01": "lp", "AE02": "lr", "AE03": "lm", "AE04": "li", "AE05": "li",
    "AE06": "ri", "AE07": "ri", "AE08": "rm", "AE09": "rr", "AE10": "rp", "AE11": "rp",
    "AE12": "rp",
    "AD01": "lp", "AD02": "lr", "AD03": "lm", "AD04": "li", "AD05": "li",
    "AD06": "ri", "AD07": "ri", "AD08": "rm", "AD09": "rr", "AD10": "rp", "AD11": "rp",
    "AD12": "rp", "BKSL": "rp",
    "AC01": "lp", "AC02": "lr", "AC03": "lm", "AC04": "li", "AC05": "li",
    "AC06": "ri", "AC07": "ri", "AC08": "rm", "AC09": "rr", "AC10": "rp", "AC11": "rp",
    "LSGT": "lp", "AB01": "lp", "AB02": "lr", "AB03": "lm", "AB04": "li", "AB05": "li",
    "AB06": "ri", "AB07": "ri", "AB08": "rm", "AB09": "rr", "AB10": "rp",
    "LFSH": "lp", "RTSH": "rp", "SPCE": "th",
}

NUMBER = ["TLDE"] + [f"AE{i:02d}" for i in range(1, 13)]
TOP = [f"AD{i:02d}" for i in range(1, 13)]
HOME = [f"AC{i:02d}" for i in range(1, 12)]
BOTTOM = [f"AB{i:02d}" for i in range(1, 11)]

# (offset of the row in key widths, [(pos, width)]). Modifier keys other than Shift
# (Tab, Caps Lock, Enter, Backspace, Ctrl, Alt) are left out: the offsets keep the
# rows where they are on a real keyboard. The two Shift keys are kept (no character)
# so the keyboard can show which Shift to press.
ANSI = [
    (0.0, [(p, 1.0) for p in NUMBER]),
    (1.5, [(p, 1.0) for p in TOP] + [("BKSL", 1.5)]),
    (1.75, [(p, 1.0) for p in HOME]),
    (0.0, [("LFSH", 2.25)] + [(p, 1.0) for p in BOTTOM] + [("RTSH", 2.75)]),
    (3.75, [("SPCE", 6.25)]),
]
ISO = [
    (0.0, [(p, 1.0) for p in NUMBER]),
    (1.5, [(p, 1.0) for p in TOP]),
    (1.75, [(p, 1.0) for p in HOME] + [("BKSL", 1.0)]),
    (0.0, [("LFSH", 1.25), ("LSGT", 1.0)] + [(p, 1.0) for p in BOTTOM] + [("RTSH", 2.75)]),
    (3.75, [("SPCE", 6.25)]),
]

CIRCUMFLEX = {"a": "â", "e": "ê", "i": "î", "o": "ô", "u": "û",
              "A": "Â", "E": "Ê", "I": "Î", "O": "Ô", "U": "Û", " ": "^"}
DIAERESIS = {"a": "ä", "e": "ë", "i": "ï", "o": "ö", "u": "ü", "y": "ÿ",
             "A": "Ä", "E": "Ë", "I": "Ï", "O": "Ö", "U": "Ü", "Y": "Ÿ", " ": "¨"}

LAYOUTS = {
    "us": dict(xkb=("us", ""), title="QWERTY (US)", shape=ANSI, direction="ltr",
               home="asdfjkl;", bumps="fj", dead={},
               note="US QWERTY, XKB layout 'us' (basic), ANSI keyboard. Used for English and Kiswahili."),
    "fr": dict(xkb=("fr", ""), title="AZERTY (France)", shape=ISO, direction="ltr",
               home="qsdfjklm", bumps="fj",
               dead={"dead_circumflex": CIRCUMFLEX, "dead_diaeresis": DIAERESIS},
               note="French AZERTY, XKB layout 'fr' (basic), ISO keyboard; AltGr is the right Alt key."),
    "ar": dict(xkb=("ara", ""), title="Arabic (101)", shape=ANSI, direction="rtl",
               home="شسيبتنمك", bumps="بت", dead={},
               note="Arabic 101, XKB layout 'ara' (basic), ANSI keyboard; AltGr is the right Alt key."),
}


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def render(layout_id: str, xkb: XkbLayout, spec: dict) -> str:
    xkb_version = _xkb_data_version()
    lines = [
        f"# {spec['note']}",
        "# Generated by build/keyboards_from_xkb.py from the XKB symbol files"
        f" (xkb-data {xkb_version}); fingers by physical column.",
        "# Do not edit by hand: change the script and run it again.",
        f"id = {_quote(layout_id)}",
        f"title = {_quote(spec['title'])}",
        f"direction = {_quote(spec['direction'])}",
        f"home = {_quote(spec['home'])}",
        f"bumps = {_quote(spec['bumps'])}",
    ]
    names = ["number row", "top row", "home row", "bottom row", "space bar"]
    for (offset, keys), name in zip(spec["shape"], names, strict=False):
        lines += ["", f"[[rows]]  # {name}", f"offset = {offset}", "keys = ["]
        for pos, width in keys:
            fields = [f"pos = {_quote(pos)}"]
            if pos == "SPCE":
                fields.append('base = " "')
            elif pos not in ("LFSH", "RTSH"):
                base, shift, altgr = (xkb.symbol(pos, level) for level in range(3))
                fields.append(f"base = {_quote(base)}")
                fields.append(f"shift = {_quote(shift)}")
                if altgr and altgr not in (base, shift):
                    fields.append(f"altgr = {_quote(altgr)}")
            fields.append(f"finger = {_quote(FINGER[pos])}")
            if width != 1.0:
                fields.append(f"width = {width}")
            lines.append("  { " + ", ".join(fields) + " },")
        lines.append("]")
    for dead_name, table in spec["dead"].items():
        lines += ["", f"[dead.{dead_name}]"]
        lines += [f"{_quote(k)} = {_quote(v)}" for k, v in table.items()]
    return "\n".join(lines) + "\n"


def _xkb_data_version() -> str:
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "xkb-data"],
                             capture_output=True, text=True, check=True).stdout
        return out.strip() or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    lib = _library()
    status = 0
    for layout_id, spec in LAYOUTS.items():
        xkb = XkbLayout(lib, *spec["xkb"])
        text = render(layout_id, xkb, spec)
        xkb.close()
        path = OUT / f"{layout_id}.toml"
        if args.check:
            old = path.read_text(encoding="utf-8") if path.exists() else ""
            strip = lambda t: [line for line in t.splitlines() if not line.startswith("# Generated")]  # noqa: E731
            if strip(old) != strip(text):
                print(f"{path}: differs from XKB", file=sys.stderr)
                status = 1
        else:
            OUT.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    return status


if __name__ == "__main__":
    sys.exit(main())
