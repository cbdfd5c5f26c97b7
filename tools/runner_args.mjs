// The command line both runners take: [--heapsize N[k|m]] [--bare] [--with PATH]... script.py [args...]
// (--heapsize and --bare only where the runner accepts them).

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

// Return { heapsize, bare, extras, script, args }; heapsize is null unless defaultHeapsize is given,
// and --bare is accepted only when acceptBare is true.
export function parseArguments(argv, usage, defaultHeapsize = null, acceptBare = false) {
  const options = { heapsize: defaultHeapsize, bare: false, extras: [], script: null, args: [] };
  let i = 0;
  while (i < argv.length && options.script === null) {
    const word = argv[i];
    if (word === "--heapsize" && defaultHeapsize !== null) {
      options.heapsize = parseSize(argv[i + 1] ?? "", usage);
      i += 2;
    } else if (word === "--bare" && acceptBare) {
      options.bare = true;
      i += 1;
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
