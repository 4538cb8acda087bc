// Hostile inputs aimed at the renderers (Markdown, HTML) and the URL policy, kept apart from the parser's generators.
// Each builds about `bytes` of dump text in code; none is committed as a file.

/** A dump of about `bytes` characters: `unit` repeated, between a title and a closing line, so extraction keeps it. */
function body(unit: string, bytes: number, open = '', close = ''): string {
	const n = Math.max(1, Math.floor((bytes - open.length - close.length) / unit.length));
	return '# Hostile\n\n' + open + unit.repeat(n) + close + '\n';
}

/** Name to generator; every generator is linear in `bytes`. */
export const RENDER_HOSTILE_GENERATORS: Readonly<Record<string, (bytes: number) => string>> = {
	// `*_*_…x…_*_*`: emphasis nested as deep as the input is long (mergeEmphasis was quadratic on it).
	'nested alternating emphasis': (bytes) => {
		const n = Math.floor(bytes / 4);
		return '# Hostile\n\n' + '*_'.repeat(n) + 'x' + '_*'.repeat(n) + '\n';
	},
	// `*a**b**c*…`: thousands of adjacent emphasis nodes of one style, all merged into one.
	'adjacent emphasis runs': (bytes) => body('*ab*', bytes),
	// `**a *b* c**` alternating styles side by side: the read-back check on every run.
	'mixed strong and em': (bytes) => body('**a *b* c** ~~d~~ ', bytes),
	// Links whose targets spell javascript: with character references, thousands of them in one paragraph.
	'encoded script links': (bytes) => body('Read [this](&#x6A;&#x61;&#x76;&#x61;script&colon;alert%281%29) and [that](c&#x6F;mmand:x) now. ', bytes),
	// One link whose target is a long run of character references: revealing it is a few linear rounds.
	'one huge encoded target': (bytes) => body('&amp;#x6A;'.repeat(Math.floor(bytes / 10)), 1, 'Some prose before the [link text](', ') and some prose after it, enough to be an article.'),
	// Images that are tracking pixels, each with its size attributes.
	'tracking pixels': (bytes) => body('Words of the article. ![](https://www.google-analytics.com/collect?v=1){width="1" height="1"} ![a](https://px.example.org/p.gif){width=1 height=1}\n\n', bytes),
	// Headings that all slug to the same id, the preview's shell ids among them.
	'headings named like the preview': (bytes) => '# Hostile\n\n' + '## Toc\n\nSome words of prose here.\n\n## Meta\n\nMore words of prose.\n\n## Article\n\nAnd the end of it.\n\n'.repeat(Math.floor(bytes / 100)),
};

export const RENDER_HOSTILE_NAMES: readonly string[] = Object.keys(RENDER_HOSTILE_GENERATORS);
