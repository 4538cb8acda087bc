// Hostile input shapes for the parser (issue 11), kept apart from the other generators so each list merges alone.

const MB = 1024 * 1024;

/** An ordinary page around a hostile middle: the shapes were found inside real-looking dumps. */
function inPage(middle: string): string {
	const prose = '::: {#main .article}\n# A title {#t}\n\n' + 'Some article text with [a link](https://a.example/x) and a comma, as prose has. '.repeat(20) + '\n\n';
	return prose + middle + '\n\n' + prose + ':::\n';
}

/** Backtick runs of lengths 1, 2, 3 ... with none closed: each length is looked for once. */
function growingBacktickRuns(total: number): string {
	const parts: string[] = [];
	let size = 0;
	for (let k = 1; size < total; k++) {
		parts.push('`'.repeat(k), ' x ');
		size += k + 3;
	}
	return parts.join('');
}

/**
 * Parser cases: the text of each, built in code, never committed as files. `parseOnly` marks shapes whose later
 * stages are other issues' work: the liveness worker then stops after parsing.
 */
export const PARSER_CASES: Readonly<Record<string, { readonly text: (mb?: number) => string; readonly parseOnly?: boolean }>> = {
	'code spans of growing length': { text: (mb = 1) => growingBacktickRuns(mb * MB) },
	// 4 MB in the suite: the liveness worker on a loaded 2-core machine; the memory notes used 10 MB (issue 11's size).
	'a pipe table of tiny cells': { text: (mb = 4) => '| a | b |\n|---|---|\n' + '| x | y |\n'.repeat((mb * MB) / 10), parseOnly: true },
	'tiny fenced divs': { text: (mb = 4) => '::: a\nx\n:::\n'.repeat((mb * MB) / 12), parseOnly: true },
	'[ inside a page': { text: (mb = 20) => inPage('['.repeat(mb * MB)), parseOnly: true },
};
