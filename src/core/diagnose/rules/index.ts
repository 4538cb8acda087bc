// All rules in the order they run and are documented: links (1xx), metadata (2xx), fidelity (3xx), remote links (4xx).
import type { Rule } from '../rule';
import { bodyDiffersFromOriginal } from './bodyDiffersFromOriginal';
import { brokenRemoteLink } from './brokenRemoteLink';
import { conflictingMetadata } from './conflictingMetadata';
import { duplicateId } from './duplicateId';
import { emptyLinkTarget } from './emptyLinkTarget';
import { emptyLinkText } from './emptyLinkText';
import { futureDate } from './futureDate';
import { imageMissingAlt } from './imageMissingAlt';
import { malformedUrl } from './malformedUrl';
import { missingFragmentTarget } from './missingFragmentTarget';
import { missingMetadata } from './missingMetadata';
import { modifiedBeforePublished } from './modifiedBeforePublished';
import { placeholderLinkTarget } from './placeholderLinkTarget';
import { redirectToOtherHost } from './redirectToOtherHost';
import { relativeLink } from './relativeLink';
import { strayFence } from './strayFence';
import { tooComplex } from './tooComplex';
import { trackingPixel } from './trackingPixel';
import { unclosedFence } from './unclosedFence';
import { unparsedLink } from './unparsedLink';
import { unsafeLinkTarget } from './unsafeLinkTarget';

export const RULES: readonly Rule[] = Object.freeze([
	emptyLinkTarget,
	unsafeLinkTarget,
	placeholderLinkTarget,
	missingFragmentTarget,
	malformedUrl,
	unparsedLink,
	relativeLink,
	emptyLinkText,
	imageMissingAlt,
	trackingPixel,
	duplicateId,
	missingMetadata,
	conflictingMetadata,
	modifiedBeforePublished,
	futureDate,
	bodyDiffersFromOriginal,
	unclosedFence,
	strayFence,
	tooComplex,
	brokenRemoteLink,
	redirectToOtherHost,
]);

/** A rule by code (`PD101`, any case) or name (`empty-link-target`). */
export function findRule(key: string): Rule | undefined {
	const k = key.trim().toLowerCase();
	return RULES.find((r) => r.code.toLowerCase() === k || r.name === k);
}
