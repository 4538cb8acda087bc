// A read-only array whose elements are made when read, from columns (typed arrays) that stand behind it.

/**
 * Why a view: a list the run holds from one step to its end (the Markdown renderer's output blocks, the article's
 * removed regions) was an array of small objects, 56 to 64 bytes each plus the array's 8-byte slot, where the numbers
 * they carry take 16 to 33 bytes as columns. 'headings named like the preview' holds 60,000 of each. The view reads as
 * the array did for every reader: indexing, `length`, iteration, spread, `map`/`filter`/`slice`, `Array.isArray`,
 * `JSON.stringify`, `Object.keys` and `assert.deepEqual`. What it does not do: writing (an error in strict code), keeping
 * an element's identity (each read makes a new object, as the model's range getters do), `postMessage` (a proxy
 * cannot be cloned: send `[...view]`) and `Object.freeze` (see `isArrayView`). Readers on a hot path read the columns
 * themselves (see `viewColumns`).
 */
export function arrayView<T, C extends object>(columns: C, length: number, read: (columns: C, i: number) => T): readonly T[] {
	const at = (key: string | symbol): number => {
		if (typeof key !== 'string' || key.length === 0) return -1;
		const c = key.charCodeAt(0);
		if (c < 48 || c > 57) return -1;
		const i = Number(key);
		return i < length && String(i) === key ? i : -1;
	};
	function* iterate(): Generator<T> {
		for (let i = 0; i < length; i++) yield read(columns, i);
	}
	const handler: ProxyHandler<T[]> = {
		get(target, key, receiver) {
			const i = at(key);
			if (i >= 0) return read(columns, i);
			if (key === 'length') return length;
			// Iteration (for-of, spread) reads the columns by number: an index read goes through a string key.
			if (key === Symbol.iterator) return iterate;
			return Reflect.get(target, key, receiver);
		},
		has(target, key) {
			return at(key) >= 0 || Reflect.has(target, key);
		},
		ownKeys() {
			const keys: string[] = [];
			for (let i = 0; i < length; i++) keys.push(String(i));
			keys.push('length');
			return keys;
		},
		getOwnPropertyDescriptor(target, key) {
			const i = at(key);
			if (i >= 0) return { value: read(columns, i), writable: false, enumerable: true, configurable: true };
			if (key === 'length') return { value: length, writable: true, enumerable: false, configurable: false };
			return Reflect.getOwnPropertyDescriptor(target, key);
		},
		set: () => false,
		defineProperty: () => false,
		deleteProperty: () => false,
	};
	const view = new Proxy<T[]>([], handler);
	COLUMNS.set(view, columns);
	return view;
}

const COLUMNS = new WeakMap<object, object>();

/**
 * Whether `value` is a view made by `arrayView`. A view cannot be frozen (a proxy's virtual elements break freezing's
 * invariants) and needs no freezing: it refuses every write, and each read makes a new element.
 */
export function isArrayView(value: unknown): boolean {
	return typeof value === 'object' && value !== null && COLUMNS.has(value);
}

/** The columns behind a view made by `arrayView`, or undefined for any other list (a plain array). */
export function viewColumns<C extends object>(list: readonly unknown[]): C | undefined {
	return COLUMNS.get(list) as C | undefined;
}

/** A growing Int32Array: `push` doubles its room when full; `fit` returns the values cut to their count. */
export class Int32Column {
	#values: Int32Array;
	#length = 0;

	constructor(room = 16) {
		this.#values = new Int32Array(Math.max(1, room));
	}

	get length(): number {
		return this.#length;
	}

	push(value: number): void {
		if (this.#length === this.#values.length) {
			const grown = new Int32Array(this.#values.length * 2);
			grown.set(this.#values);
			this.#values = grown;
		}
		this.#values[this.#length++] = value;
	}

	/** The values pushed, in a typed array of their own length. */
	fit(): Int32Array {
		return this.#values.slice(0, this.#length);
	}
}
