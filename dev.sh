#!/usr/bin/env bash
# Tutor's two everyday commands, on Debian or Ubuntu with Python 3.11 or newer:
#   ./dev.sh run [--data-dir DIR ...]   start the app (its SQLite database by default)
#   ./dev.sh test [PYTEST ARGS ...]     lint (ruff), type-check (mypy), run the whole test suite
#   ./dev.sh fast [PYTEST ARGS ...]     the pure logic alone: no widgets, no other programs, no slow
# Each sets up what it needs: the Debian packages Qt needs (installed when this runs as
# root or with password-less sudo, otherwise named in a message), a virtual environment
# in .venv with the pinned dependencies, and the compiled translations. A second run
# only checks, so it starts at once.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

VENV=.venv
# Qt offscreen (tests): measured on a clean Debian 12; libpulse0 for Qt Text to Speech
# (Qt Multimedia links it even for the mock engine).
QT_DEBS="libgl1 libpulse0 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0"
# A real window on X11.
WINDOW_DEBS="libspeechd2 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
# The end-to-end tests drive the real window on a virtual screen; the storage tests
# also run against a throw-away PostgreSQL server; the formula engine is compared with
# LibreOffice Calc; PDF reports are read back with poppler; credentials are checked with
# the openssl command and in headless Chromium (the employers' verifier page).
TEST_DEBS="xvfb xauth xdotool x11-xkb-utils postgresql poppler-utils libreoffice-calc-nogui openssl chromium"

say() { printf 'dev.sh: %s\n' "$*" >&2; }

missing_debs() {
    command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian: nothing to check
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || printf '%s ' "$pkg"
    done
}

ensure_debs() {
    local missing
    missing=$(missing_debs "$@")
    [ -z "$missing" ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo="sudo"
        else
            say "these Debian packages are missing: $missing"
            say "install them with: sudo apt-get install $missing"
            return 1
        fi
    fi
    say "installing Debian packages: $missing"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || true
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

find_python() {
    local candidate
    for candidate in ${PYTHON:-} python3 python3.13 python3.12 python3.11; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    say "Tutor needs Python 3.11 or newer: sudo apt-get install python3"
    return 1
}

ensure_venv() {
    if [ ! -x "$VENV/bin/python" ]; then
        local python
        python=$(find_python)
        if ! "$python" -m venv "$VENV" 2>/dev/null; then
            rm -rf "$VENV"
            local version
            version=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
            ensure_debs "python$version-venv" || exit 1
            "$python" -m venv "$VENV"
        fi
    fi
    local stamp
    stamp="$VENV/.installed-$(cat requirements/*.txt pyproject.toml | sha256sum | cut -c1-16)"
    if [ ! -f "$stamp" ]; then
        say "installing the pinned Python packages into $VENV (once)"
        "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r requirements/dev.txt
        "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e . \
            2>/dev/null || "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps -e .
        rm -f "$VENV"/.installed-*
        touch "$stamp"
    fi
}

build_translations() {
    local ts qm
    for ts in tutor/i18n/*.ts; do
        [ -e "$ts" ] || continue
        qm="${ts%.ts}.qm"
        if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
            "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
        fi
    done
}

lint() {
    say "ruff and mypy"
    "$VENV/bin/ruff" check --quiet tutor tests benchmarks build docs
    "$VENV/bin/mypy"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
    run)
        ensure_debs $QT_DEBS $WINDOW_DEBS || say "trying anyway"
        ensure_venv
        build_translations
        if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
            say "no screen found: start it from a desktop session (or: xvfb-run ./dev.sh run)"
            exit 1
        fi
        exec "$VENV/bin/python" -m tutor "$@"
        ;;
    test)
        ensure_debs $QT_DEBS $WINDOW_DEBS $TEST_DEBS || say "the tests that need them will fail"
        ensure_venv
        build_translations
        lint
        export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
        exec "$VENV/bin/python" -m pytest "$@"
        ;;
    fast)
        ensure_debs $QT_DEBS || say "the tests that need them will fail"
        ensure_venv
        build_translations
        export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
        exec "$VENV/bin/python" -m pytest -m "not gui and not e2e and not slow and not process" "$@"
        ;;
    lint)
        ensure_venv
        lint
        ;;
    translations)
        ensure_venv
        for ts in tutor/i18n/tutor_*.ts; do
            lang=${ts#tutor/i18n/tutor_}; lang=${lang%.ts}
            "$VENV/bin/pyside6-lupdate" -locations none -no-obsolete $(git ls-files 'tutor/*.py') -target-language "$lang" -ts "$ts"
        done
        build_translations
        ;;
    *)
        echo "usage: ./dev.sh run [--data-dir DIR]   start Tutor" >&2
        echo "       ./dev.sh test [PYTEST ARGS]     lint, type-check and run the test suite" >&2
        echo "       ./dev.sh fast [PYTEST ARGS]     the pure-logic tests alone (seconds)" >&2
        echo "       ./dev.sh lint                   ruff and mypy" >&2
        echo "       ./dev.sh translations           update the .ts sources and build the .qm" >&2
        exit 2
        ;;
esac
