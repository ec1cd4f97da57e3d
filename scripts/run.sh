#!/usr/bin/env bash
# Set up (see scripts/setup.sh), then run the dashboard; arguments go to app.py.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
setup_all
exec .venv/bin/python app.py "$@"
