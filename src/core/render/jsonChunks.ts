// JSON written in pieces to a sink: the bytes of `JSON.stringify(value, null, indent)`, never the whole text at once.

/*
 * Why: the `json` format of a heading- or section-dense dump is 10 to 12 times the dump (every heading and every
 * removed region is listed with its range): as one string, and as the object tree it was made from, it alone was
 * over the hardening issue's aim of a peak heap at most 10x the input ('headings named like the preview': 23.1 MB of
 * JSON for 1.96 MB). Written here, a piece of at most CHUNK_CHARS (plus one item) is held at a time, and a list given
 * as `JsonItems` is made item by item as it is written, so its objects are never all alive.
 *
 * The output is `JSON.stringify(value, null, indent)` byte for byte (test/unit/jsonChunks.test.ts compares both on
 * every value shape and on real extractions): `toJSON` is called with the key, wrapper objects are unwrapped,
 * `undefined`, functions and symbols are left out of objects and written `null` in arrays, non-finite numbers are
 * `null`, keys come in `Object.keys` order. A long string is escaped a slice at a time, never cutting a surrogate pair
 * (a pair is written as it is, a lone half escaped: cut between the two, both halves would be escaped).
 */

/** The size (UTF-16 code units) a piece grows to before it is handed to the sink; a long string is escaped in slices of it. */
export const CHUNK_CHARS = 1 << 16;

/** A list written item by item: `items` is called once, when the writer reaches it; an empty one is `[]`. */
export class JsonItems {
	constructor(readonly items: () => Iterable<unknown>) {}

	/** The items as an array (the value `JSON.stringify` would see). */
	toArray(): unknown[] {
		return [...this.items()];
	}
}

/** Writes `value` as `JSON.stringify(value, null, indent)` would, in pieces of about CHUNK_CHARS, to `sink`. */
export function writeJson(value: unknown, sink: (chunk: string) => void, indent = 2): void {
	const w = new ChunkWriter(sink, ' '.repeat(indent));
	// JSON.stringify returns undefined for a top-level undefined, function or symbol: nothing is written then.
	w.property(value, '');
	w.flush();
}

/** The text `writeJson` writes, joined (for callers that need one string). */
export function jsonText(value: unknown, indent = 2): string {
	const parts: string[] = [];
	writeJson(value, (c) => void parts.push(c), indent);
	return parts.join('');
}

class ChunkWriter {
	#buf = '';
	readonly #indents: string[] = [];

	constructor(
		private readonly sink: (chunk: string) => void,
		private readonly gap: string,
	) {}

	flush(): void {
		if (this.#buf.length > 0) this.sink(this.#buf);
		this.#buf = '';
	}

	#put(s: string): void {
		this.#buf += s;
		if (this.#buf.length >= CHUNK_CHARS) this.flush();
	}

	#indent(depth: number): string {
		// No gap: no line breaks either (JSON.stringify's compact form).
		return (this.#indents[depth] ??= this.gap ? '\n' + this.gap.repeat(depth) : '');
	}

	/** A value after `toJSON` and unwrapping, or undefined when JSON leaves it out (undefined, a function, a symbol). */
	#resolve(value: unknown, key: string): unknown {
		if (value !== null && (typeof value === 'object' || typeof value === 'bigint')) {
			const toJSON = (value as { toJSON?: unknown }).toJSON;
			if (typeof toJSON === 'function') value = (toJSON as (k: string) => unknown).call(value, key);
		}
		if (value instanceof Number) return Number(value);
		if (value instanceof String) return String(value);
		if (value instanceof Boolean) return value.valueOf();
		return value;
	}

	/** Writes the property `key` of value `raw`; false when JSON leaves it out (nothing written). */
	property(raw: unknown, key: string, depth = 0): boolean {
		return this.#write(this.#resolve(raw, key), depth);
	}

	/** Writes a resolved value; false when JSON leaves it out (nothing written). */
	#write(value: unknown, depth: number): boolean {
		switch (typeof value) {
			case 'string':
				this.#string(value);
				return true;
			case 'number':
				this.#put(Number.isFinite(value) ? String(value) : 'null');
				return true;
			case 'boolean':
				this.#put(value ? 'true' : 'false');
				return true;
			case 'bigint':
				// As JSON.stringify does.
				throw new TypeError('Do not know how to serialize a BigInt');
			case 'object':
				if (value === null) this.#put('null');
				else if (value instanceof JsonItems) this.#list(value.items(), depth);
				else if (Array.isArray(value)) this.#list(value, depth);
				else this.#object(value as Record<string, unknown>, depth);
				return true;
			default:
				return false;
		}
	}

	#list(items: Iterable<unknown>, depth: number): void {
		let i = 0;
		const inner = this.#indent(depth + 1);
		for (const item of items) {
			this.#put(i === 0 ? '[' + inner : ',' + inner);
			if (!this.property(item, String(i), depth + 1)) this.#put('null');
			i++;
		}
		this.#put(i === 0 ? '[]' : this.#indent(depth) + ']');
	}

	#object(value: Record<string, unknown>, depth: number): void {
		let n = 0;
		const inner = this.#indent(depth + 1);
		for (const key of Object.keys(value)) {
			const v = this.#resolve(value[key], key);
			if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
			this.#put((n === 0 ? '{' : ',') + inner + JSON.stringify(key) + (this.gap ? ': ' : ':'));
			// Resolved already: `toJSON` runs once a property, as in JSON.stringify.
			this.#write(v, depth + 1);
			n++;
		}
		this.#put(n === 0 ? '{}' : this.#indent(depth) + '}');
	}

	#string(s: string): void {
		if (s.length <= CHUNK_CHARS) {
			this.#put(JSON.stringify(s));
			return;
		}
		this.#put('"');
		for (let at = 0; at < s.length; ) {
			let end = Math.min(s.length, at + CHUNK_CHARS);
			// Never between the two halves of a pair (a high surrogate then a low one).
			if (end < s.length && isHigh(s.charCodeAt(end - 1)) && isLow(s.charCodeAt(end))) end--;
			const quoted = JSON.stringify(s.slice(at, end));
			this.#put(quoted.slice(1, -1));
			at = end;
		}
		this.#put('"');
	}
}

function isHigh(c: number): boolean {
	return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
	return c >= 0xdc00 && c <= 0xdfff;
}
