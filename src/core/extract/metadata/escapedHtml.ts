// A page dumped as its HTML source written out as text (`\<div class=\"p-title\"\>…`): its headline, time element and poster's name read from that HTML.
import type { Block, SourceRange } from '../../model/dumpDocument';
import { findHtmlElements, htmlToText, type HtmlElement } from '../encodedHtml';
import { parseMachineDate } from '../dates';
import type { Witness } from './scan';
import { matchCount } from '../../text/wordCount';

/**
 * A paragraph is a page's escaped HTML source when it starts with an escaped tag and holds at least this many: a
 * sentence that quotes a tag or two (`use \<div\> here`) is prose.
 */
const ESCAPED_TAGS_MIN = 20;
/** An escaped tag as the converter writes one: backslash, angle bracket, a tag name. */
const ESCAPED_TAG_RE = /\\<\/?[a-z][a-z0-9]*/giu;
/** A backslash escape of ASCII punctuation (`\<`, `\"`, `\--`, `\[`): the character itself in the page's source. */
const ESCAPE_RE = /\\([!-/:-@[-`{-~])/gu;
/** The thread's or article's header follows its headline: its time element and poster's name are this close after it. */
const HEADER_CHARS = 3000;
/** Class names of a poster's or author's name in forum and blog software (`username`, `author-name`, `p-author`). */
const NAME_CLASS_RE = /(?:^|\s)(?:username|user-name|author|author-name|p-author|byline-name)(?:$|\s)/iu;

/** What the escaped HTML says: title, published date and author, each with the paragraph range it came from. */
export interface EscapedHtml {
	readonly title?: Witness;
	readonly published?: Witness;
	readonly author?: Witness;
}

/** The page's escaped HTML read for its headline, its first time element after it and the name beside it (machine dates need no language); {} for other dumps. */
export function readEscapedHtml(blocks: readonly Block[], source: string): EscapedHtml {
	const p = blocks.find((b) => b.kind === 'paragraph');
	if (!p) return {};
	const raw = source.slice(p.range.start, p.range.end);
	if (!raw.trimStart().startsWith('\\<') || matchCount(ESCAPED_TAG_RE, raw) < ESCAPED_TAGS_MIN) return {};
	const html = raw.replace(ESCAPE_RE, '$1');
	const range: SourceRange = p.range;
	const h1 = findHtmlElements(html, 'h1').find((e) => htmlToText(e.inner) !== '');
	if (!h1) return {};
	const near = (e: HtmlElement): boolean => e.start >= h1.end && e.start - h1.end <= HEADER_CHARS;
	const out: { -readonly [K in keyof EscapedHtml]: EscapedHtml[K] } = { title: { value: htmlToText(h1.inner), source: range, rule: 'escaped-html:h1' } };
	for (const t of findHtmlElements(html, 'time')) {
		if (!near(t)) continue;
		const iso = parseMachineDate(t.attrs.get('datetime') ?? '');
		if (iso) {
			out.published = { value: iso, source: range, rule: 'escaped-html:time' };
			break;
		}
	}
	const names = ['a', 'span'].flatMap((tag) => findHtmlElements(html, tag)).filter((e) => near(e) && NAME_CLASS_RE.test(e.attrs.get('class') ?? '') && htmlToText(e.inner) !== '');
	const name = names.sort((x, y) => x.start - y.start)[0];
	if (name) out.author = { value: htmlToText(name.inner), source: range, rule: 'escaped-html:name' };
	return out;
}
