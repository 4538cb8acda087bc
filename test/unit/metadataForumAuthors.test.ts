// Metadata (issue 12): forum software's member-page links under a thread's title name the opening post's author.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

function md(lines: readonly string[]): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), {});
}

const BODY = 'The first post of the thread asks its question at some length, so that it reads like a post and not a label.';

suite('Metadata: forum member links', () => {
	test('a phpBB, vBulletin or NodeBB member link under the thread title is the author', () => {
		for (const href of ['./memberlist.php?mode=viewprofile&u=421190&sid=0311f1', 'https://forum.example.net/member.php?u=805995', '/user/galitsyn', 'https://talk.example.org/u/galitsyn']) {
			const m = md(['# Which plotter driver works on Linux?', '', '::: {.post .has-profile}', `[galitsyn](${href})`, '', BODY, ':::']);
			assert.strictEqual(m.author?.value, 'galitsyn', href);
		}
	});

	test('an account link under the same paths is not an author, nor an avatar\'s "Offline" status', () => {
		const login = md(['# Which plotter driver works on Linux?', '', '[Log In](/user/login) [Sign up](/user/sign-up)', '', BODY]);
		assert.strictEqual(login.author, undefined);
		const avatar = md(['# Which plotter driver works on Linux?', '', '[[Offline]{.visually-hidden}]{.status}](/user/luizjr4) [luizjr4](/user/luizjr4)', '', BODY]);
		assert.strictEqual(avatar.author?.value, 'luizjr4');
	});
});
