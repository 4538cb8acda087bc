// Test helpers: build fixture text inline, as the Markdown language service's tests do.

/** Joins lines with `\n`. */
export function joinLines(...lines: string[]): string {
	return lines.join('\n');
}

/** Joins lines into a dump's text: each line ends with `\n`, as a dump file does. */
export function dumpLines(...lines: string[]): string {
	return lines.join('\n') + '\n';
}

/** The offset range of the first occurrence of `needle` in `text` (after `from`); throws when absent, so tests fail loudly. */
export function rangeOf(text: string, needle: string, from = 0): { start: number; end: number } {
	const start = text.indexOf(needle, from);
	if (start < 0) throw new Error(`fixture does not contain ${JSON.stringify(needle)}`);
	return { start, end: start + needle.length };
}
