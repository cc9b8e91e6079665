#!/usr/bin/env bash
# Build the standalone Tutor for a USB stick (issue 8), from the repository root:
#
#     bash build/build.sh            one-folder bundle: build/out/dist/Tutor/ + Tutor-<version>-<os>.zip
#     bash build/build.sh --onefile  also the optional one-file executable (build/out/dist/tutor-onefile)
#
# Steps: a clean virtual environment in build/out/venv holding only requirements/app.txt
# and PyInstaller (PyInstaller refuses two Qt bindings, and nothing of the test tools
# belongs in the bundle), the compiled translations, the icon made from
# assets/icons/app.svg, PyInstaller with build/tutor.spec, then the USB layout (a
# `portable` marker and a `data/` folder beside the executable) and its zip.
# Set TUTOR_BUILD_KEEP_VENV=1 to reuse an existing build/out/venv with the same pins.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

PYINSTALLER_PINS="pyinstaller==6.22.3 pyinstaller-hooks-contrib==2026.9 altgraph==0.17.5 packaging==26.3"
OUT=build/out
VENV=$OUT/venv
DIST=$OUT/dist
ONEFILE=0
[ "${1:-}" = "--onefile" ] && ONEFILE=1

say() { printf 'build: %s\n' "$*" >&2; }
start=$(date +%s)

# What the build needs from Debian: Qt's libraries (the icon is drawn with Qt, and
# PyInstaller copies them into the bundle), the venv module, binutils (objdump, strip).
BUILD_DEBS="binutils libgl1 libpulse0 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0"
if command -v dpkg-query >/dev/null 2>&1; then
    missing=""
    for pkg in $BUILD_DEBS python3-venv; do
        dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
    done
    if [ -n "$missing" ]; then
        sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo -n"
        say "installing Debian packages:$missing"
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || true
        # shellcheck disable=SC2086
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null \
            || say "could not install:$missing (trying anyway)"
    fi
fi

python=${PYTHON:-python3}
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { say "needs Python 3.11 or newer"; exit 1; }
case "$(uname -s)" in
    MINGW*|MSYS*|CYGWIN*) BIN=Scripts; EXE=Tutor.exe; OS=windows ;;
    *) BIN=bin; EXE=tutor; OS=linux ;;
esac

stamp="$VENV/.pins-$(cat requirements/app.txt build/build.sh | sha256sum | cut -c1-16)"
if [ "${TUTOR_BUILD_KEEP_VENV:-0}" = 1 ] && [ -f "$stamp" ]; then
    say "reusing $VENV"
else
    say "clean virtual environment in $VENV"
    rm -rf "$VENV"
    "$python" -m venv "$VENV"
    "$VENV/$BIN/python" -m pip install -q --disable-pip-version-check -r requirements/app.txt $PYINSTALLER_PINS
    touch "$stamp"
fi
PY="$VENV/$BIN/python"

say "compiling the translations"
for ts in tutor/i18n/*.ts; do
    "$VENV/$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done

say "making the icon from assets/icons/app.svg"
QT_QPA_PLATFORM=offscreen "$PY" - "$OUT" <<'EOF'
import sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

app = QGuiApplication([])
out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
renderer = QSvgRenderer("assets/icons/app.svg")
def image(size):
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    painter = QPainter(img); renderer.render(painter); painter.end()
    return img
assert image(256).save(str(out / "tutor.png")), "PNG"
# Qt's ICO writer keeps one picture; the largest scales well in Explorer.
assert image(256).save(str(out / "tutor.ico"), "ICO"), "ICO"
EOF

say "PyInstaller (build/tutor.spec)"
rm -rf "$DIST/Tutor"
# No compiled modules kept from an earlier build: each is compiled by the spec's rules
# (without docstrings: build/docstrings.py).
rm -rf "$OUT/work"
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$OUT/work" build/tutor.spec

say "USB layout: portable marker and data folder"
bundle="$DIST/Tutor"
mkdir -p "$bundle/data"
cat > "$bundle/portable" <<'EOF'
This file makes Tutor portable: it keeps learners, progress and logs in the "data"
folder beside it (for example on the USB stick). Delete this file and the empty
"data" folder to keep the data in the PC's user folder instead (see docs/trainers.md).
EOF
# The trainers' guide travels with the program (English and French, with its pictures).
mkdir -p "$bundle/guide"
cp docs/trainers.md docs/trainers.fr.md docs/trainers-*.png "$bundle/guide/"

version=$("$PY" -c 'import tutor; print(tutor.__version__)')
zip="$DIST/Tutor-$version-$OS.zip"
rm -f "$zip"
say "zipping $zip"
"$PY" - "$DIST" "$(basename "$zip")" <<'EOF'
import os, stat, sys, zipfile
os.chdir(sys.argv[1])
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for folder, dirs, files in os.walk("Tutor"):
        if not files and not dirs:  # keep the empty data/ folder
            z.write(folder, folder + "/")
        for name in sorted(files + [d for d in dirs if os.path.islink(os.path.join(folder, d))]):
            path = os.path.join(folder, name)
            if os.path.islink(path):  # PyInstaller links _internal/libX to PySide6/Qt/lib/libX:
                info = zipfile.ZipInfo(path)  # store the link, as `zip -y` does, not a copy
                info.create_system = 3
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                z.writestr(info, os.readlink(path))
            else:
                z.write(path)
EOF

if [ "$ONEFILE" = 1 ]; then
    say "optional one-file executable"
    TUTOR_ONEFILE=1 "$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$OUT/onefile" \
        --workpath "$OUT/work-onefile" build/tutor.spec
    case "$EXE" in *.exe) one="$DIST/Tutor-onefile.exe" ;; *) one="$DIST/tutor-onefile" ;; esac
    mv -f "$OUT/onefile/$EXE" "$one"
    say "one-file: $one ($(( $(stat -c %s "$one") / 1024 / 1024 )) MB)"
fi

unzipped=$(du -sm "$bundle" | cut -f1)
zipped=$(( $(stat -c %s "$zip") / 1024 / 1024 ))
say "done in $(( $(date +%s) - start )) s: $bundle/$EXE"
printf 'bundle: %s MB unzipped, %s MB zipped (%s)\n' "$unzipped" "$zipped" "$zip"
