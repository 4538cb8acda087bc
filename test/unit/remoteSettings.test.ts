// The extension's remote-check settings: defaults, mistyped values, and the widening ones honoured only when trusted.
import * as assert from 'node:assert/strict';
import { DEFAULT_DEADLINE_MS, DEFAULT_MAX_URLS } from '../../src/core/index';
import { readRemoteSettings, remoteCheckOptions } from '../../src/vscode/remoteSettings';

const WIDE = { 'remoteLinks.enabled': true, 'remoteLinks.allowPrivateAddresses': true, 'remoteLinks.maxUrls': 1000, 'remoteLinks.deadline': 600 };

function reader(values: Record<string, unknown>) {
	return (key: string): unknown => values[key];
}

suite('remote settings', () => {
	test('defaults: private addresses refused, 200 URLs, 120 s', () => {
		const s = readRemoteSettings(reader({}), true);
		assert.deepEqual({ enabled: s.enabled, allow: s.allowPrivateAddresses, maxUrls: s.maxUrls, deadlineMs: s.deadlineMs }, { enabled: false, allow: false, maxUrls: DEFAULT_MAX_URLS, deadlineMs: DEFAULT_DEADLINE_MS });
		assert.deepEqual(remoteCheckOptions(s).allowAddresses, { private: false });
	});

	test('a trusted workspace gets what its settings say, as the checker\'s options', () => {
		const o = remoteCheckOptions(readRemoteSettings(reader(WIDE), true));
		assert.deepEqual({ allow: o.allowAddresses, maxUrls: o.maxUrls, deadlineMs: o.deadlineMs }, { allow: { private: true }, maxUrls: 1000, deadlineMs: 600_000 });
	});

	test('an untrusted workspace keeps the safe defaults whatever its settings say', () => {
		const s = readRemoteSettings(reader(WIDE), false);
		assert.deepEqual({ allow: s.allowPrivateAddresses, maxUrls: s.maxUrls, deadlineMs: s.deadlineMs }, { allow: false, maxUrls: DEFAULT_MAX_URLS, deadlineMs: DEFAULT_DEADLINE_MS });
	});

	test('mistyped values fall back to the defaults', () => {
		const s = readRemoteSettings(reader({ 'remoteLinks.allowPrivateAddresses': 'yes', 'remoteLinks.maxUrls': -3, 'remoteLinks.deadline': 'soon', 'remoteLinks.exclude': ['*.intranet', 7] }), true);
		assert.deepEqual({ allow: s.allowPrivateAddresses, maxUrls: s.maxUrls, deadlineMs: s.deadlineMs, exclude: s.exclude }, { allow: false, maxUrls: DEFAULT_MAX_URLS, deadlineMs: DEFAULT_DEADLINE_MS, exclude: ['*.intranet'] });
	});
});
