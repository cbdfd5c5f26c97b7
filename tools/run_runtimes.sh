#!/usr/bin/env bash
# Run tinynet's portable checks on every runtime it supports and fail if any of them fails.
#
#   tools/run_runtimes.sh              # install what is missing, then run everything
#   RUNTIMES="micropython pypy" tools/run_runtimes.sh
#
# On each of MicroPython 1.27 (WebAssembly, through Node), the same made bare (micropython-bare),
# Pyodide (through Node), PyPy 3 and CPython it runs:
#   - the portable suite, tests/portable/run.py (arrays, printing, random streams, the seed program,
#     the trainer on XOR, model files);
#   - the board half of examples/board: predict_on_board.py loads the committed model file and
#     predicts, as it would on a microcontroller.
# Before that it checks that tinynet/ keeps to Python 3.8 (tools/check_py38.sh).
#
# micropython-bare is the WebAssembly build with its frozen micropython-lib modules taken away
# (node tools/mpy_run.mjs --bare): no itertools, functools, operator, os.path, abc or copy, only
# the C modules a native port (a board's firmware) has. A board file that imports one of those
# without a fallback fails here, although CI has no native port. (tests/test_board_imports.py
# checks the same statically.)
#
# Installs when missing: the npm packages pinned in tools/package-lock.json (npm ci in tools/) and
# Debian's pypy3. The package.json at the project root is not npm's: it is the mip package a board
# installs tinynet from (see docs/runtimes.md).
set -uo pipefail
cd "$(dirname "$0")/.."

RUNTIMES="${RUNTIMES:-micropython micropython-bare pyodide pypy cpython}"
# PyPy and CPython find tinynet in the checkout (the Node runners put it on sys.path themselves).
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
TIME_LIMIT="${TIME_LIMIT:-600}"

install_missing() {
    if [ ! -f tools/node_modules/@micropython/micropython-webassembly-pyscript/micropython.mjs ] \
        || [ ! -f tools/node_modules/pyodide/pyodide.asm.wasm ]; then
        echo "== installing the npm packages (npm ci in tools/)"
        (cd tools && npm ci --no-audit --no-fund --loglevel=error) || return 1
    fi
    case " $RUNTIMES " in
        *" pypy "*)
            if ! command -v pypy3 >/dev/null 2>&1; then
                echo "== installing pypy3"
                local sudo=""
                [ "$(id -u)" -ne 0 ] && sudo="sudo"
                $sudo apt-get update -qq && $sudo apt-get install -y -qq pypy3 >/dev/null || return 1
            fi
            ;;
    esac
}

# The command that runs a Python file on a runtime, as words before the file name.
runner_for() {
    case "$1" in
        micropython) echo "node tools/mpy_run.mjs --with examples" ;;
        micropython-bare) echo "node tools/mpy_run.mjs --bare --with examples" ;;
        pyodide) echo "node tools/pyodide_run.mjs" ;;
        pypy) echo "pypy3" ;;
        cpython) echo "python3" ;;
        *) return 1 ;;
    esac
}

passed=0
failed=0
failures=()

check() {
    # check NAME COMMAND...: run a command with a time limit and count its outcome.
    local name="$1"
    shift
    local started=$SECONDS
    echo "== $name: $*"
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

if ! install_missing; then
    echo "could not install the runtimes"
    exit 1
fi

check "python 3.8 syntax" tools/check_py38.sh

for runtime in $RUNTIMES; do
    if ! runner=$(runner_for "$runtime"); then
        echo "unknown runtime $runtime (known: micropython micropython-bare pyodide pypy cpython)"
        exit 2
    fi
    # shellcheck disable=SC2086  # the runner is several words on purpose
    check "$runtime portable suite" $runner tests/portable/run.py
    if [ -f examples/board/predict_on_board.py ]; then
        # shellcheck disable=SC2086
        check "$runtime board example" $runner examples/board/predict_on_board.py examples/board/model.json
    fi
done

echo
if [ "$failed" -ne 0 ]; then
    echo "failed:"
    printf '  %s\n' "${failures[@]}"
fi
echo "runtimes: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
