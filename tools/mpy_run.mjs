// Run a Python file under MicroPython 1.27 (WebAssembly build) from Node.
//
// Usage: node tools/mpy_run.mjs [--heapsize N[k|m]] [--bare] [--with PATH]... script.py [args...]
//
// The project's tinynet/ package, the script's own folder and every --with file or folder are
// copied into MicroPython's in-memory file system at the same absolute paths they have on disk,
// so the script sees the files where it expects them. The project root and the script's folder
// go on sys.path, the working directory is mirrored, and the script runs as __main__.
//
// --bare makes this build look like a native port (a board's firmware): it bundles pure-Python
// modules from micropython-lib (itertools, functools, operator, os.path, collections.defaultdict,
// abc, copy, ...) as frozen modules, which native ports do not have. --bare takes '.frozen' off
// sys.path before anything is imported, so only the built-in C modules remain, and checks that
// `import itertools` then fails.
//
// Exit status: the script's SystemExit code (0 when it ends normally), or 1 when it raises,
// in which case MicroPython's traceback goes to stderr. The package's own command line exits 0
// even on an exception, which is why this runner exists.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArguments, usageFor } from "./runner_args.mjs";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SKIPPED_NAMES = new Set(["__pycache__", "node_modules", ".git", ".hypothesis", ".pytest_cache"]);

const usage = usageFor("mpy_run",
  "node tools/mpy_run.mjs [--heapsize N[k|m]] [--bare] [--with PATH]... script.py [args...]");

// Copy a file or a folder tree from the real disk into the emscripten file system.
function copyIn(FS, hostPath) {
  const stat = fs.statSync(hostPath);
  if (stat.isDirectory()) {
    FS.mkdirTree(hostPath);
    for (const name of fs.readdirSync(hostPath)) {
      if (!SKIPPED_NAMES.has(name)) copyIn(FS, path.join(hostPath, name));
    }
  } else if (stat.isFile()) {
    FS.mkdirTree(path.dirname(hostPath));
    FS.writeFile(hostPath, fs.readFileSync(hostPath));
  }
}

// Collect output bytes and pass them on a line at a time, so that stdout and stderr interleave
// as they would in a terminal and Node is not asked to write one byte per call.
function lineWriter(stream) {
  let pending = [];
  const flush = () => {
    if (pending.length) stream.write(Buffer.from(pending));
    pending = [];
  };
  const write = (bytes) => {
    for (const byte of bytes) {
      pending.push(byte);
      if (byte === 10 || pending.length >= 8192) flush();
    }
  };
  return { write, flush };
}

// Python code that runs the script as __main__ and records its exit status in _runner_status.
const DRIVER = `
import sys
def _runner_bare():
    # only the C modules: no frozen micropython-lib modules, as on a native port
    while ".frozen" in sys.path:
        sys.path.remove(".frozen")
    for name in list(sys.modules):
        del sys.modules[name]
    try:
        import itertools
    except ImportError:
        return
    raise RuntimeError("--bare: itertools is still importable")
def _runner_main(script, argv, paths, cwd, bare):
    if bare:
        _runner_bare()
    import os
    sys.argv.clear()
    sys.argv.extend(argv)
    for entry in paths:
        sys.path.insert(0, entry)
    os.chdir(cwd)
    namespace = {"__name__": "__main__", "__file__": script}
    try:
        with open(script) as handle:
            source = handle.read()
        exec(compile(source, script, "exec"), namespace)
    except SystemExit as stop:
        code = stop.args[0] if stop.args else None
        if code is None:
            return 0
        if isinstance(code, int) and not isinstance(code, bool):
            return code
        print(code, file=sys.stderr)
        return 1
    except BaseException as error:
        sys.print_exception(error, sys.stderr)
        return 1
    return 0
`;

async function main() {
  const options = parseArguments(process.argv.slice(2), usage, 1024 * 1024, true);
  if (!fs.existsSync(options.script)) usage(`no such file ${options.script}`);
  const out = lineWriter(process.stdout);
  const err = lineWriter(process.stderr);
  const mp = await loadMicroPython({
    heapsize: options.heapsize,
    stdout: out.write,
    stderr: err.write,
    linebuffer: false,
  });
  const scriptFolder = path.dirname(options.script);
  for (const hostPath of [path.join(PROJECT_ROOT, "tinynet"), scriptFolder, ...options.extras]) {
    if (fs.existsSync(hostPath)) copyIn(mp.FS, hostPath);
  }
  const cwd = process.cwd();
  mp.FS.mkdirTree(cwd);
  let status;
  try {
    mp.runPython(DRIVER);
    // sys.path.insert(0, ...) in order: the script's folder ends up first, as in CPython.
    const call = `_runner_status = _runner_main(${JSON.stringify(options.script)}, ` +
      `${JSON.stringify([options.script, ...options.args])}, ` +
      `${JSON.stringify([PROJECT_ROOT, scriptFolder])}, ${JSON.stringify(cwd)}, ` +
      `${options.bare ? "True" : "False"})`;
    mp.runPython(call);
    status = mp.globals.get("_runner_status");
  } catch (error) {
    // Errors that escape the driver itself (a MemoryError while printing, say).
    out.flush();
    process.stderr.write(error.name === "PythonError" ? error.message : String(error.stack ?? error));
    process.stderr.write("\n");
    status = 1;
  }
  out.flush();
  err.flush();
  process.exitCode = Number.isInteger(status) ? status & 0xff : 1;
}

await main();
