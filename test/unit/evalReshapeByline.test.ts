// EVAL_RESHAPE_BYLINE's transform: the true author's byline removed and written again in another shape.
import * as assert from 'node:assert/strict';
import { parseReshapeMode, reshapeBylineDump, siteReshapeMode } from '../../scripts/eval/reshapeByline';

const META = { author: 'Jane Roe', publish_date: '2026-01-05', url: 'https://example.com/post/', with: ['The harbour opens at dawn and the boats leave'] };
const DUMP = [
	'# A morning at the harbour {#title}',
	'',
	'::: byline',
	'By [Jane Roe](/author/jane-roe/){.author-link}',
	':::',
	'',
	'January 5, 2026',
	'',
	'The harbour opens at dawn and the boats leave one by one.',
	'',
	'## Comments',
].join('\n');

suite('Eval reshape byline', () => {
	test('after-date: the name follows the true date, the old byline has no name nor label left', () => {
		const out = reshapeBylineDump(DUMP, META, 'after-date') ?? '';
		assert.ok(out.includes('January 5, 2026 · Jane Roe'), out);
		assert.equal(out.split('Jane Roe').length, 2, out);
		assert.ok(!/By\s*\[/.test(out), out);
	});

	test('under-h1 and label: a line under the headline, with a label only in the second', () => {
		const bare = reshapeBylineDump(DUMP, META, 'under-h1') ?? '';
		assert.ok(bare.startsWith('# A morning at the harbour {#title}\n\nJane Roe\n'), bare);
		const labelled = reshapeBylineDump(DUMP, META, 'label') ?? '';
		assert.match(labelled.split('\n')[2], /^\S.* Jane Roe$/u);
		assert.notEqual(labelled.split('\n')[2], 'Jane Roe');
	});

	test('far-box: a heading with the name after the article text', () => {
		const out = reshapeBylineDump(DUMP, META, 'far-box') ?? '';
		assert.ok(out.indexOf('### Jane Roe') > out.indexOf('one by one.'), out);
		assert.ok(out.indexOf('### Jane Roe') < out.indexOf('## Comments'), out);
	});

	test('plain and link: the name unwrapped from its link, or a plain name wrapped in one', () => {
		assert.ok((reshapeBylineDump(DUMP, META, 'plain') ?? '').includes('By Jane Roe{') === false);
		assert.ok((reshapeBylineDump(DUMP, META, 'plain') ?? '').includes('\nBy Jane Roe\n'));
		const plain = DUMP.replace('[Jane Roe](/author/jane-roe/){.author-link}', 'Jane Roe');
		assert.ok((reshapeBylineDump(plain, META, 'link') ?? '').includes('By [Jane Roe](/author/jane-roe/)'));
	});

	test('no place for the shape: undefined, and an unknown mode is refused', () => {
		assert.equal(reshapeBylineDump(DUMP, { ...META, author: 'Sam Reed' }, 'label'), undefined);
		assert.equal(reshapeBylineDump(DUMP.replace('# A morning', '## A morning'), META, 'under-h1'), undefined);
		assert.throws(() => parseReshapeMode('sideways'));
	});

	test('mixed: one shape per site, the same for every page of it, applied as that shape', () => {
		const m = siteReshapeMode('mixed', META.url);
		assert.notEqual(m, 'mixed');
		assert.equal(siteReshapeMode('mixed', 'https://www.example.com/other/'), m);
		assert.equal(reshapeBylineDump(DUMP, META, 'mixed'), reshapeBylineDump(DUMP, META, m));
	});
});
