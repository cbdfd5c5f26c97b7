#!/usr/bin/env bash
# Check that the source distribution is complete enough to run the tests: build it, unpack it in a
# temporary folder, and there collect the whole pytest suite (every module must import: conftest.py,
# strategies.py, the portable cases, examples and docs all ship), run the portable suite and a few of
# the pytest files that read examples/, docs/ and tools/.  Also check that its metadata carries the SPDX
# license expression.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 -m pip install --quiet --disable-pip-version-check build
python3 -m build --sdist --outdir "$work/dist" . > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
tar xzf "$work"/dist/*.tar.gz -C "$work"
root="$(echo "$work"/tinynet_pure-*/)"
grep -q "^License-Expression: MIT" "$root/PKG-INFO" || { echo "PKG-INFO has no License-Expression: MIT"; exit 1; }
cd "$root"
python3 -m pytest -q -p no:cacheprovider --collect-only > "$work/collect.log" 2>&1 || { tail -30 "$work/collect.log"; exit 1; }
tail -1 "$work/collect.log"
python3 tests/portable/run.py
python3 -m pytest -q -p no:cacheprovider tests/test_examples.py tests/test_board_imports.py tests/test_reported_defects.py
echo "the sdist runs its tests"
