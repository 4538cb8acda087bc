// Poster names outside the posts: an engine that writes each poster's name as a heading beside the post's container (Invision), on fixtures written for this project.
import * as assert from 'node:assert';
import { extractDumpText as extract } from '../util/kindFixtures';

const MESSAGES = [
	'Our allotment shed roof leaks along the ridge every time it rains hard, and the felt looks fine from the ground. Where should I start looking?',
	'Check the ridge capping first: the nails work loose over a few winters and water runs in under the felt along the top, where you cannot see it from below.',
	'Thanks, that was it. Two nails had lifted and the felt under them had split; a strip of new felt and some clout nails fixed it before the weekend.',
];

/** An Invision Community 4 thread: each post's author pane (name twice, once with the reputation) beside its comment container. */
function invisionThread(): string {
	const lines = ['# Shed roof leaking at the ridge', '', '::: {#elPostFeed}'];
	MESSAGES.forEach((m, i) => {
		lines.push('::: cAuthorPane_mobile', `### [gardener${i}](/profile/${i}-gardener${i}) [ ${i + 7} ]{.ipsRepBadge} {#g${i} .cAuthorPane_author}`, ':::', '');
		lines.push(`### **[gardener${i}](/profile/${i}-gardener${i})** {#g${i}-1 .cAuthorPane_author}`, '', `-   ${(i + 1) * 13} posts`, '');
		lines.push('::: {.ipsColumn .ipsColumn_fluid}', `::: {#comment-${i}_wrap .ipsComment_content}`, '::: ipsComment_meta', `Posted March ${i + 3}, 2025`, ':::', '');
		lines.push('::: cPost_contentWrap', m, ':::', ':::', ':::', '');
	});
	lines.push(':::', '');
	return lines.join('\n');
}

/** Asserts that a thread fixture reads as a forum with every message kept and each poster's name written once. */
function assertPostersOnce(dump: string): void {
	const { text, kind } = extract(dump);
	assert.strictEqual(kind, 'forum');
	const lines = text.split('\n').filter((l) => l.trim() !== '');
	MESSAGES.forEach((m, i) => {
		const at = lines.indexOf(m);
		assert.ok(at > 0, `lost ${m.slice(0, 30)}`);
		assert.strictEqual(lines.filter((l) => l.trim() === `gardener${i}`).length, 1, `poster ${i} not written once`);
	});
}

suite('Forum poster headings', () => {
	test('an Invision thread writes each poster\'s name once above the post, without the reputation', () => {
		const { text, kind } = extract(invisionThread());
		assert.strictEqual(kind, 'forum');
		const lines = text.split('\n').filter((l) => l.trim() !== '');
		MESSAGES.forEach((m, i) => {
			const at = lines.indexOf(m);
			assert.ok(at > 0, `lost ${m.slice(0, 30)}`);
			assert.strictEqual(lines[at - 2], `gardener${i}`, `no poster above post ${i}`);
			assert.strictEqual(lines.filter((l) => l.includes(`gardener${i}`)).length, 1, `poster ${i} written twice`);
		});
		assert.ok(!/\bgardener0 7\b/.test(text) && !text.includes('13 posts'), 'kept the reputation or the post count');
	});

	test('an engine no profile names: the heading that links to the member\'s page is the poster\'s name', () => {
		// The same layout under class words no profile knows.
		const dump = invisionThread().replace(/cAuthorPane_author/g, 'author-pane-name').replace(/cAuthorPane_mobile/g, 'pane-mobile').replace(/ipsComment_content/g, 'comment-content').replace(/ipsComment_meta/g, 'comment-meta').replace(/cPost_contentWrap/g, 'message-body').replace(/ipsColumn_fluid/g, 'col-fluid').replace(/ipsColumn/g, 'col').replace(/elPostFeed/g, 'feed');
		assertPostersOnce(dump);
	});

	test('a platform named by its posts\' classes, with the name heading\'s class renamed: the member link still names the poster', () => {
		// The comment containers keep Invision's classes (the profile is read), a theme renamed the author heading's.
		const dump = invisionThread().replace(/cAuthorPane_author/g, 'author-pane-name').replace(/cAuthorPane_mobile/g, 'pane-mobile');
		assertPostersOnce(dump);
	});

	test('a heading that links to a member page but says more is no poster name', () => {
		const dump = invisionThread()
			.replace(/cAuthorPane_author/g, 'author-pane-name')
			.replace(/### \*\*\[gardener(\d)\]\(\/profile\/\d-gardener\d\)\*\*/g, '### [Read the full shed-roofing guide written by gardener$1 last spring](/profile/$1-gardener$1)');
		const { text } = extract(dump);
		assert.ok(!text.includes('full shed-roofing guide'), 'kept a long heading as a name');
	});
});
