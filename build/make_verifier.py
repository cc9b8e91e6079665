"""Build the employers' certificate verifier, ``assets/credentials/verifier.html``.

One self-contained HTML file (issue #21): the page ``build/verifier/verifier.html`` with its
style, its words in every language (``strings.js``), its code (``verifier.js``) and jsQR
(``jsQR.min.js``, Apache-2.0, whose licence is copied into the page) inlined, so that it
opens from a USB stick or an e-mail with no network and no other file. The built page is
committed: Tutor needs neither npm nor this script to ship it.

    python build/make_verifier.py           # write assets/credentials/verifier.html
    python build/make_verifier.py --check   # exit 1 if the committed page is not the build's
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "build" / "verifier"
OUTPUT = ROOT / "assets" / "credentials" / "verifier.html"
LICENCE = ROOT / "assets" / "credentials" / "LICENSE-jsQR.txt"
GENERATED = ("Built by build/make_verifier.py from build/verifier/: edit those, not this file. "
             "Tutor itself only fills in the list of trusted centres (the JSON element below).")


def _script(name: str) -> str:
    text = (SOURCE / name).read_text(encoding="utf-8").strip()
    if "</script" in text.lower() or "<!--" in text:
        raise SystemExit(f"{name} would end its <script> element early")
    return text


def build() -> str:
    page = (SOURCE / "verifier.html").read_text(encoding="utf-8")
    licence = LICENCE.read_text(encoding="utf-8").strip()
    if "-->" in licence or "--!>" in licence:
        raise SystemExit("the licence text would end its HTML comment early")
    parts = {
        "<!-- @GENERATED@ -->": f"<!-- {GENERATED} -->",
        "/*@STYLE@*/": (SOURCE / "verifier.css").read_text(encoding="utf-8").strip(),
        "@JSQR_LICENCE@": licence,
        "/*@JSQR@*/": _script("jsQR.min.js"),
        "/*@STRINGS@*/": _script("strings.js"),
        "/*@VERIFIER@*/": _script("verifier.js"),
    }
    for marker, text in parts.items():
        if page.count(marker) != 1:
            raise SystemExit(f"{marker} must appear once in verifier.html")
        page = page.replace(marker, text)
    if page.count('<script id="tutor-trusted-centres" type="application/json">[]</script>') != 1:
        raise SystemExit("the trusted centres' element must appear once, empty")
    return page


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed page, write nothing")
    args = parser.parse_args(argv)
    page = build()
    if args.check:
        if not OUTPUT.is_file() or OUTPUT.read_text(encoding="utf-8") != page:
            print(f"{OUTPUT.relative_to(ROOT)} is not the build's: run build/make_verifier.py",
                  file=sys.stderr)
            return 1
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(page, encoding="utf-8", newline="\n")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(page.encode('utf-8')):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
