#!/usr/bin/env bash
# Install dyade in a fresh virtualenv (.venv) and run the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
.venv/bin/dyade demo
