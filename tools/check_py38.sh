#!/usr/bin/env bash
# Check that tinynet/ keeps to Python 3.8 syntax and standard library (setup.cfg says >=3.8).
# vermin reads the source without running it and reports anything newer than 3.8.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v vermin >/dev/null 2>&1; then
    python3 -m pip install --quiet vermin
fi
vermin -t=3.8- --no-tips --violations --eval-annotations --feature union-types tinynet
echo "tinynet keeps to Python 3.8"
