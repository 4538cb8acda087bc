// The remote checker's fetch for Node (CLI and extension host): a request to the addresses the checker resolved and
// vetted, with the URL's name in the Host header and TLS SNI, so a second DNS answer (rebinding) is never used.
import * as http from 'node:http';
import * as https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { FetchLike, FetchResponse } from '../core/index';

/**
 * A lookup that answers with the given addresses only, whatever the name: handed to `http.request`, it replaces
 * the system resolver for that one request. Answers in both forms Node asks for (one address, or `all`).
 */
export function pinnedLookup(addresses: readonly string[]): LookupFunction {
	const entries = addresses.map((address) => ({ address, family: isIP(address) === 6 ? 6 : 4 }));
	return ((_hostname: string, options: { all?: boolean; family?: number | string }, callback: (...args: unknown[]) => void) => {
		const family = options?.family === 6 || options?.family === 'IPv6' ? 6 : options?.family === 4 || options?.family === 'IPv4' ? 4 : 0;
		const usable = family ? entries.filter((e) => e.family === family) : entries;
		if (usable.length === 0) {
			const error = Object.assign(new Error(`no vetted address of family ${family}`), { code: 'ENOTFOUND' });
			return callback(error, options?.all ? [] : undefined, undefined);
		}
		if (options?.all) return callback(null, usable);
		callback(null, usable[0].address, usable[0].family);
	}) as LookupFunction;
}

/** The response's status and headers; the body is dropped unread (`cancel` destroys the socket). */
function toFetchResponse(res: http.IncomingMessage): FetchResponse {
	return {
		status: res.statusCode ?? 0,
		headers: {
			get: (name) => {
				const v = res.headers[name.toLowerCase()];
				return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
			},
		},
		body: { cancel: async () => void res.destroy() },
	};
}

/**
 * The checker's fetch: with `init.addresses`, an http(s) request that connects to one of them (Host header and SNI
 * stay the URL's name, so virtual hosts and certificates work as usual); without, Node's own `fetch` (a literal
 * address, or a caller without a resolver). Redirects are never followed here; the checker walks them.
 */
export const pinnedFetch: FetchLike = (url, init) => {
	if (!init.addresses || init.addresses.length === 0) {
		return fetch(url, { method: init.method, redirect: init.redirect, signal: init.signal, headers: init.headers });
	}
	const target = new URL(url);
	const secure = target.protocol === 'https:';
	const options: https.RequestOptions = {
		method: init.method,
		headers: init.headers,
		signal: init.signal,
		lookup: pinnedLookup(init.addresses),
		// One connection per request: a pooled socket could belong to an earlier answer for the name.
		agent: false,
		...(secure && !isIP(target.hostname) ? { servername: target.hostname } : {}),
	};
	return new Promise<FetchResponse>((resolve, reject) => {
		const req = (secure ? https : http).request(target, options, (res) => resolve(toFetchResponse(res)));
		req.on('error', reject);
		req.end();
	});
};
