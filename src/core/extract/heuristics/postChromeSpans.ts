// Post chrome inside a line: a member title or an opening-poster badge written beside the author's name ("JosephF Discussion starter").
import type { Block, Inline } from '../../model/dumpDocument';
import { mapLineContent } from '../../model/walk';
import type { RemovedRegion } from '../article';
import { attrWords, collapse, inlineText } from '../inlineText';
import { MAX_FORUM_CONTROL_CHARS } from './forumControls';
import { pushAll } from '../../model/pushAll';

/**
 * Class words of an inline span that is a poster's title, rank or badge, whatever the forum software: the span sits
 * in the author's line, so the line stays and only the span goes (containers so named are post chrome already,
 * kinds/forum.ts). Tuning forum pages: 4 threads up (0520 0.955 -> 0.968, 0528, 0529, 0530 by 0.001-0.004), none down.
 */
export const CHROME_SPAN_RE = /user-?title|member-?title|usertitle|user-?rank|member-?rank|badge|role-?title|discussion-?starter|original-?poster|thread-?starter|topic-?author|user-?banner/i;

/**
 * A member title or badge as forum software words it, at the end of the author's line in emphasis or a span
 * (`### Spartan14 *Well-Known Member*`). Only titles: a short reply that ends on an emphasised word keeps it.
 */
export const TRAILING_TITLE_RE =
	/^(?:(?:new|junior|senior|full|active|established|well-known|valued|registered|elite|veteran|distinguished|notable|platinum|gold|silver|bronze)(?: community)? member|greenhorn|newbie|moderator|super moderator|administrator|discussion starter|original poster|thread starter|topic author)$/i;

/**
 * A poster's statistics as a span of their own beside the poster's credential: "Author has 9.6K answers and 47.1M
 * answer views" (Quora, whose class names are hashes). The truths keep the credential ("Former Staff Engineer at Big
 * Tech") and never the counts. Tuning forum page 0569 (Quora) 0.813 -> 0.825. Not member post counts ("2,994 posts"):
 * with them gone from a line, the rest ("· Joined 2021") no longer reads as a control (forumControls.ts), and three
 * threads of both halves went down.
 */
export const STAT_SPAN_RE = /^(?:author has )?[\d.,]+[km]? answers? and [\d.,]+[km]? answer views$/i;

/** Whether an inline is post chrome: a span named so or holding a poster's statistics, or (at a short line's end) a member title in emphasis or a span. */
function isChromeInline(n: Inline, last: boolean): boolean {
	// A badge may be a link to the poster's group (NodeBB's `[Moderator](/groups/moderators){.badge}`).
	if ((n.kind === 'span' || n.kind === 'link') && CHROME_SPAN_RE.test(attrWords(n.attrs))) return true;
	if (n.kind === 'span' && STAT_SPAN_RE.test(collapse(inlineText(n.children)))) return true;
	if (!last || (n.kind !== 'span' && n.kind !== 'emphasis')) return false;
	const text = collapse(inlineText(n.children));
	return TRAILING_TITLE_RE.test(text);
}

/** Whether the first inline with text is a link, or a span or emphasis that starts with one (`**[name](/u/1)**`). */
function startsWithLink(content: readonly Inline[]): boolean {
	for (const n of content) {
		if (collapse(inlineText([n])) === '') continue;
		if (n.kind === 'link') return true;
		return (n.kind === 'span' || n.kind === 'emphasis') && startsWithLink(n.children);
	}
	return false;
}

function withoutChrome(content: readonly Inline[], removed: RemovedRegion[]): Inline[] | undefined {
	// The author's line is short and starts with the author's name as a link; a sentence that names a rank keeps it.
	const authorLine = collapse(inlineText(content)).length <= MAX_FORUM_CONTROL_CHARS && startsWithLink(content);
	let lastText = content.length - 1;
	while (lastText >= 0 && collapse(inlineText([content[lastText]])) === '') lastText--;
	let out: Inline[] | undefined;
	let named = false;
	const dropped: RemovedRegion[] = [];
	content.forEach((n, i) => {
		if (isChromeInline(n, authorLine && i === lastText && i > 0)) {
			out ??= content.slice(0, i);
			named ||= (n.kind === 'span' || n.kind === 'link') && CHROME_SPAN_RE.test(attrWords(n.attrs));
			dropped.push({ range: n.range, step: 'post-chrome', signal: collapse(inlineText([n])) });
			return;
		}
		out?.push(n);
	});
	// A line that is only a title in emphasis is the forum controls' (forumControls.ts) or the headings' business; a
	// span the forum names a title goes even when it is all the line's text (vBulletin writes the title beside the
	// poster's status icon, `![name is offline](...) [ Web Hosting Master ]{.usertitle}`): tuning 0533 0.941 -> 0.953,
	// 0544 +0.001, profiles on or off, none down.
	if (!out || (collapse(inlineText(out)) === '' && !named)) return undefined;
	pushAll(removed, dropped);
	return out;
}

/** Drops post-chrome spans (`CHROME_SPAN_RE`) and a trailing member title from the lines of a thread's posts. */
export function dropChromeSpans(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	return mapLineContent(blocks, (content) => withoutChrome(content, removed));
}
