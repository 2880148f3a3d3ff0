/**
 * Where a title before a name ends: at a post's head noun ("Principal Design Engineer Petra Ollson"), or after
 * a chain of honorifics ("Prof. Dr. Ute Wendlinger").
 */
import type { NameMatch } from './name-words.js'
import { honorificEnd, nameAfterTitle, type TitleMatch } from './titles.js'
import type { Tok } from './tokens.js'
import { titleFirst } from './word-classes.js'

// The head nouns of posts that no title list can hold all of ("Chief Commercial Officer", "Chief
// Sustainability Officer", "Principal Design Engineer"), and that end no one's name: after a title word
// ("Chief", "Principal") they finish the post, not a person.
// biome-ignore format: packed data
const postHeads = new Set([
  'Officer', 'Executive', 'Representative', 'Engineer', 'Economist', 'Accountant', 'Analyst', 'Strategist',
  'Scientist', 'Architect', 'Counsel', 'Controller', 'Auditor', 'Specialist', 'Consultant', 'Coordinator',
  'Administrator', 'Inspector', 'Commissioner', 'Supervisor', 'Officers',
])

/**
 * When a post's head noun is among the words read as a name ("Commercial Officer", "Design Engineer
 * Lorenz"), the title goes on to there and the name, if any, comes after it ("Principal Design Engineer
 * Petra Ollson said …" names "Petra Ollson"); otherwise the name read after the title.
 */
export function afterPost(toks: readonly Tok[], name: NameMatch): NameMatch | undefined {
  for (let at = name.to - 1; at >= name.from; at--)
    if (postHeads.has(toks[at]!.base)) return nameAfterTitle(toks, at + 1)
  return name
}

/**
 * Where a title's honorifics end. "Professor Dr. Ute Wendlinger", "Prof. Dr. Ute Wendlinger", "Dr. Prof. Ute
 * Wendlinger": German and Austrian academics stack their academic honorifics, and the mention takes both;
 * "Tan Sri Dato' Sri Harun Idris", "Datuk Dr. Teoh": Malaysian honorifics come in chains, which end where
 * the name starts. Only these: "Vice Mayor Mr. Qu" keeps "Mr. Qu", and "Mr. President Li" names the role.
 */
export function stackedTitleEnd(toks: readonly Tok[], title: TitleMatch): number {
  let end = title.end
  let honorific = title.honorific === true
  // A chain is two or three honorifics long.
  for (let links = 0; links < 3; links++) {
    const next = toks[end]
    // After an honorific a form of address without the class bit may go on the chain ("H.E. Eng.").
    if (next?.kind !== 'word' || !next.spaced || !(next.flags & titleFirst || honorific)) return end
    if (!honorific && !(academic.test(next.value) && academic.test(toks[end - 1]!.value))) return end
    const stacked = honorificEnd(toks, end)
    if (stacked === undefined) return end
    end = stacked
    honorific = true
  }
  return end
}

const academic = /^(?:Professor|Prof\.?|Dr\.?)$/
