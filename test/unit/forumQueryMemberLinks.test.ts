// Boards whose member links are a PHP script's query string (phpBB, SMF), with class words no rule knows: their posts still show their posters.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { ANONYMOUS_SIGNATURE, anonymousPosts } from '../../src/core/extract/kinds/anonymousPosts';
import { POSTER_MARK_RE } from '../../src/core/extract/kinds/scatteredPosts';
import { extractDumpText } from '../util/kindFixtures';

const MESSAGES = [
	'My garden shed roof leaks along the ridge after every heavy rain, and the felt looks fine from the ground; what should I check first?',
	'Ridge leaks on felt roofs are nearly always the capping. Lift the ridge strip and look for nails that have worked loose and split the felt.',
	'Also check the fascia at both gable ends. Water runs along the underside of the felt and drips at the ridge even when the leak is lower down.',
	'Found two loose nails under the ridge strip and a split beside each. Patched them with bitumen and new clout nails, and it stayed dry overnight.',
];
const POSTERS = ['hedgerow', 'slatefix', 'gutterman', 'hedgerow'];
const DATES = ['Mon Mar 04, 2024 9:12 am', 'Mon Mar 04, 2024 10:40 am', 'Tue Mar 05, 2024 7:05 pm', 'Wed Mar 06, 2024 8:30 am'];

/**
 * A phpBB 3 thread as prosilver writes it (viewtopic_body.html: each post's subject linked to its own anchor, "by NAME »
 * DATE", the message, the profile as a definition list), under class words no rule knows, or SMF's member link.
 */
function thread(link: (i: number) => string, subjectLink = (i: number) => `#p${100 + i}`): string {
	const out = ['::: {.q1w}', '- [Board index](./index.php)', ':::', '', '# Shed roof leaks at the ridge', '', '::: {.e2r}'];
	MESSAGES.forEach((m, i) => {
		out.push(`::: {#p${100 + i} .t5y .u6i}`, '::: {.o7p}', '::: {.a8s}');
		out.push(`### [${i === 0 ? '' : 'Re: '}Shed roof leaks at the ridge](${subjectLink(i)})`, '');
		out.push(`[by **[${POSTERS[i]}](${link(i)}){.d9f}** »]{.g0h} ${DATES[i]}`, '', '::: {.j1k}', m, ':::', ':::', '');
		out.push(`[${POSTERS[i]}](${link(i)}){.d9f}`, ':   Posts: ' + (40 + i * 17), ':   Joined: Jan 2019', '', ':::', ':::', '');
	});
	out.push(':::', '', '::: {.l2z}', 'Powered by a board · Privacy · Terms', ':::', '');
	return out.join('\n');
}

const PHPBB = (i: number): string => `./memberlist.php?mode=viewprofile&u=${50 + i}`;
const SMF = (i: number): string => `https://board.example.org/index.php?action=profile;u=${50 + i}`;

suite('Member links written as a query string', () => {
	test("phpBB's and SMF's member links are a poster's mark, Markdown and raw HTML alike", () => {
		for (const s of ['[x](./memberlist.php?mode=viewprofile&u=2)', '[x](https://b.org/index.php?action=profile;u=1)', '<a href="./memberlist.php?mode=viewprofile&amp;u=2">', '<a href="/index.php?action=profile;u=7">']) {
			assert.ok(POSTER_MARK_RE.test(s), s);
		}
		for (const s of ['[The team](./memberlist.php?mode=team)', '[Search](./search.php?action=search)', '[x](https://b.org/index.php?action=profileedit)']) assert.ok(!POSTER_MARK_RE.test(s), s);
	});

	test('a phpBB thread under unknown class words: posts found, read as a forum, the profile fields gone', () => {
		const group = anonymousPosts(new BlockIndex(parseDump(thread(PHPBB))));
		assert.ok(group, 'no posts found');
		assert.ok(group.signature.startsWith(ANONYMOUS_SIGNATURE));
		assert.strictEqual(group.items.length, 4);
		const { text, kind } = extractDumpText(thread(PHPBB));
		assert.strictEqual(kind, 'forum');
		for (const m of MESSAGES) assert.ok(text.includes(m), `lost a message: ${m.slice(0, 30)}`);
		assert.ok(text.includes('gutterman'), 'lost a poster');
		for (const chrome of ['Posts: 74', 'Joined: Jan 2019', 'Powered by', 'Board index']) assert.ok(!text.includes(chrome), `kept chrome: ${chrome}\n${text}`);
	});

	test('an SMF thread likewise', () => {
		assert.strictEqual(anonymousPosts(new BlockIndex(parseDump(thread(SMF))))?.items.length, 4);
	});

	test("subjects linked to other pages are a feed's teaser titles, not posts' permalinks", () => {
		// Each card titles its own story: a subject the posts repeat ("Re: <topic>") is the thread's, whatever its link
		// (kinds/anonymousPosts.ts `teaserUnits`).
		const feed = thread(PHPBB, (i) => `/news/story-${i}`).replace(/### \[(?:Re: )?Shed roof leaks at the ridge\]\(\/news\/story-(\d+)\)/g, '### [Roofing story number $1](/news/story-$1)');
		assert.strictEqual(anonymousPosts(new BlockIndex(parseDump(feed))), undefined);
	});

	test('without a member link, no posts', () => {
		// Nor a member card: its "Posts:" or "Joined:" line marks the poster too (kinds/memberCards.ts).
		const dump = thread((i) => `./search.php?author_id=${50 + i}`).replace(/^: {3}(?:Posts|Joined): .*$/gm, '');
		assert.strictEqual(anonymousPosts(new BlockIndex(parseDump(dump))), undefined);
	});
});
