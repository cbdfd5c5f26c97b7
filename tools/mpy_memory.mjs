// Measure how much MicroPython heap tinynet needs, step by step, under the WebAssembly build.
//
// Usage: node tools/mpy_memory.mjs [--root DIR]
//
// DIR holds the tinynet/ package to measure (default: this checkout); point it at a copy compiled
// to .mpy files by mpy-cross to measure what a board with precompiled modules needs.
//
// This build never collects garbage while Python code runs (the heap grows instead); it collects
// when control returns to JavaScript. So each step below runs as its own top-level call, and the
// live heap is read by gc.mem_alloc() in the call after it, once the collection has happened:
//   live     the heap still in use after the step (what a board must keep),
//   churn    what the step allocated in all, garbage included (with no collection during the
//            step, an upper bound on the extra heap it needs at its peak).
// The sum of the live heap before a step and that step's churn bounds the heap the step needs.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function copyIn(FS, hostPath) {
  const stat = fs.statSync(hostPath);
  if (stat.isDirectory()) {
    FS.mkdirTree(hostPath);
    for (const name of fs.readdirSync(hostPath)) {
      if (name !== "__pycache__") copyIn(FS, path.join(hostPath, name));
    }
  } else if (stat.isFile()) {
    FS.mkdirTree(path.dirname(hostPath));
    FS.writeFile(hostPath, fs.readFileSync(hostPath));
  }
}

const STEPS = [
  ["import tinynet (the whole core)", "import tinynet"],
  ["from tinynet.nn import load, Network", "from tinynet.nn import load, Network"],
  ["a seeded RandomState(0)", "state = tinynet.random.RandomState(0)"],
  ["drop it", "del state"],
  ["load the board model (2-8-1)", `net = load(${JSON.stringify(PROJECT_ROOT + "/examples/board/model.json")})`],
  ["predict 6 readings", "labels = net.predict([[-0.8, 0.6], [0.0, 1.0], [0.9, 0.3], [1.0, -0.5], [2.0, 0.4], [0.5, 0.25]])"],
  ["drop the model", "del net, labels"],
  ["build a 2-8-1 network", "net = Network([2, 8, 1], seed=0)"],
  ["train it 100 epochs on XOR", "history = net.fit([[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 1, 0], epochs=100, lr=0.5)"],
  ["drop it", "del net, history"],
  ["build a 64-32-10 network", "net = Network([64, 32, 10], output='softmax', seed=0)"],
  ["train it 1 epoch on 32 samples", "net.fit([[((i * 7 + j) % 13) / 13.0 for j in range(64)] for i in range(32)], [i % 10 for i in range(32)], epochs=1)"],
];

async function main() {
  const argv = process.argv.slice(2);
  const root = argv[0] === "--root" && argv[1] ? path.resolve(argv[1]) : PROJECT_ROOT;
  let output = "";
  const mp = await loadMicroPython({
    heapsize: 64 * 1024,
    stdout: (line) => { output += line + "\n"; },
    stderr: (line) => process.stderr.write(line + "\n"),
  });
  copyIn(mp.FS, path.join(root, "tinynet"));
  copyIn(mp.FS, path.join(PROJECT_ROOT, "examples", "board"));
  mp.runPython(`import sys, gc\nsys.path.insert(0, ${JSON.stringify(root)})`);
  const allocated = () => {
    mp.runPython("_allocated = gc.mem_alloc()");
    return mp.globals.get("_allocated");
  };
  const rows = [];
  let before = allocated();
  const start = before;
  let failure = null;
  for (const [label, code] of STEPS) {
    try {
      mp.runPython(`_before = gc.mem_alloc()\n${code}\n_churn = gc.mem_alloc() - _before`);
    } catch (error) {
      failure = `step "${label}" failed:\n${error.name === "PythonError" ? error.message : error}`;
      break;
    }
    const churn = mp.globals.get("_churn");
    const after = allocated();
    rows.push([label, after - start, after - before, churn]);
    before = after;
  }
  const pad = (text, width) => String(text).padStart(width);
  mp.runPython("_version = '.'.join([str(v) for v in sys.implementation.version[:3]])");
  console.log(`MicroPython ${mp.globals.get("_version")}` +
    " (WebAssembly build): heap in bytes");
  console.log(`${"step".padEnd(40)}${pad("live", 10)}${pad("change", 10)}${pad("churn", 11)}`);
  for (const [label, live, change, churn] of rows) {
    console.log(`${label.padEnd(40)}${pad(live, 10)}${pad(change, 10)}${pad(churn, 11)}`);
  }
  process.stdout.write(output);
  if (failure !== null) {
    process.stderr.write(failure + "\n");
    process.exitCode = 1;
  }
}

await main();
