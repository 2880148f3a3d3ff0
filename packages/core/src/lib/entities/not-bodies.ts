/**
 * Names a head word ends that still name no body: a section of a news page ("Photo Gallery"), a programme
 * held in a season ("the 2026 International Summer School on Coastal Ecology"), and a unit's Party members
 * named by their title ("Township Party secretaries should …").
 */
import type { Tok } from './tokens.js'
import { capitalised } from './word-classes.js'

const pageSections = new Set(['Photo', 'Photos', 'Picture', 'Pictures', 'Image', 'Images', 'Video', 'Videos'])
// A summer school or a winter camp is held, opened and closed like a fair: an event, whatever its name.
const seasons = new Set(['Summer', 'Winter', 'Spring', 'Autumn', 'Fall'])
const seasonalHeads = new Set(['School', 'Academy', 'Institute', 'Camp', 'Program', 'Programme'])
// The units whose Party members a sentence may start with: "Village Party secretaries", "County Party
// members".
// biome-ignore format: packed data
const units = new Set([
  'Village', 'Villages', 'Township', 'Townships', 'Town', 'Towns', 'Community', 'Communities', 'County',
  'Counties', 'District', 'Districts', 'Street', 'Subdistrict', 'Grassroots', 'Rural', 'Enterprise',
])

/**
 * Whether the head `head` at `index`, with the words `[from, index)` in front, names no body: "Photo
 * Gallery", "the 2026 International Summer School on …", "Village Party secretaries" (a lower-case word
 * after the head, so the capital is the sentence's); not "the Xinbao Summer Palace Museum" nor "the
 * Hanmen Village Party Branch".
 */
export function isNoBody(toks: readonly Tok[], head: string, from: number, index: number): boolean {
  const words = index - from
  if (head === 'Gallery') return words === 1 && pageSections.has(toks[from]!.base)
  if (seasonalHeads.has(head)) return seasons.has(toks[index - 1]?.value ?? '')
  if (head !== 'Party' || words !== 1 || !units.has(toks[from]!.value)) return false
  const next = toks[index + 1]
  return next?.kind === 'word' && next.spaced && !(next.flags & capitalised)
}
