// PD401: an http(s) link in the article that answers 404 or 410, does not resolve, or does not answer in time.
import type { Rule } from '../rule';

/** Reported by `checkRemoteLinks` (remoteLinks.ts), which needs the network: off by default. */
export const brokenRemoteLink: Rule = {
	code: 'PD401',
	name: 'broken-remote-link',
	category: 'remote',
	defaultSeverity: 'warning',
	defaultEnabled: false,
	description: 'A remote http(s) link is broken: 404 or 410, a host that does not resolve, a refused connection, or no answer before the timeout.',
	fixable: false,
};
