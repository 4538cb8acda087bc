// The remote checker's pinned fetch over HTTPS: it connects to the vetted address and still verifies the URL's name.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as tls from 'node:tls';
import { pinnedFetch } from '../../src/node/pinnedFetch';

/** A self-signed certificate for `pinned.test` only (test/fixtures/tls/README.md says how it was made). */
const TLS_DIR = path.join(__dirname, '../../../test/fixtures/tls');
const CERT = path.join(TLS_DIR, 'pinned-test.crt');
const KEY = path.join(TLS_DIR, 'pinned-test.key');
const PINNED_FETCH = path.join(__dirname, '../../src/node/pinnedFetch.js');

interface TlsServer {
	port: number;
	/** The TLS server name (SNI) of every handshake, in order. */
	names: string[];
	/** `Host` header of every request that got through. */
	hosts: string[];
	close(): Promise<void>;
}

/** An HTTPS server on `address` with the `pinned.test` certificate, recording SNI names and Host headers. */
async function startTlsServer(address: string): Promise<TlsServer> {
	const names: string[] = [];
	const hosts: string[] = [];
	const context = tls.createSecureContext({ cert: fs.readFileSync(CERT), key: fs.readFileSync(KEY) });
	const server = https.createServer(
		{
			cert: fs.readFileSync(CERT),
			key: fs.readFileSync(KEY),
			SNICallback: (name, done) => {
				names.push(name);
				done(null, context);
			},
		},
		(req, res) => {
			hosts.push(req.headers.host ?? '');
			res.writeHead(204);
			res.end();
		},
	);
	server.on('tlsClientError', () => undefined);
	await new Promise<void>((resolve) => server.listen(0, address, resolve));
	return {
		port: (server.address() as AddressInfo).port,
		names,
		hosts,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

function request(url: string, addresses: string[]): ReturnType<typeof pinnedFetch> {
	return pinnedFetch(url, { method: 'HEAD', redirect: 'manual', signal: new AbortController().signal, headers: {}, addresses });
}

/**
 * Runs one pinned request in a child whose trust store includes the test certificate (`NODE_EXTRA_CA_CERTS` is read
 * only at start-up), and returns its status or error code.
 */
function requestTrusting(url: string, addresses: string[]): Promise<string> {
	const script = `const { pinnedFetch } = require(${JSON.stringify(PINNED_FETCH)});
pinnedFetch(${JSON.stringify(url)}, { method: 'HEAD', redirect: 'manual', signal: new AbortController().signal, headers: {}, addresses: ${JSON.stringify(addresses)} })
	.then((r) => { process.stdout.write(String(r.status)); return r.body && r.body.cancel(); }, (e) => process.stdout.write(String(e.code || e.message)));`;
	return new Promise((resolve, reject) => {
		execFile(process.execPath, ['-e', script], { env: { ...process.env, NODE_EXTRA_CA_CERTS: CERT } }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
	});
}

suite('remote links: DNS pinning over HTTPS', () => {
	let server: TlsServer;
	suiteSetup(async () => {
		server = await startTlsServer('127.0.0.2');
	});
	suiteTeardown(async () => server.close());

	test('a name no resolver knows reaches the vetted address, with its name as SNI and Host, and its certificate verified', async () => {
		const status = await requestTrusting(`https://pinned.test:${server.port}/page`, ['127.0.0.2']);
		assert.equal(status, '204');
		assert.ok(server.names.includes('pinned.test'), `SNI names seen: ${server.names.join(', ')}`);
		assert.deepEqual(server.hosts, [`pinned.test:${server.port}`]);
	});

	test('pinning never turns certificate checks off: an untrusted certificate fails', async () => {
		await assert.rejects(request(`https://pinned.test:${server.port}/page`, ['127.0.0.2']), (e: NodeJS.ErrnoException) => /SELF_SIGNED|UNABLE_TO_VERIFY|CERT/.test(String(e.code)));
	});

	test('the certificate must name the URL\'s host, not the pinned address', async () => {
		const before = server.hosts.length;
		const code = await requestTrusting(`https://other.test:${server.port}/page`, ['127.0.0.2']);
		assert.equal(code, 'ERR_TLS_CERT_ALTNAME_INVALID');
		assert.ok(server.names.includes('other.test'), 'the request still went to the pinned address');
		assert.equal(server.hosts.length, before, 'no request got through');
	});
});
