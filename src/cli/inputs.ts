// Input handling for the CLI: expanding directories to their dumps and reading a dump with clear reasons for refusals.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeDump } from '../core/index';
import { describeFsError, errnoCode } from './fsErrors';

/** Default size above which a dump is skipped, as in the editor (setting pageDump.maxFileSize). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface InputFile {
	readonly path: string;
	/** The name outputs are derived from: the file name without `.txt`. */
	readonly stem: string;
}

/**
 * Expands each argument: a file stays itself; a directory gives its `.txt` files (sorted, not recursive). A missing or
 * unlistable argument throws InputError with a plain reason. An entry of a directory that cannot even be looked at
 * (a dangling link, no permission) is kept, so that reading it reports it by name and the batch goes on.
 */
export function expandInputs(args: readonly string[]): InputFile[] {
	const out: InputFile[] = [];
	for (const arg of args) {
		let stat: fs.Stats;
		try {
			stat = fs.statSync(arg);
		} catch (e) {
			throw new InputError(arg, describeFsError(e));
		}
		if (stat.isDirectory()) {
			let names: string[];
			try {
				names = fs.readdirSync(arg).filter((n) => n.toLowerCase().endsWith('.txt')).sort();
			} catch (e) {
				throw new InputError(arg, `cannot list the folder (${describeFsError(e)})`);
			}
			for (const name of names) {
				const p = path.join(arg, name);
				const entry = fs.statSync(p, { throwIfNoEntry: false });
				// Sub-folders named *.txt are not dumps; anything else, readable or not, is reported when read.
				if (entry?.isDirectory()) continue;
				out.push({ path: p, stem: stemOf(name) });
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

/** Bytes read per call: large enough to be fast, small enough that the --max-size check stops a big file early. */
const READ_CHUNK_BYTES = 1024 * 1024;

/**
 * Reads a dump's text; throws InputError with the reason (unreadable, not a regular file, too large, binary). Reads at
 * most `maxBytes` + 1 bytes whatever `stat` says, and refuses FIFOs, devices and sockets before opening them (their
 * size is 0 to `stat`, and reading one may never end). `reason` starts with `skipped:` for a refusal by content or
 * size, and with `cannot read` when the file could not be read at all.
 */
export function readDumpFile(file: string, maxBytes = DEFAULT_MAX_BYTES): string {
	let stat: fs.Stats;
	try {
		stat = fs.statSync(file);
	} catch (e) {
		const dangling = errnoCode(e) === 'ENOENT' && fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink();
		throw new InputError(file, `cannot read (${dangling ? 'a symbolic link to a missing file' : describeFsError(e)})`);
	}
	if (stat.isDirectory()) throw new InputError(file, 'cannot read (is a directory)');
	if (!stat.isFile()) throw new InputError(file, 'skipped: not a regular file (a FIFO, device or socket)');
	if (stat.size > maxBytes) throw new InputError(file, `skipped: ${formatBytes(stat.size)} is above the ${formatBytes(maxBytes)} limit (--max-size)`);
	let bytes: Buffer;
	let fd: number | undefined;
	try {
		// Non-blocking open: if the path was swapped for a FIFO since the stat, opening it does not wait for a writer.
		fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
		if (!fs.fstatSync(fd).isFile()) throw new InputError(file, 'skipped: not a regular file (a FIFO, device or socket)');
		const chunks: Buffer[] = [];
		let total = 0;
		for (;;) {
			const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK_BYTES, maxBytes + 1 - total));
			const n = fs.readSync(fd, chunk, 0, chunk.length, null);
			if (n === 0) break;
			chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
			total += n;
			// The file grew past the limit after the stat: stop reading, refuse it.
			if (total > maxBytes) throw new InputError(file, `skipped: more than the ${formatBytes(maxBytes)} limit (--max-size)`);
		}
		bytes = Buffer.concat(chunks, total);
	} catch (e) {
		if (e instanceof InputError) throw e;
		throw new InputError(file, `cannot read (${describeFsError(e)})`);
	} finally {
		if (fd !== undefined) fs.closeSync(fd);
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
