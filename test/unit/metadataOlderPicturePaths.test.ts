// Metadata (issue 12, session 54, meta59): an "Updated" stamp half a year after every dated path of the article is a revision, not the publication.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const PARAGRAPH = 'A good drip machine heats the water evenly and wets the grounds all at once, which is most of what makes a cup taste sweet.';

/** A buying guide: title, an "Updated" stamp, then pictures filed under `months` ("2019/09"), then text. */
function dates(stamp: string, months: readonly string[]): { published?: string; modified?: string } {
	const lines = ['# The Best Drip Coffee Makers', '', `Last Updated: ${stamp}`, ''];
	for (const [i, m] of months.entries()) lines.push(`![Machine ${i + 1}](https://shop.example/wp-content/uploads/${m}/machine-${i + 1}.jpg)`, '', PARAGRAPH, '');
	const dump = `${lines.join('\n')}\n`;
	const md = extractMetadata(parseDump(dump), { region: { start: 0, end: dump.length } });
	return { published: md.published?.value, modified: md.modified?.value };
}

suite('Metadata: an update stamp long after the article\'s dated paths', () => {
	test('a stamp half a year after every picture\'s upload month is not the publication date', () => {
		const d = dates('February 28, 2026', ['2019/09', '2020/05', '2023/12']);
		assert.strictEqual(d.published, undefined);
		assert.strictEqual(d.modified, '2026-02-28');
	});

	test('a stamp near a picture\'s month, or over one or two old pictures only, still stands for the publication', () => {
		// The newest picture is three months older: written then, the stamp is the page's one date.
		assert.strictEqual(dates('February 28, 2026', ['2019/09', '2020/05', '2025/11']).published, '2026-02-28');
		// One or two old paths (a reused stock picture) say nothing.
		assert.strictEqual(dates('February 28, 2026', ['2019/09', '2020/05']).published, '2026-02-28');
		// No dated path at all.
		assert.strictEqual(dates('February 28, 2026', []).published, '2026-02-28');
	});
});
