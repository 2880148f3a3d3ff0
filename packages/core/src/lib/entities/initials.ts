/**
 * Initials inside a name: one letter and a full stop ("K.", "m."), or the two Latin letters a Mongolian
 * patronymic initial takes ("Ts.").
 */
import type { Tok } from './tokens.js'

/**
 * Whether `tok` is one letter and a full stop, as an initial is written ("K.", lower case "m."), or a
 * Mongolian patronymic initial of two letters ("Ts.", "Sh.").
 */
export function isInitial(tok: Tok | undefined): boolean {
  // Two or three characters, the last a full stop: the cheap test most words fail.
  if (tok === undefined || tok.kind !== 'word') return false
  const length = tok.value.length
  if (length === 3) return tok.value.charCodeAt(2) === 46 && twoLetterInitials.has(tok.value)
  return length === 2 && tok.value.charCodeAt(1) === 46 && /^\p{L}/u.test(tok.value)
}

// A Mongolian name writes the father's name as the initial of its Cyrillic letter, and Ц, Ш, Ч, Х, Я, Ё,
// Ю, Ж take two Latin letters ("Ts. Dorjsuren", "Kh. Batbayar").
// biome-ignore format: packed list
const twoLetterInitials = new Set(['Ts.', 'Sh.', 'Ch.', 'Kh.', 'Ya.', 'Yo.', 'Yu.', 'Zh.'])
