// A service page's read loses the consent banner and settings sheet found by their text, whatever their class words.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { withoutConsentText } from '../../src/core/extract/kinds/service';
import { wholePage } from '../../src/core/extract/kinds/wholePage';

const PAGE = [
	'::: x1',
	'This website uses cookies.',
	'',
	'Cookies are small text files that allow us to create the best browsing experience for you on our site.',
	'',
	'Accept All Only Necessary',
	':::',
	'',
	'::: x2',
	'# Quality assurance and testing',
	'',
	'Our engineers test every release of your product by hand and by script, on the phones and browsers your customers use.',
	'',
	'## Performance testing',
	'',
	'We load your system with the traffic of your busiest day, find where it slows down and tell you what to fix first.',
	'',
	'## Security testing',
	'',
	'We probe your application the way an attacker would, report every weakness we find and check again once it is fixed.',
	'',
	'## Test automation',
	'',
	'We write the scripts that run your tests on every change, so a bug is caught the day it is made and not months later.',
	':::',
	'',
].join('\n');

function read(dump: string): string {
	const index = new BlockIndex(parseDump(dump));
	return withoutConsentText(index, wholePage(index)).blocks.map((b) => collapse(blockText(b))).join('\n');
}

suite('Service pages: consent dialogs by their text', () => {
	test('the banner goes from the whole page\'s read, the sections stay', () => {
		const text = read(PAGE);
		assert.ok(!text.includes('Cookies are small text files'));
		assert.ok(!text.includes('Accept All'));
		assert.ok(text.includes('Our engineers test every release'));
		assert.ok(text.includes('Performance testing'));
	});

	test('a section that mentions cookies without an accept button stays', () => {
		const text = read(PAGE.replace('Accept All Only Necessary', 'Read our cookie policy to learn more about how we use them.'));
		assert.ok(text.includes('Cookies are small text files'));
	});
});
