# Shared set-up for scripts/test.sh and scripts/run.sh; source it, don't run it.
#
# Idempotent: on a fresh Debian machine with Python 3.11 it installs Chromium and
# ChromeDriver (dashboard tests and PNG/PDF export drive a headless browser), creates .venv
# and installs requirements.txt; on later runs each step is skipped when already done, so
# the scripts start in seconds. The working directory must be the repository root.

REQUIREMENTS_STAMP=".venv/.requirements.sha256"

# Run a command as root: directly when we are root, else through sudo.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    else
        sudo "$@"
    fi
}

# Debian's chromium and chromium-driver, and fonts-liberation (chart labels are sized with
# its metrics), only when one of them is missing.
ensure_chromium() {
    if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 \
        && fc-list 2>/dev/null | grep -q "Liberation Sans"; then
        return 0
    fi
    echo "setup: installing chromium, chromium-driver and fonts-liberation with apt-get" >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-liberation \
        >/dev/null
}

# .venv with python3 (3.11 or newer), created only if it does not exist yet.
ensure_venv() {
    if [ -x .venv/bin/python ]; then
        return 0
    fi
    if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        echo "setup: Python 3.11 or newer is needed, python3 is $(python3 --version 2>&1)" >&2
        return 1
    fi
    if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
        # Debian splits venv out of python3; a fresh machine may not have it yet.
        echo "setup: installing python3-venv with apt-get" >&2
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    fi
    echo "setup: creating .venv" >&2
    python3 -m venv .venv
}

# pip install -r requirements.txt, only when the file changed since the last install.
ensure_requirements() {
    local wanted
    wanted="$(sha256sum requirements.txt | cut -d' ' -f1)"
    if [ -f "$REQUIREMENTS_STAMP" ] && [ "$(cat "$REQUIREMENTS_STAMP")" = "$wanted" ]; then
        return 0
    fi
    echo "setup: installing requirements.txt into .venv" >&2
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
    echo "$wanted" >"$REQUIREMENTS_STAMP"
}

# The project's bytecode, written ahead: with PYTHONDONTWRITEBYTECODE set (as in many
# containers) Python would compile every module from source in every process, which
# doubled the tagger's import time. Up-to-date files are skipped, stale ones ignored.
ensure_bytecode() {
    .venv/bin/python -m compileall -q timeline benchmarks app.py >/dev/null
}

# The tagger's build cache, filled ahead (timeline/warm.py): a machine's first articles
# would otherwise pay for compiling its patterns. A full cache is left as it is.
ensure_build_cache() {
    .venv/bin/python -m timeline.warm
}

setup_all() {
    ensure_chromium
    ensure_venv
    ensure_requirements
    ensure_bytecode
    ensure_build_cache
}
