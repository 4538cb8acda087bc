// EVAL_UNLINK's transform: member links become bold names, other links stay.
import * as assert from 'node:assert/strict';
import { unlinkDump } from '../../scripts/eval/unlink';

suite('Eval unlink', () => {
	test('a link to a member page becomes the bold name, with its title and attributes; other links stay', () => {
		const dump = [
			'[Jane Roe](https://board.example/members/jane.12/ "Jane"){.username}',
			'[John](/u/john) wrote:',
			'[Next page](/threads/topic.5/page-2)',
			'[Index](/index.php?action=profile;u=3)',
		].join('\n');
		const out = unlinkDump(dump).split('\n');
		assert.equal(out[0], '**Jane Roe**');
		assert.equal(out[1], '**John** wrote:');
		assert.equal(out[2], '[Next page](/threads/topic.5/page-2)');
		assert.equal(out[3], '**Index**');
	});
});
