// The learned block classifier: logistic regression weights over blockFeatures.ts features, written by scripts/trainBlocks.ts.
/*
 * Trained on the WCXB tuning pages of half A only (detected kinds: product,collection,forum,listing,service): 187 pages, 27094 candidate
 * blocks, 10843 labelled content (most of their words in the annotated text). Regenerate with
 *   npx tsc -p . --outDir out && node out/scripts/trainBlocks.js --write
 * Weights are per standard deviation: z = bias + sum(weight * (x - mean) / scale).
 */
export const BLOCK_MODEL = {
	features: ["type:heading","type:paragraph","type:list","type:table","type:quote","type:code","heading:h1","heading:h2-3","heading:h4-6","log chars","log words","link density","all links","digit share","currency","price","punctuation share","sentence end","log commas","position","char position","in region","kept","class weight","chrome class","log repeats","is title","before title","log title distance","kind:article","kind:forum","kind:product","kind:collection","kind:listing","kind:documentation","kind:service","kept share of page","kept nearby","prev kept","next kept","prev link density","next link density","prev log words","next log words","prev heading","next heading","kept:forum","kept:product","kept:collection","kept:listing","kept:service"] as readonly string[],
	mean: [0.16255, 0.69934, 0.13032, 0.00125, 0.00465, 0.00188, 0.00893, 0.11981, 0.03381, 3.39791, 1.87294, 0.21186, 0.17864, 0.06677, 0.03931, 0.03477, 0.02815, 0.23367, 0.22185, 0.5, 0.49634, 0.17797, 0.39101, 1.33122, 0.3417, 0.45991, 0.00675, 0.14295, 3.98543, 0, 0.23016, 0.14405, 0.18738, 0.12722, 0, 0.31118, 0.51138, 0.3913, 0.39046, 0.39071, 0.20946, 0.20929, 1.85814, 1.85839, 0.16232, 0.1621, 0.08087, 0.02982, 0.04041, 0.06695, 0.17295] as readonly number[],
	scale: [0.36895, 0.45854, 0.33666, 0.0354, 0.06804, 0.04335, 0.09409, 0.32473, 0.18074, 1.31252, 1.08612, 0.38721, 0.38305, 0.18314, 0.19433, 0.18319, 0.05601, 0.42316, 0.53713, 0.29069, 0.31606, 0.38249, 0.48798, 1.7633, 0.47428, 0.87886, 0.08191, 0.35002, 1.24238, 1, 0.42094, 0.35114, 0.39022, 0.33322, 1, 0.46297, 0.26275, 0.39813, 0.48785, 0.48791, 0.38579, 0.38623, 1.09314, 1.08588, 0.36875, 0.36854, 0.27263, 0.1701, 0.19693, 0.24994, 0.37821] as readonly number[],
	weights: [0.09986, -0.02372, -0.1161, -0.03233, 0.25692, -0.07411, 0.0325, 0.10092, 0.00561, 0.08081, -0.28968, -0.32376, 0.10069, -0.40172, -0.10674, 0.09681, -0.18752, 0.22481, 0.24261, -0.46491, 0.05932, 0.10486, 0.6994, 0.28238, -0.05201, 0.30419, 0.08616, -0.55347, -0.02657, 0, -0.34707, -0.04118, 0.19763, 0.0255, 0, 0.16186, 0.23062, 0.53153, -0.05837, -0.1407, -0.07999, -0.10321, 0.06083, -0.03736, 0.2351, 0.03122, 0.6597, 0.12742, 0.25283, 0.20477, 0.10258] as readonly number[],
	bias: -0.78213,
};
