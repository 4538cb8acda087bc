// Builds a big dump by concatenating the samples, the seeds and the corpus, for the growth and longest-block runs.
import * as fs from 'node:fs';
import { dumpFiles } from './stages';

/** A dump of at least `mb` megabytes (UTF-8): whole dumps one after another, separated by a blank line. */
export function buildDump(mb: number): { text: string; bytes: number } {
	const pieces = dumpFiles().flatMap((s) => s.files).map((f) => fs.readFileSync(f, 'utf8'));
	if (pieces.length === 0) throw new Error('no dumps to build from');
	const sizes = pieces.map((p) => Buffer.byteLength(p) + 2);
	const target = mb * 1e6;
	const parts: string[] = [];
	let bytes = 0;
	for (let k = 0; bytes < target; k = (k + 1) % pieces.length) {
		parts.push(pieces[k]);
		bytes += sizes[k];
	}
	return { text: parts.join('\n\n'), bytes };
}
