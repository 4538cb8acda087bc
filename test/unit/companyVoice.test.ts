// Page kinds: a page that speaks as a company about its offer, with calls to act, is a service page; a reporter's or a team's article is not.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { firstPersonPluralShare, MIN_COMPANY_MARKS } from '../../src/core/extract/kinds/companyVoice';
import { CALL_TO_ACT_RE, pageSignals } from '../../src/core/extract/kinds/signals';
import { renderText } from '../../src/core/render/articleText';
import { dumpLines } from '../util/joinLines';

/** Five long paragraphs of a roofing company about its work. */
const COMPANY = [
	'We are a family-owned roofing company serving the valley since 1998. Our team repairs, replaces and inspects roofs of every kind, from slate on old farmhouses to the flat membranes of new warehouses.',
	'We offer free inspections after every storm: one of our specialists walks the roof, photographs the damage and writes a plain report you can hand to your insurer, with a fixed price for the repair.',
	'Our clients range from homeowners to schools and hospitals. We work with their schedules, so a roof over a classroom is done over the holidays and a roof over a ward is done one section at a time.',
	'Every roof we build carries our own twenty-year warranty on the work, on top of the maker\'s warranty on the materials, and we come back each spring for the first three years to check the flashing.',
	'We keep our crews small and our own: no subcontractors on your roof, the same foreman from the first visit to the final clean-up, and a phone number that reaches him during the whole job.',
];

/** The same subject told by a reporter: third person, quotes, no offer. */
const REPORT = [
	'The roofing firm that has served the valley since 1998 was busier than ever this summer, its owner said, after two storms in June tore shingles and gutters from hundreds of homes across the county.',
	'Inspectors from the county walked the worst-hit streets in the days after the storms, photographing the damage and writing reports that homeowners then handed to their insurers, officials said.',
	'Schools and hospitals were among the buildings hit. The district moved repairs over classrooms to the holidays, and the hospital had its roof redone one section at a time to keep its wards open.',
	'Builders interviewed for this story said that warranties on the work now commonly run to twenty years, on top of the maker\'s warranty on the materials, a change driven by competition for contracts.',
	'The owner, who keeps his crews small and hires no subcontractors, said the hardest part of the season was finding enough slate for the old farmhouses that make up much of the valley\'s housing.',
];

/** A page with a navigation bar, the prose in one container, and a row of buttons under it. */
function page(title: string, paragraphs: readonly string[], buttons: readonly string[]): string {
	return dumpLines(
		'::: {.site-nav}',
		'[Home](/) [Services](/services) [About](/about)',
		':::',
		'',
		'::: {.main-content}',
		`# ${title}`,
		'',
		...paragraphs.flatMap((p) => [p, '']),
		...buttons.map((b, i) => `[${b}](/act-${i})`),
		':::',
	);
}

function kind(dump: string): { value?: string; rule?: string } {
	const t = extractArticle(parseDump(dump)).metadata.pageType;
	return { value: t?.value, rule: t?.rule };
}

suite('Page kinds: a company\'s voice', () => {
	test('a company presenting its offer in long paragraphs, with calls to act, is a service page', () => {
		const k = kind(page('Roof repair and replacement', COMPANY, ['Get a free quote', 'Book an inspection']));
		assert.strictEqual(k.value, 'service');
		assert.strictEqual(k.rule, 'kind:company voice');
	});

	test('a service page held by one container loses its buttons, not its paragraphs', () => {
		const x = extractArticle(parseDump(page('Roof repair and replacement', COMPANY, ['Get a free quote', 'Book an inspection'])));
		const text = renderText(x);
		assert.match(text, /family-owned roofing company/);
		assert.match(text, /twenty-year warranty/);
		assert.doesNotMatch(text, /Get a free quote|Book an inspection/);
		assert.ok(x.removed.some((r) => r.step === 'call-to-action'), 'the row of buttons is recorded as removed');
	});

	test('the same subject told by a reporter is an article', () => {
		assert.strictEqual(kind(page('A busy summer for roofers', REPORT, ['Share', 'Print'])).value, 'article');
	});

	test('a team writing as "we" without offers or calls to act is an article', () => {
		// A team's account of its work: many "we", no company phrases, no buttons.
		const team = COMPANY.map((p) => p.replace(/\bOur (?:team|clients)\b/g, 'The people').replace(/\bour (?:team|clients|specialists|own)\b/g, 'the crew').replace(/We (?:offer|work with|are)\b/g, 'We had'));
		assert.ok(firstPersonPluralShare(team.join(' ')) >= 0.012, 'the team says "we" as often as the company');
		assert.strictEqual(kind(page('What we learned roofing the valley', team, [])).value, 'article');
	});

	test('calls to act are counted from link labels, not from sentences or other links', () => {
		const dump = dumpLines(
			'[Book now](/book) · [Request a demo](/demo) · [Contact us](/contact) · [Get started](/start)',
			'',
			'[Book reviews](/reviews) · [Get started with the command line interface and its many options](/cli)',
			'',
			'Contact us for more: this sentence is text, not a link.',
		);
		assert.strictEqual(pageSignals(new BlockIndex(parseDump(dump))).callsToAct, 4);
		assert.ok(CALL_TO_ACT_RE.test('Get a free quote'));
		assert.ok(!CALL_TO_ACT_RE.test('Getting started'));
	});

	test('the marks needed are more than a navigation bar\'s "Contact us"', () => {
		assert.ok(MIN_COMPANY_MARKS > 1);
		// The company's page with its phrases but no buttons still switches; the reporter's page with buttons does not.
		assert.strictEqual(kind(page('Roof repair and replacement', COMPANY, [])).value, 'service');
		assert.strictEqual(kind(page('A busy summer for roofers', REPORT, ['Get a free quote', 'Book now', 'Contact us', 'Get started'])).value, 'article');
	});
});
