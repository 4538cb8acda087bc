// PD106: text that reads like a link but is not one: `[text](target)` that failed to parse, or an undefined reference.
import type { Rule } from '../rule';
import { shorten } from '../rule';

/**
 * `[text](target)` or `[text] (target)` left as text. The target must look like one (a URL, path or fragment) so
 * that prose such as "[sic] (see above)" does not match. Bounded lengths keep it linear on huge runs.
 */
const LOOKS_LIKE_LINK_RE = /(!?)\[([^\[\]]{0,300})\][ ]?\(\s*<?((?:[a-zA-Z][a-zA-Z0-9+.-]{1,15}:|\/|#|\.\.?\/|www\.)[^()\n]{0,500}?)>?\s*(?:"[^"\n]*")?\)/g;

export const unparsedLink: Rule = {
	code: 'PD106',
	name: 'unparsed-link',
	category: 'links',
	defaultSeverity: 'warning',
	defaultEnabled: true,
	description: 'Text looks like a link but did not parse as one (a broken [text](target), or a reference with no definition).',
	fixable: false,
	check(ctx, report) {
		const text = ctx.doc.text;
		const runs = ctx.textRuns;
		for (let i = 0; i < runs.length; i += 2) {
			const runStart = runs[i];
			const source = text.slice(runStart, runs[i + 1]);
			if (!source.includes('](') && !source.includes('] (')) continue;
			for (const m of source.matchAll(LOOKS_LIKE_LINK_RE)) {
				// `\[` is an escaped, deliberately literal bracket.
				const at = m.index!;
				if (at > 0 && source[at - 1] === '\\') continue;
				const what = m[1] ? 'an image' : 'a link';
				const why = /\s/.test(m[3].trim()) ? ': its target contains white space' : m[0].includes('] (') ? ': a space separates "]" from "("' : '';
				report({ message: `"${shorten(m[0], 60)}" looks like ${what} but is plain text${why}.`, range: { start: runStart + at, end: runStart + at + m[0].length } });
			}
		}
		for (const { node } of ctx.links) {
			if (node.kind === 'link' && node.unresolved) {
				report({ message: `Reference link "${shorten(text.slice(node.range.start, node.range.end), 60)}" has no definition: it shows as plain text.`, range: node.range });
			}
		}
	},
};
