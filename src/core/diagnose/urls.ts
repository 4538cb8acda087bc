// URL classification shared by the link rules and the remote checker.

import { type UrlUse, isRelativeReference, isWebUrl, unsafeUrlReason, urlScheme } from '../url/urlPolicy';

// The rules read schemes and safety through the shared URL policy, so a rule and an output never disagree.
export { isRelativeReference, isWebUrl };

/** The scheme in lower case (`javascript`, also for `jav&#x61;script:`), or undefined for a relative reference. */
export function schemeOf(href: string): string | undefined {
	return urlScheme(href);
}

/** Why a target is unsafe to follow or load (the shared URL policy's allow-list), or undefined. */
export function unsafeReason(href: string, image: boolean): string | undefined {
	const use: UrlUse = image ? 'image' : 'link';
	return unsafeUrlReason(href, use);
}

/** Offsets (in `s`) of `%` signs not followed by two hex digits. */
export function badPercentEscapes(s: string): number[] {
	const out: number[] = [];
	for (let i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 1)) {
		if (!/^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) out.push(i);
	}
	return out;
}

const LABEL_RE = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4_RE = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Why the host of a web URL is malformed, or undefined. `new URL` already punycodes and rejects forbidden
 * characters; this adds what it accepts but no DNS name can be (empty labels, `_`, labels over 63, a leading hyphen).
 */
export function badHostReason(href: string): string | undefined {
	let url: URL;
	try {
		url = new URL(href.trim().startsWith('//') ? 'https:' + href.trim() : href.trim());
	} catch {
		return 'it does not parse as a URL';
	}
	const host = url.hostname;
	if (host === '') return 'it has no host';
	if (host.startsWith('[') || IPV4_RE.test(host)) return undefined;
	const labels = host.replace(/\.$/, '').split('.');
	const bad = labels.find((l) => !LABEL_RE.test(l));
	if (bad !== undefined) return bad === '' ? `its host "${host}" has an empty label` : `its host "${host}" is not a valid name`;
	return undefined;
}

/** Hosts compared the way users think of them: case and a leading `www.` do not matter. */
export function sameSite(a: string, b: string): boolean {
	const norm = (h: string): string => h.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
	return norm(a) === norm(b);
}
