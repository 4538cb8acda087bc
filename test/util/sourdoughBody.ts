// The three body paragraphs (blank lines between) of the sourdough post that the line-dropping heuristics' tests dress in stamps and chrome.
export const SOURDOUGH_BODY: readonly string[] = [
	'A sourdough starter needs flour, water and patience: feed it twice a day for a week and it will rise reliably, doubling within six hours of each feed in a warm kitchen.',
	'',
	'Keep it in a glass jar with a loose lid, so you can watch the bubbles form along the sides and judge when it is at its peak before you bake.',
	'',
	'The first loaf rarely looks like the pictures, but the second one, baked with a starter a few days older, usually rises higher and tastes more sour.',
];
