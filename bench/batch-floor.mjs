/**
 * The floor under any Node.js batch diagnoser: the same input and output as `smtp diagnose
 * --batch` (JSON lines in, one JSON line out per line, in order) with no diagnosis at all. Timed
 * beside ours and Sisimai by `npm run bench`, it shows how much of our time is Node starting,
 * reading and writing, and the highest ratio over Sisimai that a Node program reaches here.
 */
import { linesOf } from '../dist/cli/lines.js';

let out = '';
for await (const lines of linesOf(process.stdin)) {
  for (const line of lines) {
    let id = null;
    try {
      id = JSON.parse(line).id ?? null;
    } catch {
      // a bad line still gets its answer line
    }
    out += `${JSON.stringify({ id, autoReply: false, findings: [] })}\n`;
    if (out.length > 65536) {
      process.stdout.write(out);
      out = '';
    }
  }
}
process.stdout.write(out);
