// Metadata (issue 12): a labelled date under a story's linked headline is the teaser's, not the page's (itemHeadingDates.ts); a post's subject linked to its own anchor is no story's (postAnchorHeadings.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

function md(lines: readonly string[]): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), {});
}

/** A teaser's long summary: the next teaser's date is past the title's neighbourhood, so only the first is read as near it. */
const SUMMARY = 'The plan aims to cut the wait for new wind farms and storage sites, according to the people behind it. '.repeat(70).trim();

/** A news index's teaser: a linked headline, a summary, then "By [writer] •" and the date in two spans. */
function teaser(headline: string, slug: string, writer: string, date: string): string[] {
	return [
		'-   ::: t1',
		`    ### [${headline}](/news/${slug}/80842/)`,
		'',
		`    ${SUMMARY}`,
		'',
		`    [By [${writer}](/editors/${writer.split(' ')[0].toLowerCase()}/){rel="author"} •]{.x1} [${date}]{.x1}`,
		'    :::',
		'',
	];
}

/** A phpBB-like post: the poster's profile link, then the post's subject linked to its own anchor, then "by poster » date". */
function post(name: string, id: number, subject: string, date: string, text: string): string[] {
	return [
		`::: {#p${id} .x2}`,
		`[${name}](./memberlist.php?mode=viewprofile&u=${id}){.x3}`,
		'',
		`### [${subject}](./viewtopic.php?p=${id}#p${id}) {.x4}`,
		'',
		`by [${name}](./memberlist.php?mode=viewprofile&u=${id}) » ${date}`,
		'',
		text,
		':::',
		'',
	];
}

suite('Metadata: dates under a story headline', () => {
	test("a news index's first teaser's labelled date is not the page's", () => {
		const m = md([
			'# Cloud',
			'',
			...teaser('House passes bill that could speed up grid projects', 'house-passes-bill', 'Mara Holm', 'Dec. 19, 2025'),
			...teaser('Tool released as the migration deadline looms', 'tool-released', 'Mara Holm', 'Dec. 16, 2025'),
			...teaser('Budget talks stall over the new data centre rules', 'budget-talks', 'Ivo Stern', 'Dec. 4, 2025'),
		]);
		assert.strictEqual(m.published, undefined);
	});

	test('a forum thread keeps its first post\'s date and poster: post subjects link into the page', () => {
		const m = md([
			'## [Battery drains overnight after the update](./viewtopic.php?t=4120)',
			'',
			...post('harbour.k', 550447, 'Battery drains overnight after the update', 'Tue Sep 10, 2024 3:12 pm', 'Since the last update my board loses its charge overnight even when it is switched off at the wall.'),
			...post('mlindqvist', 550452, 'Re: Battery drains overnight after the update', 'Tue Sep 10, 2024 4:40 pm', 'Check whether the clock module is still powered; it kept mine awake until I pulled its jumper.'),
			...post('okafor_s', 550461, 'Re: Battery drains overnight after the update', 'Wed Sep 11, 2024 9:05 am', 'Same here. A firmware rollback fixed it for me, but the jumper trick sounds simpler to try first.'),
			...post('tavery', 550463, 'Re: Battery drains overnight after the update', 'Wed Sep 11, 2024 1:30 pm', 'The release notes mention a wake timer that was left on by mistake; the next build turns it off.'),
		]);
		assert.strictEqual(m.published?.value.slice(0, 10), '2024-09-10');
		assert.strictEqual(m.author?.value, 'harbour.k');
	});

	test("a dated article's own byline date under its unlinked title stays", () => {
		const m = md([
			'# House passes bill that could speed up grid projects',
			'',
			'[By [Mara Holm](/editors/mara/){rel="author"} •]{.x1} [Dec. 19, 2025]{.x1}',
			'',
			'The plan aims to cut the wait for new wind farms and storage sites, according to the people behind it. '.repeat(5),
		]);
		assert.strictEqual(m.published?.value.slice(0, 10), '2025-12-19');
	});
});
