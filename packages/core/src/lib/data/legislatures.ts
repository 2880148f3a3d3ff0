/**
 * The words that name a legislature, one list for every rule that asks ("a deputy of the State Duma",
 * "the Knesset voted", "the Regional Assembly of Hexi").
 */

/**
 * Legislatures named by a word of their own, a body's head alone ("the Storting", "the Riksdag"); the
 * organisation heads of data/organisations.ts.
 */
// biome-ignore format: packed data
export const ownNameLegislatures: readonly string[] = [
  'Sejm', 'Knesset', 'Bundestag', 'Bundesrat', 'Storting', 'Riksdag', 'Folketing', 'Eduskunta', 'Althing',
  'Seimas', 'Saeima', 'Riigikogu', 'Kurultai', 'Landtag', 'Mazhilis', 'Oireachtas', 'Sabor', 'Skupstina',
  'Skupština', 'Nationalrat', 'Sangsad',
]

/**
 * Legislatures whose own word is a family name too ("Olena Rada"): a body's head only after its qualifier
 * ("the State Duma", "the Lok Sabha", "the Rajya Sabha", "the Jogorku Kenesh", "the State Great Khural";
 * body-heads.ts).
 */
// biome-ignore format: packed data
export const qualifiedLegislatures: readonly string[] = [
  'Khural', 'Hural', 'Duma', 'Majlis', 'Mejlis', 'Rada', 'Sabha', 'Jirga', 'Kenesh',
]

// English heads of a legislature's name ("the National Assembly", "the Federal Parliament").
const legislatureHeads: readonly string[] = ['Assembly', 'Parliament', 'Congress', 'Senate']

/** Every word that makes a body a legislature when it is the body's head. */
export const legislatureWords: ReadonlySet<string> = new Set([
  ...ownNameLegislatures,
  ...qualifiedLegislatures,
  ...legislatureHeads,
])
