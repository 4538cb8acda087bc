// Pieces of a long text joined into one string without holding the pieces and their join on the heap at once.

/*
 * Why: `parts.join('')` needs every part alive while it makes the joined copy, so a text of N characters is held
 * twice at its end. The preview's article html (renderArticleHtml) on 'headings named like the preview' is 4.64 MB:
 * 9.3 MB on the heap while joined, the highest live peak of the pipeline after extraction (issue 11). Here, once the
 * pieces pass JOIN_ON_HEAP_CHARS, each piece is written as UTF-8 into a buffer outside the JS heap as it comes (the
 * piece is garbage at once) and the string is decoded from the buffer once, at the end: the heap holds the one string
 * and a piece, and the buffer (the text's UTF-8 bytes, with room to grow) lives only until the string is made.
 * UTF-8 gives back exactly the characters written for any well-formed text; a piece with a lone surrogate (which
 * UTF-8 cannot hold) turns the join back to parts on the heap, so the result is always `parts.join('')`.
 */

/**
 * Below this many characters the pieces are joined on the heap as before: most articles' html is far shorter, and
 * copying it through a buffer would be work for nothing.
 */
export const JOIN_ON_HEAP_CHARS = 1 << 20;
/** The buffer's first size in bytes (it doubles as needed); about the on-heap pieces it takes over and more. */
const FIRST_BUFFER_BYTES = 4 << 20;
/** The most UTF-8 bytes a UTF-16 code unit takes (a BMP character past U+07FF; a surrogate pair is 4 for 2). */
const MAX_BYTES_PER_UNIT = 3;

/** A lone surrogate: one UTF-8 cannot write. */
const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function wellFormed(text: string): boolean {
	const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
	return typeof native === 'function' ? native.call(text) : !LONE_SURROGATE_RE.test(text);
}

/** Collects pieces; `text()` is their join, `parts.join('')` exactly. */
export class OffHeapJoin {
	/** Pieces held on the heap: all of them until the buffer is taken, then none (or all after a lone surrogate). */
	#parts: string[] = [];
	#partsChars = 0;
	#bytes: Uint8Array | undefined;
	#used = 0;
	/** Set once a piece could not be written as UTF-8: the rest stay on the heap. */
	#onHeapOnly = false;
	readonly #threshold: number;

	/** `threshold`: characters joined on the heap before the buffer is taken (a test's small number). */
	constructor(threshold = JOIN_ON_HEAP_CHARS) {
		this.#threshold = threshold;
	}

	push(piece: string): void {
		if (this.#bytes === undefined || this.#onHeapOnly) {
			this.#parts.push(piece);
			this.#partsChars += piece.length;
			if (!this.#onHeapOnly && this.#partsChars > this.#threshold) this.#takeBuffer();
			return;
		}
		if (!wellFormed(piece)) {
			this.#backToHeap();
			this.#parts.push(piece);
			return;
		}
		this.#write(piece);
	}

	/** The pieces joined. */
	text(): string {
		if (this.#bytes === undefined || this.#onHeapOnly) return this.#parts.length === 1 ? this.#parts[0] : this.#parts.join('');
		const text = decode(this.#bytes, this.#used);
		this.#bytes = undefined;
		this.#used = 0;
		return text;
	}

	/** Moves the pieces held so far into a buffer, unless one of them cannot be written as UTF-8. */
	#takeBuffer(): void {
		if (!this.#parts.every(wellFormed)) {
			this.#onHeapOnly = true;
			return;
		}
		this.#bytes = new Uint8Array(Math.max(FIRST_BUFFER_BYTES, this.#partsChars * 2));
		for (const part of this.#parts) this.#write(part);
		this.#parts = [];
		this.#partsChars = 0;
	}

	/** The text written so far back to the heap, as the first part; pieces after it are kept as they come. */
	#backToHeap(): void {
		this.#parts = [this.text()];
		this.#onHeapOnly = true;
	}

	#write(piece: string): void {
		let bytes = this.#bytes as Uint8Array;
		const need = this.#used + piece.length * MAX_BYTES_PER_UNIT;
		if (need > bytes.length) {
			let size = bytes.length * 2;
			while (size < need) size *= 2;
			const grown = new Uint8Array(size);
			grown.set(bytes.subarray(0, this.#used));
			bytes = this.#bytes = grown;
		}
		this.#used += encoder.encodeInto(piece, bytes.subarray(this.#used)).written;
	}
}

const encoder = new TextEncoder();
/** `ignoreBOM`: a text that starts with U+FEFF keeps it (the decoder would take it for a byte order mark). */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

function decode(bytes: Uint8Array, length: number): string {
	return decoder.decode(bytes.subarray(0, length));
}
