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
	let st: fs.Stats;
	try {
		st = fs.lstatSync(file);
	} catch {
		return 'none';
	}
	return st.isSymbolicLink() ? 'symlink' : st.isFile() ? 'file' : 'other';
}

/**
 * Writes `data` to `file`: into a fresh temporary file beside it (created exclusively, never through a link), then
 * renamed over the destination. A link at the destination is refused, even with `overwrite`: the rename would replace
 * the link itself, but the user asked to write the file the link names, and writing there is exactly the attack.
 * Without `overwrite`, an existing destination is refused.
 */
export function writeFileAtomic(file: string, data: string, overwrite: boolean): void {
	const kind = destinationKind(file);
	if (kind === 'symlink') throw new OutputError('is a symbolic link; pagedump never writes through one (remove it first)');
	if (kind === 'other') throw new OutputError('exists and is not a regular file');
	if (kind === 'file' && !overwrite) throw new OutputError('exists (use --overwrite to replace it)');
	const dir = path.dirname(file);
	const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`);
	try {
		// 'wx': O_CREAT|O_EXCL, which also refuses to follow a link planted at the temporary name.
		fs.writeFileSync(tmp, data, { flag: 'wx' });
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
