// EVAL_RESHAPE_DATE's transform: the page's visible dates rewritten into another shape, the true date's place kept.
import * as assert from 'node:assert/strict';
import { parseReshapeDateMode, reshapeDateDump, siteMode, writeDate } from '../../scripts/eval/reshapeDate';

const META = { author: 'Jane Roe', publish_date: '2026-01-05', url: 'https://example.com/post/' };
const DUMP = [
	'# A morning at the harbour {#title}',
	'',
	'By [Jane Roe](/author/jane-roe/){.author-link}',
	'',
	'Posted on January 5, 2026',
	'',
	'[]{.stamp datetime="2026-01-05"}',
	'',
	'The harbour opens at dawn and the boats leave one by one.',
	'',
	'## Related',
	'',
	'[Nets and ropes](/2025/12/01/nets/) December 1, 2025',
].join('\n');

suite('Eval reshape date', () => {
	test('language and numeric modes: every visible date rewritten, machine dates kept', () => {
		const de = reshapeDateDump(DUMP, META, 'de') ?? '';
		assert.ok(de.includes('Posted on 5. Januar 2026'), de);
		assert.ok(de.includes('1. Dezember 2025'), de);
		assert.ok(de.includes('datetime="2026-01-05"') && de.includes('/2025/12/01/'), de);
		assert.ok((reshapeDateDump(DUMP, META, 'fr') ?? '').includes('5 janv. 2026'));
		assert.ok((reshapeDateDump(DUMP, META, 'ja') ?? '').includes('2026年1月5日'));
		assert.ok((reshapeDateDump(DUMP, META, 'dmy') ?? '').includes('05/01/2026'));
		assert.ok((reshapeDateDump(DUMP, META, 'es') ?? '').includes('5 de enero de 2026'));
		assert.equal(writeDate('2026-01-05', 'iso'), '2026-01-05');
	});

	test('a day-first date at a line or list item start has its dot escaped, as pandoc writes it', () => {
		const listed = reshapeDateDump(DUMP.replace('Posted on January 5, 2026', '-   January 5, 2026'), META, 'de') ?? '';
		assert.ok(listed.includes('-   5\\. Januar 2026'), listed);
		assert.ok((reshapeDateDump(DUMP.replace('Posted on ', ''), META, 'de') ?? '').includes('\n5\\. Januar 2026\n'));
	});

	test('label and bare: the label before the true date replaced or removed', () => {
		const bare = reshapeDateDump(DUMP, META, 'bare') ?? '';
		assert.ok(bare.includes('\n\nJanuary 5, 2026\n'), bare);
		const labelled = reshapeDateDump(DUMP, META, 'label') ?? '';
		assert.match(labelled, /\n\n\S[^\n]* January 5, 2026\n/u);
		assert.ok(!labelled.includes('Posted on Posted'), labelled);
	});

	test('after-byline: the true date moved after the name, once', () => {
		const out = reshapeDateDump(DUMP, META, 'after-byline') ?? '';
		assert.ok(out.includes('By [Jane Roe](/author/jane-roe/){.author-link} · January 5, 2026'), out);
		assert.equal(out.split('January 5, 2026').length, 2, out);
		const pictured = reshapeDateDump(DUMP.replace('By [Jane Roe]', '![Jane Roe](/p/jane.jpg)\n\nBy [Jane Roe]'), META, 'after-byline') ?? '';
		assert.ok(pictured.includes('![Jane Roe](/p/jane.jpg)\n') && pictured.includes('{.author-link} · January 5, 2026'), pictured);
	});

	test('relative: ages instead of dates, and no form of the true date left', () => {
		const out = reshapeDateDump(DUMP, META, 'relative') ?? '';
		assert.match(out, /Posted on \d+ days ago/);
		assert.ok(!out.includes('2026'), out);
	});

	test('no place for the shape: undefined; mixed picks one mode per site; an unknown mode is refused', () => {
		assert.equal(reshapeDateDump(DUMP, { ...META, publish_date: '2024-03-03' }, 'de'), undefined);
		assert.notEqual(siteMode('mixed', META.url), 'mixed');
		assert.equal(siteMode('mixed', META.url), siteMode('mixed', 'https://www.example.com/other/'));
		assert.throws(() => parseReshapeDateMode('sideways'));
	});
});
