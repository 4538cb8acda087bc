// Metadata (issue 12, session 39 meta44): bylines read without class words — a name card under the title (`nameRoleCards.ts`, the avatar alt's job in `avatarNames.ts`), and what is no name (`gluedWords.ts`, `navigationLabels.ts`).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';
import { hasGluedWords } from '../../src/core/extract/metadata/gluedWords';
import { startsWithNavigationVerb } from '../../src/core/extract/metadata/navigationLabels';
import { isRoleText } from '../../src/core/extract/metadata/nameRoleCards';

function md(lines: readonly string[], pageKind?: string): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), { pageKind });
}

const BODY = 'The harbour town rebuilt its sea wall over two winters, and the fishermen who watched it rise say the new stones already hold the tide better than the old ones did.';

/** A card as a headless CMS writes it, in hashed classes: the picture, the name, the job. */
function card(name: string, job: string, picture = true): string[] {
	return ['::: {.c1aa .c2bb}', ...(picture ? ['![](https://cdn.example/p/1a2b3c.jpg){.c3cc width="56" height="56"}', ''] : []), '::: c4dd', '::: c5ee', name, ':::', '', '::: c6ff', job, ':::', ':::', ':::', ''];
}

suite('Metadata: name cards and no-names without class words (meta44)', () => {
	test('a picture, a name line and a job line under the title give the author', () => {
		const a = md(['# The sea wall at Port Ellis {#x1 .c9f2}', '', ...card('Maren Solberg', 'Marketing Director'), 'May 14, 2025', '', BODY, '', BODY]);
		assert.strictEqual(a.author?.value, 'Maren Solberg');
		assert.strictEqual(a.author?.rule, 'text:name-role');
	});

	test('the same card repeated at the end still gives the author; testimonials far below do not count', () => {
		const far = Array.from({ length: 60 }, () => BODY);
		const a = md(['# The sea wall at Port Ellis', '', ...card('Maren Solberg', '*VP - Technology*'), BODY, '', ...card('Maren Solberg', 'VP - Technology'), ...far, ...card('Tomas Reyes', 'Founder & CEO, Harbourworks'), ...card('Ana Lima', 'Project Manager, Tidewise')]);
		assert.strictEqual(a.author?.value, 'Maren Solberg');
	});

	test('two cards with different names near the title (a team, testimonials) give no author', () => {
		const a = md(['# Meet the harbour crew', '', ...card('Maren Solberg', 'Senior Engineer'), ...card('Tomas Reyes', 'Project Manager'), BODY, '', BODY]);
		assert.strictEqual(a.author, undefined);
	});

	test('a name and a job line without a picture, or a topic over a sentence, give no author', () => {
		const a = md(['# Services', '', ...card('Lawn Care', 'Marketing for landscaping companies', false), BODY]);
		assert.strictEqual(a.author, undefined);
		const b = md(['# Services', '', ...card('Lawn Care', 'We help your business grow every season.'), BODY]);
		assert.strictEqual(b.author, undefined);
	});

	test("an avatar's alt text that adds the writer's job after a comma still names the writer", () => {
		const a = md([
			'# Cleaning industry trends {#x1 .c9f2}',
			'',
			'::: c1',
			'![Headshot of Lisa Pham, Associate Content Marketing Writer at Jobber](https://cdn.example/lp.jpg){width="56"}',
			':::',
			'',
			'::: c2',
			'[Lisa Pham]{.c3}',
			':::',
			'',
			BODY,
		]);
		assert.strictEqual(a.author?.value, 'Lisa Pham');
		assert.strictEqual(a.author?.rule, 'text:avatar-name');
	});

	test('job lines are short job-title language in several languages, not sentences or dates', () => {
		for (const t of ['Tech Reporter', 'Marketing Operations Analyst', 'VP - Technology', 'Redakteurin', 'Rédactrice en chef', 'Periodista']) assert.ok(isRoleText(t), t);
		for (const t of ['May 14, 2025', 'We help every director grow their team today.', 'Research & Development']) assert.ok(!isRoleText(t), t);
	});

	test('words run together and menu labels are no names', () => {
		assert.ok(hasGluedWords('Digital OrganizationOfficeOrganizingPapers'));
		for (const n of ['McDonald', 'Ludwig DeLaCruz', 'Anna VanDerBeek']) assert.ok(!hasGluedWords(n), n);
		for (const n of ['Explore Hiring', 'Discover More', 'Entdecken Sie', 'Découvrez nos offres']) assert.ok(startsWithNavigationVerb(n), n);
		for (const n of ['Jane Doe', 'Seeta Patel', 'Getty Lee', 'Bookman Harris']) assert.ok(!startsWithNavigationVerb(n), n);
	});

	test('menu links to product sections under /people/ and glued tag links beside a date give no author', () => {
		const a = md(['# HR software for every business', '', '[Explore Hiring](/people/ats-software.html)[Explore Onboarding](/people/onboarding.html)', '', BODY]);
		assert.strictEqual(a.author, undefined);
		const b = md(['# Where to store office supplies', '', '[Digital](/tag/digital)[Organization](/tag/organization)[Office](/tag/office)[Organizing](/tag/organizing)[Papers](/tag/papers) June 5, 2025', '', BODY]);
		assert.strictEqual(b.author, undefined);
	});

	test("a plain date under a teaser's linked heading is the item's, not the index page's", () => {
		const story = (n: number): string[] => ['::: {.c7a}', `# [Harbour story number ${n} of the week](/news/2025/11/${20 + n}/story-${n}) {#s${n} .c8b}`, '', `November ${20 + n}, 2025`, '', 'A short summary of the story for the index page.', ':::', ''];
		const a = md(['# Industry News {#t .c9c}', '', ...story(8), ...story(7), BODY], 'listing');
		assert.strictEqual(a.published, undefined);
	});

	test('a date under a byline heading that links to the writer, or under the title, is still the page\'s', () => {
		const a = md(['# A DIY guide to retirement calculators', '', '### By [Charles Patterson](/charles-patterson/), Columnist {#b1 .c2}', '', '::: c3', 'August 19, 2025 | [33 Comments](#comments)', ':::', '', BODY, '', BODY]);
		assert.strictEqual(a.published?.value, '2025-08-19');
		const b = md(['# [The sea wall at Port Ellis](/2024/03/sea-wall)', '', 'March 3, 2024', '', BODY, '', BODY]);
		assert.strictEqual(b.published?.value, '2024-03-03');
	});
});
