// Writing CLI outputs safely: never through a symbolic link at the destination, and atomically (a temporary file in
// the same folder, then a rename), so an interrupted run never leaves a truncated file that looks finished.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeFsError } from './fsErrors';

/** Why an output was not written; the message names no path (the caller does). */
export class OutputError extends Error {}

/** What is at a destination path, without following a link there. */
export function destinationKind(file: string): 'none' | 'file' | 'symlink' | 'other' {
	// Nothing there is the common case (a fresh output folder): asked without an exception, which costs more than the
	// call (issue 13). Other errors (a folder on the way that cannot be read) still throw, and read as nothing there.
	let st: fs.Stats | undefined;
	try {
		st = fs.lstatSync(file, { throwIfNoEntry: false });
	} catch {
		return 'none';
	}
	if (st === undefined) return 'none';
	return st.isSymbolicLink() ? 'symlink' : st.isFile() ? 'file' : 'other';
}

/** What an output is made of: one string, or a writer that hands its pieces (in order) to `write`. */
export type OutputData = string | ((write: (chunk: string) => void) => void);

/** Writes all of `chunk` (UTF-8) at the file's position: `writeSync` may write less than asked. */
function writeAll(fd: number, chunk: string): void {
	const bytes = Buffer.from(chunk, 'utf8');
	for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at);
}

/**
 * Writes `data` to `file`: into a fresh temporary file beside it (created exclusively, never through a link), then
 * renamed over the destination. A link at the destination is refused, even with `overwrite`: the rename would replace
 * the link itself, but the user asked to write the file the link names, and writing there is exactly the attack.
 * Without `overwrite`, an existing destination is refused. A writer's pieces go to the file as they come, so a long
 * output (the `json` format of a section-dense dump is ten times the dump) is never held whole.
 */
export function writeFileAtomic(file: string, data: OutputData, overwrite: boolean): void {
	const kind = destinationKind(file);
	if (kind === 'symlink') throw new OutputError('is a symbolic link; pagedump never writes through one (remove it first)');
	if (kind === 'other') throw new OutputError('exists and is not a regular file');
	if (kind === 'file' && !overwrite) throw new OutputError('exists (use --overwrite to replace it)');
	const dir = path.dirname(file);
	const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`);
	try {
		// 'wx': O_CREAT|O_EXCL, which also refuses to follow a link planted at the temporary name.
		if (typeof data === 'string') fs.writeFileSync(tmp, data, { flag: 'wx' });
		else {
			const fd = fs.openSync(tmp, 'wx');
			try {
				data((chunk) => writeAll(fd, chunk));
			} finally {
				fs.closeSync(fd);
			}
		}
		// Checked again right before the rename: a link may have appeared since.
		if (destinationKind(file) === 'symlink') throw new OutputError('is a symbolic link; pagedump never writes through one (remove it first)');
		fs.renameSync(tmp, file);
	} catch (e) {
		try {
			fs.unlinkSync(tmp);
		} catch {
			// Not created, or already renamed.
		}
		if (e instanceof OutputError) throw e;
		throw new OutputError(`cannot write (${describeFsError(e)})`);
	}
}
