// The learned block classifier: logistic regression weights over blockFeatures.ts features, written by scripts/trainBlocks.ts.
/*
 * Trained on the WCXB tuning pages of half A only (detected kinds: product,collection,forum,listing,service): 187 pages, 27094 candidate
 * blocks, 10843 labelled content (most of their words in the annotated text). Regenerate with
 *   npx tsc -p . --outDir out && node out/scripts/trainBlocks.js --write
 * Weights are per standard deviation: z = bias + sum(weight * (x - mean) / scale).
 */
export const BLOCK_MODEL = {
	features: ["type:heading","type:paragraph","type:list","type:table","type:quote","type:code","heading:h1","heading:h2-3","heading:h4-6","log chars","log words","link density","all links","digit share","currency","price","punctuation share","sentence end","log commas","position","char position","in region","kept","class weight","chrome class","log repeats","is title","before title","log title distance","kind:article","kind:forum","kind:product","kind:collection","kind:listing","kind:documentation","kind:service","kept share of page","kept nearby","prev kept","next kept","prev link density","next link density","prev log words","next log words","prev heading","next heading"] as readonly string[],
	mean: [0.16255, 0.69934, 0.13032, 0.00125, 0.00465, 0.00188, 0.00893, 0.11981, 0.03381, 3.39791, 1.87294, 0.21186, 0.17864, 0.06677, 0.03931, 0.03477, 0.02815, 0.23367, 0.22185, 0.5, 0.49634, 0.17797, 0.39101, 1.33122, 0.3417, 0.45991, 0.00675, 0.14295, 3.98543, 0, 0.23016, 0.14405, 0.18738, 0.12722, 0, 0.31118, 0.51138, 0.3913, 0.39046, 0.39071, 0.20946, 0.20929, 1.85814, 1.85839, 0.16232, 0.1621] as readonly number[],
	scale: [0.36895, 0.45854, 0.33666, 0.0354, 0.06804, 0.04335, 0.09409, 0.32473, 0.18074, 1.31252, 1.08612, 0.38721, 0.38305, 0.18314, 0.19433, 0.18319, 0.05601, 0.42316, 0.53713, 0.29069, 0.31606, 0.38249, 0.48798, 1.7633, 0.47428, 0.87886, 0.08191, 0.35002, 1.24238, 1, 0.42094, 0.35114, 0.39022, 0.33322, 1, 0.46297, 0.26275, 0.39813, 0.48785, 0.48791, 0.38579, 0.38623, 1.09314, 1.08588, 0.36875, 0.36854] as readonly number[],
	weights: [0.09537, -0.01223, -0.11753, -0.03628, 0.19731, -0.04965, 0.04015, 0.09707, -0.00062, -0.04069, -0.15096, -0.32484, 0.13112, -0.41692, -0.17345, 0.15298, -0.20012, 0.2362, 0.22728, -0.45376, 0.03226, 0.10982, 1.17623, 0.31587, -0.03416, 0.30925, 0.07613, -0.60387, -0.02155, 0, 0.00521, -0.10089, 0.22989, -0.02081, 0, -0.10701, 0.2723, 0.48983, -0.07254, -0.16917, -0.06249, -0.10385, 0.08458, -0.02854, 0.21448, 0.03839] as readonly number[],
	bias: -0.73017,
};
