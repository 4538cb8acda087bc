// The naive baseline of the eval: every visible word of a dump, with markup, URLs and attributes dropped. Pure.

/** Lines longer than this that hold URL-encoded HTML are a page's encoded source, not visible text. */
const ENCODED_LINE_MIN_LENGTH = 2000;

/**
 * Strips a dump to its visible text with regular expressions only (no parser), the way the corpus README's
 * "every visible word of the dump" reference row is defined. Used to check that the scorer reproduces that row.
 */
export function visibleText(dump: string): string {
	let s = dump.replace(/\r\n?/g, '\n');
	s = s
		.split('\n')
		.filter((line) => !(line.length > ENCODED_LINE_MIN_LENGTH && /%3C/i.test(line)))
		.join('\n');
	// Fence lines carry only attributes or a class word.
	s = s.replace(/^[ \t]*:::+.*$/gm, '');
	// Raw HTML tags and comments.
	s = s.replace(/<!--[\s\S]*?-->/g, ' ');
	s = s.replace(/<\/?[A-Za-z][^<>]*>/g, ' ');
	// Link and image targets: `](url "title")`, with one level of nested parentheses.
	s = s.replace(/\]\((?:[^()]|\([^()]*\))*\)/g, '] ');
	// Attribute blocks after spans, links, headings, code: `{#id .class key="value"}`.
	s = s.replace(/\{(?:[#.=]|[\w:-]+=)[^{}]*\}/g, ' ');
	// Reference definitions.
	s = s.replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, '');
	return s;
}
