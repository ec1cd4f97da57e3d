#!/usr/bin/env bash
# Set up (see scripts/setup.sh), then lint with ruff, type-check with mypy (strict on
# timeline/, configured in pyproject.toml) and run the test suite with pytest. Arguments go
# to pytest. The exit code is pytest's, or ruff's or mypy's failure if pytest passed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
setup_all

ruff_status=0
.venv/bin/python -m ruff check . || ruff_status=$?

mypy_status=0
.venv/bin/python -m mypy || mypy_status=$?

pytest_status=0
.venv/bin/python -m pytest "$@" || pytest_status=$?

if [ "$pytest_status" -ne 0 ]; then
    exit "$pytest_status"
fi
if [ "$ruff_status" -ne 0 ]; then
    echo "ruff check failed (exit $ruff_status)" >&2
    exit "$ruff_status"
fi
if [ "$mypy_status" -ne 0 ]; then
    echo "mypy failed (exit $mypy_status)" >&2
fi
exit "$mypy_status"
