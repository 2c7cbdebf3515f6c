#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { TASKS, findTask } from '../eval/tasks.js';

const USAGE = `usage: npm run eval -- <task> <path> [--predictions FILE] [--system NAME]\n\ntasks:\n${TASKS.map((t) => `  ${t.name.padEnd(18)} ${t.description}`).join('\n')}`;

/** Prints the task's table, then its figures as one JSON object on the last line. */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { predictions: { type: 'string' }, system: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [name, path] = positionals;
  if (values.help || !name || !path) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const task = findTask(name);
  if (!task) {
    console.error(`unknown task "${name}"\n\n${USAGE}`);
    return 2;
  }
  const result = await task.run(path, { predictions: values.predictions, system: values.system });
  for (const line of result.lines) console.log(line);
  console.log(JSON.stringify(result.figures));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? `eval failed: ${error.message}` : error);
    process.exitCode = 1;
  },
);
