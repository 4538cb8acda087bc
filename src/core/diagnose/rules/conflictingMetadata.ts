// PD202: two places in the dump give one metadata field different values, so the extracted one may be wrong.
import { attributeValue } from '../../dump/attributes';
import { inlineText } from '../../extract/inlineText';
import type { Heading, SourceRange } from '../../model/dumpDocument';
import { walkBlocks } from '../../model/walk';
import { compareLoose, parseLooseDate } from '../dates';
import type { Rule, RuleContext, RuleReport } from '../rule';
import { shorten } from '../rule';

/** Letters and digits only, lower case: titles differ in punctuation, case and site suffixes without disagreeing. */
function normTitle(s: string): string {
	return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function contains(outer: SourceRange, inner: SourceRange): boolean {
	return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * The page's only top-level heading, when it sits in the article's container: a site-name `<h1>` in the masthead
 * is common and says nothing about the article's title.
 */
function soleH1(ctx: RuleContext): Heading | undefined {
	const h1s: Heading[] = [];
	walkBlocks(ctx.doc.blocks, (b) => {
		if (b.kind === 'heading' && b.level === 1) h1s.push(b);
	});
	const region = ctx.article.region;
	return h1s.length === 1 && region && contains(region, h1s[0].range) ? h1s[0] : undefined;
}

function titleConflict(ctx: RuleContext): RuleReport | undefined {
	const title = ctx.article.metadata.title;
	// The page's headings are walked only when there is a title to compare with them.
	const h1 = title && soleH1(ctx);
	if (!title || !h1 || (title.source && contains(h1.range, title.source))) return undefined;
	const a = normTitle(title.value);
	const b = normTitle(inlineText(h1.content));
	if (!a || !b || a.includes(b) || b.includes(a)) return undefined;
	return {
		message: `Title "${shorten(title.value, 50)}" (${title.rule}) disagrees with the page's heading "${shorten(inlineText(h1.content), 50)}".`,
		range: title.source ?? ctx.metadataAnchor,
		related: [{ message: 'The page heading', range: h1.contentRange }],
	};
}

/** `lang` on the containers around the article (the innermost one wins, as in HTML). */
function containerLanguage(ctx: RuleContext): { value: string; range: SourceRange } | undefined {
	const anchor = ctx.article.region ?? ctx.article.blocks[0]?.range;
	if (!anchor) return undefined;
	let found: { value: string; range: SourceRange } | undefined;
	walkBlocks(ctx.doc.blocks, (b) => {
		if ((b.kind === 'div' || b.kind === 'htmlDiv') && contains(b.range, anchor)) {
			const lang = attributeValue(b.attrs, 'lang') ?? attributeValue(b.attrs, 'xml:lang');
			if (lang?.trim()) found = { value: lang.trim(), range: b.attrs.range };
		}
	});
	return found;
}

function languageConflict(ctx: RuleContext): RuleReport | undefined {
	const language = ctx.article.metadata.language;
	const other = language && containerLanguage(ctx);
	if (!language || !other || (language.source && contains(other.range, language.source))) return undefined;
	const primary = (s: string): string => s.toLowerCase().split(/[-_]/)[0];
	if (primary(language.value) === primary(other.value)) return undefined;
	return {
		message: `Language "${language.value}" (${language.rule}) disagrees with lang="${other.value}" on the article's container.`,
		range: language.source ?? ctx.metadataAnchor,
		related: [{ message: `lang="${other.value}"`, range: other.range }],
	};
}

/** Spans that state a machine-readable publication date: `itemprop="datePublished"` or a published-like class. */
function publishedDateSpans(ctx: RuleContext): { value: string; range: SourceRange }[] {
	const out: { value: string; range: SourceRange }[] = [];
	walkBlocks(ctx.doc.blocks, (b) => {
		if (b.kind !== 'paragraph' && b.kind !== 'heading') return;
		const visit = (inlines: typeof b.content): void => {
			for (const n of inlines) {
				if (n.kind === 'span') {
					const datetime = attributeValue(n.attrs, 'datetime') ?? attributeValue(n.attrs, 'content');
					// Most spans have no date: their classes are not read.
					const published = !!datetime && (attributeValue(n.attrs, 'itemprop') === 'datePublished' || n.attrs.classes.some((c) => /published|date-publish|post-date|entry-date/i.test(c)));
					if (datetime && published && parseLooseDate(datetime)) out.push({ value: datetime, range: n.attrs.range });
					visit(n.children);
				} else if (n.kind === 'emphasis' || n.kind === 'link') visit(n.children);
			}
		};
		visit(b.content);
	});
	return out;
}

function publishedConflict(ctx: RuleContext): RuleReport | undefined {
	const published = ctx.article.metadata.published;
	const date = parseLooseDate(published?.value);
	if (!published || !date) return undefined;
	for (const span of publishedDateSpans(ctx)) {
		if (published.source && contains(span.range, published.source)) continue;
		const other = parseLooseDate(span.value)!;
		// Day precision: a zone-less time and a zoned one can straddle midnight.
		const a = { ...date, precision: 'day' as const };
		const b = { ...other, precision: 'day' as const };
		if (compareLoose(a, b) === 0) continue;
		return {
			message: `Published date ${date.iso} (${published.rule}) disagrees with ${other.iso} stated on the page.`,
			range: published.source ?? ctx.metadataAnchor,
			related: [{ message: `datetime="${span.value}"`, range: span.range }],
		};
	}
	return undefined;
}

export const conflictingMetadata: Rule = {
	code: 'PD202',
	name: 'conflicting-metadata',
	category: 'metadata',
	defaultSeverity: 'info',
	defaultEnabled: true,
	description: 'Two sources of one metadata field disagree (title and page heading, language and lang attribute, published date and a datetime attribute).',
	fixable: false,
	check(ctx, report) {
		for (const conflict of [titleConflict(ctx), languageConflict(ctx), publishedConflict(ctx)]) {
			if (conflict) report(conflict);
		}
	},
};
