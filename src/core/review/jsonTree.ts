// A small JSON reader that keeps positions: every value and key carries its source offsets, and syntax errors come
// back as data with a range (never thrown), so a malformed config file becomes a diagnostic at the right place.

export interface JsonRange {
	readonly start: number;
	readonly end: number;
}

export type JsonNode =
	| (JsonRange & { readonly type: 'object'; readonly properties: readonly JsonProperty[] })
	| (JsonRange & { readonly type: 'array'; readonly items: readonly JsonNode[] })
	| (JsonRange & { readonly type: 'string'; readonly value: string })
	| (JsonRange & { readonly type: 'number'; readonly value: number })
	| (JsonRange & { readonly type: 'boolean'; readonly value: boolean })
	| (JsonRange & { readonly type: 'null' });

export interface JsonProperty {
	readonly key: string;
	readonly keyRange: JsonRange;
	readonly value: JsonNode;
}

export interface JsonSyntaxError extends JsonRange {
	readonly message: string;
}

export interface JsonParseResult {
	/** Undefined when the text holds no value at all or the first value is broken. */
	readonly root?: JsonNode;
	readonly errors: readonly JsonSyntaxError[];
}

// Config files are written by hand: nesting deeper than this is a mistake, and it bounds the recursion.
const MAX_DEPTH = 64;

class SyntaxFailure extends Error {
	constructor(
		message: string,
		readonly start: number,
		readonly end: number,
	) {
		super(message);
	}
}

/**
 * Parses JSON (with `//` and `/* *\/` comments allowed, as in VS Code's own JSON files). Stops at the first syntax
 * error and reports it with its range; a duplicate key is reported but parsing goes on.
 */
export function parseJsonTree(text: string): JsonParseResult {
	const errors: JsonSyntaxError[] = [];
	let pos = 0;

	const fail = (message: string, start = pos, end = Math.min(text.length, start + 1)): never => {
		if (start >= text.length) throw new SyntaxFailure(`Unexpected end of file (${message.charAt(0).toLowerCase()}${message.slice(1)})`, text.length, text.length);
		throw new SyntaxFailure(message, start, Math.max(end, start));
	};

	const skip = (): void => {
		for (;;) {
			const c = text.charCodeAt(pos);
			if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff) pos++;
			else if (c === 0x2f /* / */ && text.charCodeAt(pos + 1) === 0x2f) {
				const nl = text.indexOf('\n', pos);
				pos = nl < 0 ? text.length : nl + 1;
			} else if (c === 0x2f && text.charCodeAt(pos + 1) === 0x2a /* * */) {
				const close = text.indexOf('*/', pos + 2);
				if (close < 0) fail('Unclosed comment', pos, pos + 2);
				pos = close + 2;
			} else return;
		}
	};

	const readString = (): JsonNode & { type: 'string' } => {
		const start = pos;
		pos++;
		let value = '';
		for (;;) {
			if (pos >= text.length) fail('Unclosed string', start, pos);
			const c = text[pos];
			if (c === '"') break;
			if (c === '\n') fail('Unclosed string: a line break inside quotes', start, pos);
			if (c === '\\') {
				const e = text[pos + 1];
				const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
				if (e in simple) {
					value += simple[e];
					pos += 2;
				} else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
					value += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
					pos += 6;
				} else fail('Invalid escape in string', pos, pos + 2);
				continue;
			}
			value += c;
			pos++;
		}
		pos++;
		return { type: 'string', value, start, end: pos };
	};

	const readValue = (depth: number): JsonNode => {
		skip();
		if (depth > MAX_DEPTH) fail(`Nested deeper than ${MAX_DEPTH} levels`);
		const start = pos;
		const c = text[pos];
		if (c === undefined) fail('Value expected', Math.max(0, text.length - 1), text.length);
		if (c === '{') {
			pos++;
			const properties: JsonProperty[] = [];
			const seen = new Set<string>();
			skip();
			if (text[pos] === '}') {
				pos++;
				return { type: 'object', properties, start, end: pos };
			}
			for (;;) {
				skip();
				if (text[pos] !== '"') fail(text[pos] === '}' ? 'Trailing comma' : 'Property name expected (in double quotes)');
				const key = readString();
				if (seen.has(key.value)) errors.push({ message: `Duplicate property "${key.value}"`, start: key.start, end: key.end });
				seen.add(key.value);
				skip();
				if (text[pos] !== ':') fail('Colon expected');
				pos++;
				const value = readValue(depth + 1);
				properties.push({ key: key.value, keyRange: { start: key.start, end: key.end }, value });
				skip();
				if (text[pos] === ',') {
					pos++;
					continue;
				}
				if (text[pos] === '}') {
					pos++;
					return { type: 'object', properties, start, end: pos };
				}
				fail('Comma or closing brace expected');
			}
		}
		if (c === '[') {
			pos++;
			const items: JsonNode[] = [];
			skip();
			if (text[pos] === ']') {
				pos++;
				return { type: 'array', items, start, end: pos };
			}
			for (;;) {
				skip();
				if (text[pos] === ']') fail('Trailing comma');
				items.push(readValue(depth + 1));
				skip();
				if (text[pos] === ',') {
					pos++;
					continue;
				}
				if (text[pos] === ']') {
					pos++;
					return { type: 'array', items, start, end: pos };
				}
				fail('Comma or closing bracket expected');
			}
		}
		if (c === '"') return readString();
		const word = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(pos, pos + 64));
		if (!word) {
			const bad = /^[^\s,:{}[\]"]+/.exec(text.slice(pos, pos + 64));
			fail('Value expected', pos, pos + (bad ? bad[0].length : 1));
		}
		const w = word![0];
		pos += w.length;
		if (w === 'true' || w === 'false') return { type: 'boolean', value: w === 'true', start, end: pos };
		if (w === 'null') return { type: 'null', start, end: pos };
		return { type: 'number', value: Number(w), start, end: pos };
	};

	try {
		skip();
		if (pos >= text.length) return { errors: [{ message: 'The file is empty: a JSON object was expected', start: 0, end: 0 }] };
		const root = readValue(0);
		skip();
		if (pos < text.length) fail('End of file expected');
		return { root, errors };
	} catch (e) {
		if (!(e instanceof SyntaxFailure)) throw e;
		errors.push({ message: e.message, start: e.start, end: e.end });
		return { errors };
	}
}

/** The plain value of a node. */
export function jsonValue(node: JsonNode): unknown {
	switch (node.type) {
		case 'object':
			return Object.fromEntries(node.properties.map((p) => [p.key, jsonValue(p.value)]));
		case 'array':
			return node.items.map(jsonValue);
		case 'null':
			return null;
		default:
			return node.value;
	}
}
