// Date twins: a post's date written twice side by side, in full and as a relative age ("June 14, 2024" then "1 yr"), the page showing one per screen: the age goes.
import type { Inline } from '../../model/dumpDocument';
import type { Block } from '../../model/dumpDocument';
import { mapLineContent } from '../../model/walk';
import type { RemovedRegion } from '../article';
import { collapse, inlineText } from '../inlineText';
import { postDates } from './chromeDates';
import { isRelativeAge } from './relativeAges';

/** Whether an inline is a span (or a link) whose whole text is a relative age ("1 yr", "3 days ago"). */
function isAgeSpan(n: Inline): boolean {
	return (n.kind === 'span' || n.kind === 'link') && isRelativeAge(collapse(inlineText(n.children)));
}

/** Whether an inline is a span (or a link) whose text holds a full date (heuristics/chromeDates.ts `postDates`). */
function isDateSpan(n: Inline): boolean {
	return (n.kind === 'span' || n.kind === 'link') && postDates(collapse(inlineText(n.children))) > 0;
}

/** The content without the age spans that touch a date span (no character between them), `undefined` when none. */
function withoutTwins(content: readonly Inline[], removed: RemovedRegion[]): Inline[] | undefined {
	let out: Inline[] | undefined;
	for (let i = 0; i < content.length; i++) {
		const n = content[i];
		const prev = i > 0 ? content[i - 1] : undefined;
		const next = i + 1 < content.length ? content[i + 1] : undefined;
		const twin = isAgeSpan(n) && ((prev !== undefined && prev.range.end === n.range.start && isDateSpan(prev)) || (next !== undefined && n.range.end === next.range.start && isDateSpan(next)));
		if (twin) {
			out ??= content.slice(0, i);
			removed.push({ range: n.range, step: 'post-chrome', signal: `date twin: ${collapse(inlineText([n]))}` });
			continue;
		}
		let inner: Inline = n;
		if (n.kind === 'span' || n.kind === 'link' || n.kind === 'emphasis') {
			const children = withoutTwins(n.children, removed);
			if (children) inner = { ...n, children };
		}
		if (inner !== n) out ??= content.slice(0, i);
		out?.push(inner);
	}
	return out;
}

/**
 * Drops a relative age written right against a full date in a thread's lines: `[June 14, 2024]{.long}[1 yr]{.short}`,
 * the long form for wide screens and the short one for phones, of which a style sheet shows one. With the classes
 * that hide one unknown, both run together ("June 14, 20241 yr"): the date loses its year and the line gains an age no
 * annotator keeps (heuristics/relativeAges.ts). Two spans with no character between them, one a date and the other only
 * an age, are one stamp written twice; a poster who writes "June 14, 2024 (1 yr)" puts text between them. By
 * structure and shape, not classes (Invision Community writes every post's stamp so).
 * Measured on the tuning part of wcxb-dev (session 45, after heuristics/permalinkLines.ts): declassed forum 0.87418 ->
 * 0.87488 (two Invision 5 threads of half A, 0.951 -> 0.988 and 0.851 -> 0.873), none down; as is no page moved (the
 * classes that hide one form say it there).
 */
export function dropDateTwins(blocks: readonly Block[], removed: RemovedRegion[]): Block[] {
	return mapLineContent(blocks, (content) => withoutTwins(content, removed));
}
