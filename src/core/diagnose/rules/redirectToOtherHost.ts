// PD402: an http(s) link that redirects to another host: the content moved, or the link now leads somewhere else.
import type { Rule } from '../rule';

/** Reported by `checkRemoteLinks` (remoteLinks.ts), which needs the network: off by default. */
export const redirectToOtherHost: Rule = {
	code: 'PD402',
	name: 'redirect-to-other-host',
	category: 'remote',
	defaultSeverity: 'info',
	defaultEnabled: false,
	description: 'A remote http(s) link redirects to another host (a "www." prefix does not count).',
	fixable: false,
};
