// Run a Python file under Pyodide (CPython compiled to WebAssembly) from Node, offline.
//
// Usage: node tools/pyodide_run.mjs [--with PATH]... script.py [args...]
//
// The project folder, the script's folder, the working directory and every --with folder are
// mounted from the real disk at the same paths, so the script reads and writes real files. The
// project root and the script's folder go on sys.path and the script runs as __main__ through
// runpy.run_path.
//
// Exit status: the script's SystemExit code (0 when it ends normally), or 1 when it raises, in
// which case the Python traceback goes to stderr.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArguments, usageFor } from "./runner_args.mjs";
import { loadPyodide } from "pyodide";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const usage = usageFor("pyodide_run", "node tools/pyodide_run.mjs [--with PATH]... script.py [args...]");

// Mount each host folder at its own path, skipping any that an earlier mount already covers.
function mountFolders(pyodide, folders) {
  const mounted = [];
  const sorted = [...new Set(folders)].sort((a, b) => a.length - b.length);
  for (const folder of sorted) {
    const covered = mounted.some((outer) => folder === outer || folder.startsWith(outer + path.sep));
    if (covered || !fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) continue;
    pyodide.FS.mkdirTree(folder);
    pyodide.mountNodeFS(folder, folder);
    mounted.push(folder);
  }
}

function writerTo(fd) {
  return {
    write(buffer) {
      fs.writeSync(fd, buffer);
      return buffer.length;
    },
  };
}

// Python code that runs the script as __main__ and returns its exit status.
const DRIVER = `
def _runner_main(script, argv, paths, cwd):
    import os, runpy, sys, traceback
    sys.argv[:] = argv
    sys.path[0:0] = paths
    os.chdir(cwd)
    try:
        runpy.run_path(script, run_name="__main__")
        status = 0
    except SystemExit as stop:
        code = stop.code
        if code is None:
            status = 0
        elif isinstance(code, int):
            status = code
        else:
            print(code, file=sys.stderr)
            status = 1
    except BaseException:
        traceback.print_exc()
        status = 1
    sys.stdout.flush()
    sys.stderr.flush()
    return status
`;

async function main() {
  const options = parseArguments(process.argv.slice(2), usage);
  if (!fs.existsSync(options.script)) usage(`no such file ${options.script}`);
  const pyodide = await loadPyodide({ stdout: () => {}, stderr: () => {} });
  pyodide.setStdout(writerTo(1));
  pyodide.setStderr(writerTo(2));
  const scriptFolder = path.dirname(options.script);
  const cwd = process.cwd();
  const extraFolders = options.extras.map((p) => (fs.statSync(p).isDirectory() ? p : path.dirname(p)));
  mountFolders(pyodide, [PROJECT_ROOT, scriptFolder, cwd, ...extraFolders]);
  let status;
  try {
    pyodide.runPython(DRIVER);
    const runnerMain = pyodide.globals.get("_runner_main");
    status = runnerMain(options.script, pyodide.toPy([options.script, ...options.args]),
      pyodide.toPy([scriptFolder, PROJECT_ROOT]), cwd);
  } catch (error) {
    process.stderr.write(String(error.message ?? error) + "\n");
    status = 1;
  }
  process.exitCode = Number.isInteger(status) ? status & 0xff : 1;
}

await main();
