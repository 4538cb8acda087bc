// How sure a metadata value is: the threshold below which a value is shown and reported as uncertain.
import type { MetadataField } from '../article';

/**
 * Below this confidence a value is a guess a reviewer should check: PD201 reports it as uncertain and the preview's
 * card marks it. Half-way: a value found by a rule that is right less often than not on the development pages.
 */
export const UNCERTAIN_BELOW = 0.5;

/** Whether a found value is too unsure to be taken as it is. */
export function isUncertain(field: Pick<MetadataField<unknown>, 'confidence'> | undefined): boolean {
	return field !== undefined && field.confidence < UNCERTAIN_BELOW;
}
