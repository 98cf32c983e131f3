// Runs one entente CLI command with stdout discarded and prints the process's peak RSS to stderr
// (bench/bench.mjs reads it): `node bench/child.mjs code file.jsonl`.
import { main } from '../dist/cli/main.js';
import { Writable } from 'node:stream';

const sink = new Writable({ write(_c, _e, cb) { cb(); } });
Object.defineProperty(process, 'stdout', { value: sink });
const code = await main(process.argv.slice(2));
process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
process.exit(code);
