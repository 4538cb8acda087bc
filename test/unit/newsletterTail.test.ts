// A newsletter or follow prompt in the last quarter of a landing page read whole opens its footer; one higher up, a bare "sign up", or a long paragraph naming a newsletter stays (heuristics/newsletterTail.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropNewsletterTail } from '../../src/core/extract/heuristics/newsletterTail';
import type { RemovedRegion } from '../../src/core/extract/article';
import { textLines } from '../util/gridContext';

function read(dump: string): { lines: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	return { lines: textLines(dropNewsletterTail(parseDump(dump).blocks, removed)), removed };
}

const SECTIONS = [
	'# Pottery classes for beginners\n\nSix evening sessions at the wheel, with clay, glazes and two firings included in the price of the course.',
	'## What you will make\n\nA set of bowls, a mug with a pulled handle and a small vase, each glazed in a colour you choose on the last evening.',
	'## Who teaches\n\nOur two potters have run the studio for twelve years and keep each class to eight people so everyone gets time at a wheel.',
	'## When and where\n\nClasses start on the first Tuesday of each month in the old print works by the canal, with parking in the yard behind it.',
	'## What to bring\n\nAn apron or old clothes, short nails and a towel; the studio lends tools, boards and a locker for the pieces you leave to dry.',
	'## Firing and collection\n\nWe fire the pieces twice between the sessions, and you take them home, glazed and finished, two weeks after the last class.',
	'## Gift vouchers\n\nA voucher covers the whole course or a single taster evening, and it can be used for any start date in the next twelve months.',
].join('\n\n');
const TAIL = 'Our studio sells handmade tableware and runs classes for adults and children all year round.\n\n-   [Classes](/classes)\n-   [Shop](/shop)\n\n© 2026 The Clay Room';

suite('Newsletter tail on a landing page', () => {
	test('a newsletter prompt near the end goes with everything after it; the sections stay', () => {
		const { lines, removed } = read(`${SECTIONS}\n\n### Subscribe to our newsletter\n\nNew dates and kiln-opening evenings, once a month.\n\n${TAIL}\n`);
		assert.ok(!lines.includes('Subscribe to our newsletter'), lines.join('|'));
		assert.ok(!lines.some((l) => l.startsWith('Our studio sells') || l.startsWith('©') || l === 'Shop'), lines.join('|'));
		assert.ok(lines.includes('When and where') && lines.some((l) => l.startsWith('Classes start')), lines.join('|'));
		assert.strictEqual(removed.length, 1);
		assert.strictEqual(removed[0].step, 'newsletter-tail');
	});

	test('a follow prompt opening a line goes as well, at any depth', () => {
		const { lines } = read(`${SECTIONS}\n\n::: outer\n::: inner\nFollow us on\n\n[Pictures of this week's firing](/feed)\n:::\n:::\n`);
		assert.ok(!lines.includes('Follow us on') && !lines.includes("Pictures of this week's firing"), lines.join('|'));
	});

	test('a prompt high in the page is one of its sections and stays', () => {
		const { lines, removed } = read(`# Pottery news\n\n## Join our mailing list\n\nOne letter a month.\n\n${SECTIONS}\n`);
		assert.ok(lines.includes('Join our mailing list') && lines.includes('When and where'), lines.join('|'));
		assert.strictEqual(removed.length, 0);
	});

	test('a bare "sign up" is a call to action inside the sections, not a newsletter: it stays', () => {
		const { lines } = read(`${SECTIONS}\n\nYou can also sign up for a taster evening first.\n\n${TAIL}\n`);
		assert.ok(lines.includes('You can also sign up for a taster evening first.') && lines.includes('© 2026 The Clay Room'), lines.join('|'));
	});

	test('a paragraph longer than a prompt that names a newsletter is prose and stays', () => {
		const long = 'Every student gets our newsletter with glaze recipes, notes from the kiln and the dates of the next open studio evenings.';
		const { lines } = read(`${SECTIONS}\n\n${long}\n\n${TAIL}\n`);
		assert.ok(lines.includes(long) && lines.includes('© 2026 The Clay Room'), lines.join('|'));
	});

	test('"follow our" inside a sentence is no prompt', () => {
		const { lines } = read(`${SECTIONS}\n\nWe follow our students\' pieces through every firing.\n\n${TAIL}\n`);
		assert.ok(lines.includes("We follow our students' pieces through every firing."), lines.join('|'));
	});
});
