// Turns the bytes of a file into dump text, or says clearly why they are not text.

/** Above this share of control characters in the first bytes, a file is taken as binary. */
const BINARY_CONTROL_SHARE = 0.1;
/** How much of the start of a file is looked at to tell text from binary. */
const SNIFF_BYTES = 8192;

export type DecodedDump = { readonly ok: true; readonly text: string; readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { readonly ok: false; readonly reason: string };

/**
 * Decodes a dump's bytes: UTF-8 (a BOM is dropped), or UTF-16 with a BOM. NUL bytes or many control characters
 * mean binary; invalid UTF-8 sequences become U+FFFD rather than failing, since real dumps are sometimes mis-saved.
 */
export function decodeDump(bytes: Uint8Array): DecodedDump {
	if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	const head = bytes.subarray(0, SNIFF_BYTES);
	let controls = 0;
	for (const b of head) {
		if (b === 0) return { ok: false, reason: 'binary file (contains NUL bytes)' };
		if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
	}
	if (head.length > 0 && controls / head.length > BINARY_CONTROL_SHARE) return { ok: false, reason: 'binary file (mostly control characters)' };
	const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(start)), encoding: 'utf-8' };
}
