// `node out/scripts/evalCompare.js BEFORE.json AFTER.json`: two eval runs' tuning-page records compared (eval/compareRecords.ts).
import * as fs from 'node:fs';
import { compareRecords, type PageRecord } from './eval/compareRecords';

/**
 * Reads two files the eval wrote (`EVAL_WCXB_JSON=FILE node out/scripts/eval.js --only wcxb --part tune`, with or
 * without `EVAL_DECLASS=all` and `--kind K`) and prints the before/after tables a change's note quotes. The files hold
 * tuning pages only: the held-out part is compared only by the eval's own tables.
 */
function main(): void {
	const [before, after] = process.argv.slice(2);
	if (!before || !after) throw new Error('usage: evalCompare BEFORE.json AFTER.json');
	const read = (file: string): PageRecord[] => JSON.parse(fs.readFileSync(file, 'utf8')) as PageRecord[];
	for (const line of compareRecords(read(before), read(after))) console.log(line);
}

main();
