// Input handling for the CLI: expanding directories to their dumps and reading a dump with clear reasons for refusals.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeDump } from '../core/index';

/** Default size above which a dump is skipped, as in the editor (setting pageDump.maxFileSize). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface InputFile {
	readonly path: string;
	/** The name outputs are derived from: the file name without `.txt`. */
	readonly stem: string;
}

/** Expands each argument: a file stays itself; a directory gives its `.txt` files (sorted, not recursive). Throws for a missing path. */
export function expandInputs(args: readonly string[]): InputFile[] {
	const out: InputFile[] = [];
	for (const arg of args) {
		let stat: fs.Stats;
		try {
			stat = fs.statSync(arg);
		} catch {
			throw new InputError(arg, 'no such file or directory');
		}
		if (stat.isDirectory()) {
			const names = fs.readdirSync(arg).filter((n) => n.toLowerCase().endsWith('.txt')).sort();
			for (const name of names) {
				const p = path.join(arg, name);
				if (fs.statSync(p).isFile()) out.push({ path: p, stem: stemOf(name) });
			}
		} else out.push({ path: arg, stem: stemOf(path.basename(arg)) });
	}
	return out;
}

export class InputError extends Error {
	constructor(
		readonly file: string,
		readonly reason: string,
	) {
		super(`${file}: ${reason}`);
	}
}

function stemOf(name: string): string {
	return name.replace(/\.txt$/i, '');
}

/** Reads a dump's text; throws InputError with the reason (unreadable, too large, binary). */
export function readDumpFile(file: string, maxBytes = DEFAULT_MAX_BYTES): string {
	let size: number;
	try {
		size = fs.statSync(file).size;
	} catch (e) {
		throw new InputError(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
	}
	if (size > maxBytes) throw new InputError(file, `skipped: ${formatBytes(size)} is above the ${formatBytes(maxBytes)} limit (--max-size)`);
	let bytes: Buffer;
	try {
		bytes = fs.readFileSync(file);
	} catch (e) {
		throw new InputError(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
	}
	const decoded = decodeDump(bytes);
	if (!decoded.ok) throw new InputError(file, `skipped: ${decoded.reason}`);
	return decoded.text;
}

export function formatBytes(n: number): string {
	if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
	if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
	return `${n} B`;
}

/** Parses a size such as `50MB`, `200k` or `1048576`. */
export function parseSize(text: string): number | undefined {
	const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(text.trim());
	if (!m) return undefined;
	const mult = { '': 1, k: 1024, m: 1024 * 1024, g: 1024 * 1024 * 1024 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
	return Math.round(parseFloat(m[1]) * mult);
}
