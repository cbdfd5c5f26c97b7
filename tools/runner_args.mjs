// The command line both runners take: [--heapsize N[k|m]] [--with PATH]... script.py [args...]
// (--heapsize only where the runner accepts it).

import path from "node:path";

// Return a usage(message) that prints the runner's name, the message and its usage line, then exits 2.
export function usageFor(name, usageLine) {
  return (message) => {
    process.stderr.write(`${name}: ${message}\nusage: ${usageLine}\n`);
    process.exit(2);
  };
}

function parseSize(text, usage) {
  const match = /^(\d+)([kKmM]?)$/.exec(text);
  if (!match) usage(`bad heap size ${JSON.stringify(text)}`);
  const scale = { "": 1, k: 1024, m: 1024 * 1024 }[match[2].toLowerCase()];
  return Number(match[1]) * scale;
}

// Return { heapsize, extras, script, args }; heapsize is null unless defaultHeapsize is given.
export function parseArguments(argv, usage, defaultHeapsize = null) {
  const options = { heapsize: defaultHeapsize, extras: [], script: null, args: [] };
  let i = 0;
  while (i < argv.length && options.script === null) {
    const word = argv[i];
    if (word === "--heapsize" && defaultHeapsize !== null) {
      options.heapsize = parseSize(argv[i + 1] ?? "", usage);
      i += 2;
    } else if (word === "--with") {
      if (argv[i + 1] === undefined) usage("--with needs a path");
      options.extras.push(path.resolve(argv[i + 1]));
      i += 2;
    } else if (word.startsWith("--")) {
      usage(`unknown option ${word}`);
    } else {
      options.script = path.resolve(word);
      i += 1;
    }
  }
  if (options.script === null) usage("no script given");
  options.args = argv.slice(i);
  return options;
}
