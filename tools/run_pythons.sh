#!/usr/bin/env bash
# Run tinynet's checks on every CPython from 3.8 to 3.13 that this machine has, and fail if any fails.
#
#   tools/run_pythons.sh                 # portable suite and board example on each; pytest on 3.8 and 3.13
#   VERSIONS="3.8 3.13" tools/run_pythons.sh
#   PYTEST_ON="" tools/run_pythons.sh    # skip the venv installs and the pytest runs
#
# Interpreters are looked up as pyenv builds (~/.pyenv/versions/3.X.*/bin/python3, which this machine kind
# ships for 3.8 to 3.13) and then as python3.X on the PATH; a version found neither way is reported as
# skipped, not failed.  On each one:
#   - the portable suite, tests/portable/run.py (stdlib only), and the board example;
#   - for the versions in PYTEST_ON (default: the oldest and newest supported, 3.8 and 3.13):
#     `pip install -e '.[test]'` into a fresh venv (so the environment markers and NumPy's bounds in
#     setup.cfg are exercised), then pytest:
#       - the whole suite on the versions in PYTEST_WHOLE_ON (default 3.8).  There the test extra installs
#         NumPy 1.24, which is no reference for tinynet (it follows NumPy 2), so tests/conftest.py skips the
#         tests that compare with the installed NumPy, saying why, and everything else runs;
#       - elsewhere the files in PYTEST_FILES: the model files, mypy, and the doctests of tinynet/nn and
#         tinynet/cli (the differential suites ran with NumPy 2 on the machine's Python already).
set -uo pipefail
cd "$(dirname "$0")/.."

VERSIONS="${VERSIONS:-3.8 3.9 3.10 3.11 3.12 3.13}"
PYTEST_ON="${PYTEST_ON-3.8 3.13}"
TIME_LIMIT="${TIME_LIMIT:-600}"
PYTEST_FILES="${PYTEST_FILES:-tests/test_modelfile.py tests/test_types.py tinynet/nn tinynet/cli}"
PYTEST_WHOLE_ON="${PYTEST_WHOLE_ON-3.8}"
VENVS="${VENVS:-$(mktemp -d)}"

find_python() {
    local version="$1" candidate
    for candidate in "$HOME"/.pyenv/versions/"$version".*/bin/python3; do
        if [ -x "$candidate" ]; then
            echo "$candidate"
            return 0
        fi
    done
    command -v "python$version" 2>/dev/null
}

passed=0
failed=0
skipped=0
failures=()

check() {
    # check NAME COMMAND...: run a command with a time limit and count its outcome.
    local name="$1"
    shift
    local started=$SECONDS
    echo "== $name"
    timeout "$TIME_LIMIT" "$@"
    local status=$?
    if [ "$status" -eq 0 ]; then
        passed=$((passed + 1))
        echo "== $name: ok ($((SECONDS - started)) s)"
    else
        failed=$((failed + 1))
        failures+=("$name (exit $status)")
        echo "== $name: FAILED with exit status $status ($((SECONDS - started)) s)"
    fi
}

pytest_in_venv() {
    # pytest_in_venv PYTHON VENV: install the test extra into a new venv, then run the pytest subset.
    "$1" -m venv "$2" || return 1
    "$2/bin/python" -m pip install --quiet --disable-pip-version-check -e '.[test]' || return 1
    # shellcheck disable=SC2086  # the file list is several words on purpose (empty: the whole suite)
    "$2/bin/python" -m pytest -q -x -p no:cacheprovider $PYTEST_FILES
}

for version in $VERSIONS; do
    if ! python=$(find_python "$version") || [ -z "$python" ]; then
        echo "== python $version: not on this machine, skipped"
        skipped=$((skipped + 1))
        continue
    fi
    check "python $version portable suite" env PYTHONPATH="$PWD" "$python" tests/portable/run.py
    check "python $version board example" env PYTHONPATH="$PWD" "$python" examples/board/predict_on_board.py \
        examples/board/model.json
    files="$PYTEST_FILES"
    what="pytest subset"
    case " $PYTEST_WHOLE_ON " in
        *" $version "*) files="" what="whole pytest suite" ;;
    esac
    case " $PYTEST_ON " in
        *" $version "*) check "python $version pip install -e '.[test]' and $what" \
            bash -c "$(declare -f pytest_in_venv); PYTEST_FILES='$files' pytest_in_venv \"\$@\"" _ \
            "$python" "$VENVS/venv$version" ;;
    esac
done

echo
if [ "$failed" -ne 0 ]; then
    echo "failed:"
    printf '  %s\n' "${failures[@]}"
fi
echo "pythons: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
