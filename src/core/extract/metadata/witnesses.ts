// Step 2 of metadata reading: witnesses outside the dump's markup — the encoded original HTML line and share links — that confirm or supply fields.
import type { Block, SourceRange } from '../../model/dumpDocument';
import { decodeEncodedHtmlWithOffsets, findHtmlElements, htmlToText, type HtmlElement } from '../encodedHtml';
import { collapse } from '../inlineText';
import { SHARE_HOST_RE, SHARE_TITLE_PARAMS, SHARE_URL_PARAMS } from '../metadataRules';
import { linkOf, type MetadataScan, type Witness } from './scan';
import { parseQuery, parseUrl } from './urls';

/** A share button's link: the shared page's URL and its `<title>`-like texts. */
export interface ShareLink {
	readonly url?: string;
	readonly titles: string[];
	readonly range: SourceRange;
}

/** What the encoded original HTML says. */
export interface EncodedWitnesses {
	title?: Witness;
	description?: Witness;
	labels: Witness[];
	language?: Witness;
}

export function readEncoded(s: MetadataScan): EncodedWitnesses {
	const out: EncodedWitnesses = { labels: [] };
	const visit = (blocks: readonly Block[]): void => {
		for (const b of blocks) {
			if (b.kind === 'encodedHtml') readEncodedBlock(s, b.encoded, b.range.start, out);
			else if (b.kind === 'div' || b.kind === 'htmlDiv' || b.kind === 'blockquote') visit(b.children);
		}
	};
	visit(s.doc.blocks);
	return out;
}

function readEncodedBlock(s: MetadataScan, encoded: string, base: number, out: EncodedWitnesses): void {
	const { html, offsets } = decodeEncodedHtmlWithOffsets(encoded);
	const range = (e: HtmlElement): SourceRange => ({ start: base + offsets[e.innerStart], end: base + offsets[e.innerEnd] });
	const first = (tag: string): HtmlElement | undefined => findHtmlElements(html, tag).find((e) => htmlToText(e.inner) !== '');
	// Khoros: LINGO-SUB is the subject (title), LINGO-TEASER the summary, LINGO-LABEL the labels. Generic HTML: <title>/<h1>, meta description.
	const sub = first('lingo-sub') ?? first('h1') ?? first('title');
	if (sub && !out.title) out.title = { value: htmlToText(sub.inner), source: range(sub), rule: `encoded-html:${sub.tag}` };
	const teaser = first('lingo-teaser');
	if (teaser && !out.description) out.description = { value: htmlToText(teaser.inner), source: range(teaser), rule: 'encoded-html:lingo-teaser' };
	if (!out.description) {
		const meta = findHtmlElements(html, 'meta').find((e) => /^(?:description|og:description)$/i.test(e.attrs.get('name') ?? e.attrs.get('property') ?? ''));
		const content = meta?.attrs.get('content');
		if (meta && content) out.description = { value: collapse(content), source: { start: base + offsets[meta.start], end: base + offsets[meta.end] }, rule: 'encoded-html:meta-description' };
	}
	for (const label of findHtmlElements(html, 'lingo-label')) {
		const v = htmlToText(label.inner);
		if (v) out.labels.push({ value: v, source: range(label), rule: 'encoded-html:lingo-label' });
	}
	if (!out.language) {
		const m = /<[a-z][\w:-]*\s[^>]*?\b(?:slang|lang|xml:lang)\s*=\s*["']?([a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*)/i.exec(html);
		if (m) {
			const at = m.index + m[0].length - m[1].length;
			out.language = { value: m[1].replace('_', '-'), source: { start: base + offsets[at], end: base + offsets[at + m[1].length] }, rule: 'encoded-html:lang' };
		}
	}
}

/** Share buttons: their query holds the page's own URL and its `<title>` (often "Article - Site"). */
export function readShareLinks(s: MetadataScan): ShareLink[] {
	const out: ShareLink[] = [];
	for (const node of s.links) {
		const link = linkOf(node);
		const href = link.href.trim();
		const parsed = parseUrl(href);
		if (!parsed) continue;
		const isMail = parsed.scheme === 'mailto';
		if (!isMail && !SHARE_HOST_RE.test(parsed.host)) continue;
		const params = parseQuery(parsed.query);
		let url: string | undefined;
		for (const key of SHARE_URL_PARAMS) {
			const v = params.get(key);
			if (v && /^https?:\/\//i.test(v.trim())) {
				url = v.trim();
				break;
			}
		}
		const titles: string[] = [];
		for (const key of SHARE_TITLE_PARAMS) {
			const v = params.get(key);
			if (v) titles.push(collapse(v.replace(/\bhttps?:\/\/\S+/g, '')));
		}
		if (isMail && !url) {
			const body = params.get('body') ?? '';
			const m = /https?:\/\/[^\s"'<>]+/.exec(body);
			if (m) url = m[0];
		}
		if (url || titles.length > 0) out.push({ url, titles: titles.filter((t) => t !== ''), range: node.range });
	}
	return out;
}


