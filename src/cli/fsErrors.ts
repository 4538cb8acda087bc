// Plain wording for file-system errors, so the CLI never prints "internal error: ENOENT" for a user's mistake.

/** What a Node file-system error code means to the user. */
const WORDING: Readonly<Record<string, string>> = {
	ENOENT: 'no such file or directory',
	EACCES: 'permission denied',
	EPERM: 'operation not permitted',
	EISDIR: 'is a directory',
	ENOTDIR: 'a part of the path is not a directory',
	ELOOP: 'too many levels of symbolic links',
	ENAMETOOLONG: 'file name too long',
	EMFILE: 'too many open files',
	ENOSPC: 'no space left on the device',
	EDQUOT: 'disk quota exceeded',
	EROFS: 'read-only file system',
	EFBIG: 'file too large for the file system',
	EIO: 'input/output error',
	EBUSY: 'resource busy',
	EAGAIN: 'resource temporarily unavailable',
	EXDEV: 'cannot rename across file systems',
};

/** The errno code of a Node error, if it has one. */
export function errnoCode(e: unknown): string | undefined {
	const code = (e as { code?: unknown } | undefined)?.code;
	return typeof code === 'string' ? code : undefined;
}

/** A short reason for a file-system error: `permission denied`, or the code and message for anything rarer. */
export function describeFsError(e: unknown): string {
	const code = errnoCode(e);
	if (code && WORDING[code]) return WORDING[code];
	return code ? `${code.toLowerCase()} error` : e instanceof Error ? e.message : String(e);
}
