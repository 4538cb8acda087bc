// Reading the metadata's ISO 8601 dates (no invented time zone) for comparisons at their common precision.

/** A parsed date: its wall-clock value (read as if UTC) and how precise it is. */
export interface LooseDate {
	readonly value: number;
	/** `day` for `2021-05-10`, `minute` or finer when a time is given. */
	readonly precision: 'year' | 'month' | 'day' | 'time';
	readonly iso: string;
}

/** Parses the leading ISO 8601 date (and time) of a value; undefined when it is not one. Zones are ignored. */
export function parseLooseDate(iso: string | undefined): LooseDate | undefined {
	if (!iso) return undefined;
	const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?)?)?/.exec(iso);
	if (!m) return undefined;
	const [year, month = '01', day = '01', hour = '00', minute = '00', second = '00'] = m.slice(1);
	const value = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
	if (Number.isNaN(value)) return undefined;
	const precision = m[4] !== undefined ? 'time' : m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year';
	return { value, precision, iso: m[0].trim() };
}

/**
 * Compares two dates at the coarser of their precisions: -1, 0 or 1 (`2021-05` equals `2021-05-10T08:00`).
 * Both are read in the same (unknown) zone, as the metadata of one page is.
 */
export function compareLoose(a: LooseDate, b: LooseDate): number {
	const coarse = (d: LooseDate, p: LooseDate['precision']): number => {
		const date = new Date(d.value);
		if (p === 'year') return Date.UTC(date.getUTCFullYear(), 0, 1);
		if (p === 'month') return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
		if (p === 'day') return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
		return d.value;
	};
	const order = ['year', 'month', 'day', 'time'] as const;
	const p = order[Math.min(order.indexOf(a.precision), order.indexOf(b.precision))];
	const x = coarse(a, p);
	const y = coarse(b, p);
	return x < y ? -1 : x > y ? 1 : 0;
}

/** Hours the earliest time zone (UTC+14) is ahead: a zone-less time means an instant at most this much earlier. */
const MAX_ZONE_AHEAD_MS = 14 * 60 * 60 * 1000;

/**
 * Whether a zone-less date is surely after `now`: even its earliest reading (the period's start in UTC+14) is.
 * A date without a time counts from the start of its day, month or year.
 */
export function isFuture(d: LooseDate, now: Date): boolean {
	return d.value - MAX_ZONE_AHEAD_MS > now.getTime();
}
