// Builds a big dump by concatenating the samples, the seeds and the corpus, for the growth and longest-block runs.
import * as fs from 'node:fs';
import { dumpFiles } from './stages';

/**
 * A dump of at least `mb` megabytes (UTF-8): whole dumps one after another, separated by a blank line. Files are read
 * as they are needed, so a small dump does not first load the whole corpus (the memory table measures the child).
 */
export function buildDump(mb: number): { text: string; bytes: number } {
	const files = dumpFiles().flatMap((s) => s.files);
	if (files.length === 0) throw new Error('no dumps to build from');
	const read: string[] = [];
	const target = mb * 1e6;
	const parts: string[] = [];
	let bytes = 0;
	for (let k = 0; bytes < target; k = (k + 1) % files.length) {
		const piece = (read[k] ??= fs.readFileSync(files[k], 'utf8'));
		parts.push(piece);
		bytes += Buffer.byteLength(piece) + 2;
	}
	return { text: parts.join('\n\n'), bytes };
}
