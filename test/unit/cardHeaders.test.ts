// Card headers (kinds/cardHeaders.ts): a row of containers named "header", each over a heading, are a landing page's cards' heads.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { collapsedText } from '../../src/core/extract/inlineText';
import { withCardHeaders } from '../../src/core/extract/kinds/cardHeaders';
import { wholePage } from '../../src/core/extract/kinds/wholePage';

const PLANS: readonly (readonly [string, string])[] = [
	['Starter', 'A resume rewritten by a writer who knows your field.'],
	['Growth', 'A resume and a cover letter for every application.'],
	['Executive', 'Resume, cover letter and profile by a senior writer.'],
];

/** A page header, then a card per plan whose head is named `card-header`. */
function page(plans: readonly (readonly [string, string])[]): string {
	return [
		'::: site-header',
		'## Resume Experts',
		':::',
		'',
		'# Resume writing plans',
		'',
		...plans.flatMap(([name, line]) => ['::: card', '::: card-header', `### ${name}`, '', line, ':::', '', '::: card-body', `Delivered within a week and revised until you are happy with the ${name} plan.`, ':::', ':::', '']),
	].join('\n');
}

function read(dump: string): string[] {
	const index = new BlockIndex(parseDump(dump));
	return withCardHeaders(index, wholePage(index)).blocks.map((b) => collapsedText(b));
}

suite('Card headers', () => {
	test('three cards named header come back with their headings and lines; the page header stays out', () => {
		const texts = read(page(PLANS));
		for (const [name, line] of PLANS) {
			assert.ok(texts.includes(name), `lost ${name}: ${texts.join(' | ')}`);
			assert.ok(texts.includes(line), `lost ${line}`);
		}
		assert.ok(!texts.includes('Resume Experts'), 'kept the page header');
	});

	test('two cards are not a row: they stay pruned', () => {
		const texts = read(page(PLANS.slice(0, 2)));
		assert.ok(!texts.includes('Starter'), texts.join(' | '));
	});
});
