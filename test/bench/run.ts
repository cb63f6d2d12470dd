// `npm run bench`: runs every test/bench/*.bench.ts and prints one JSON object per line.
// Each bench module exports `run(report)`; figures are compared with a floor measured in the same run.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type BenchLine = { bench: string } & Record<string, string | number | boolean | null>;
export type BenchModule = { run(report: (line: BenchLine) => void): Promise<void> };

const dir = import.meta.dirname;
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();

for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as BenchModule;
  await mod.run((line) => process.stdout.write(`${JSON.stringify(line)}\n`));
}
