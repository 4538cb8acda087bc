// A four-post thread about a gurgling sink (messages and posters), shared by the tests of class-free forum reads.

/** The thread's messages, each a post's body, long enough to be a post (kinds/posts.ts `MIN_POST_CHARS`). */
export const SINK_MESSAGES = [
	'The drain on my old sink gurgles every time the washing machine empties, and the water in the bowl rises a little; is the vent blocked?',
	'That sounds like a blocked vent or a slow main drain. Run a hose down the roof vent first and see whether the gurgling stops after that.',
	'Check the trap under the sink as well. Mine was half full of grease and hair, and the machine pushed the water back up through it every time.',
	'Cleared the roof vent with the hose, a bird nest was in it. The sink drains quietly now, even when the machine empties at full speed.',
];

/** Who wrote each message: the first poster comes back to close the thread. */
export const SINK_POSTERS = ['kettlebrook', 'plumbline', 'ductwork', 'kettlebrook'];
