/**
 * Joining a one-word name to the person an article named earlier with that word inside a longer foreign
 * name: "Samir Nabil Haddad … Dr. Nabil said" (an Arabic name's middle word is the one its bearer is often
 * called by), which the joins by first and last word leave as a person of its own.
 */
import { chineseSurnames } from '../data/chinese-surnames.js'
import { firstStart, type Group, moveMentions } from './groups.js'

// Lower-case words inside a name that are no name of their own: particles and the words of a father's or
// a family's name ("bin", "al", "van der").
// biome-ignore format: packed data
const linkWords: ReadonlySet<string> = new Set([
  'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'del', 'della', 'di', 'do', 'dos', 'das', 'du',
  'van', 'von', 'der', 'den', 'la', 'le', 'y', 'e', 'ben', 'ould', 'abu', 'abd',
])

// A patronymic, which no one is called by alone ("Pavel Andreyevich Lebedev").
const patronymic = /(?:ich|ovna|evna|ichna|uly|ulu|kyzy|qizi)$/

/**
 * Move the mentions of each one-word person group to the one person of three words or more whose inner
 * word it is, where that person is mentioned first and no other person's name has the word anywhere.
 */
export function mergeMiddleNames(groups: readonly Group[]): void {
  // The people each word of a longer name may stand for: one group, or `null` for two; inner words marked.
  let owners: Map<string, Group | null> | undefined
  let inner: Set<string> | undefined
  for (const group of groups) {
    if (group.type !== 'person' || group.mentions.length === 0) continue
    const words = group.name.split(' ')
    if (words.length < 2) continue
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!
      owners ??= new Map()
      const owner = owners.get(word)
      owners.set(word, owner === undefined || owner === group ? group : null)
      if (index > 0 && index < words.length - 1 && isInnerName(word)) {
        inner ??= new Set()
        inner.add(word)
      }
    }
  }
  // Most articles name no one by three words or more: nothing to do.
  if (owners === undefined || inner === undefined) return
  for (const group of groups) {
    if (group.type !== 'person' || group.mentions.length === 0 || !inner.has(group.name)) continue
    // "Director Kelby of the port bureau said": a one-word name with a title or role of its own is someone
    // the article introduces there, not the longer name's bearer again.
    if (group.mentions.some(hasRole)) continue
    const target = owners.get(group.name)
    if (!target || firstStart(target) > firstStart(group)) continue
    moveMentions(group, target)
  }
}

// Whether an inner word of a name may be what its bearer is called: no particle, initial or patronymic,
// nor a Chinese surname ("Kevin Qiao Lin": the family name of a Chinese name after an English one, which
// "Mr. Qiao" may be another person's too).
function isInnerName(word: string): boolean {
  return (
    word.length > 2 &&
    !word.endsWith('.') &&
    !linkWords.has(word) &&
    !patronymic.test(word) &&
    !chineseSurnames.has(word)
  )
}

function hasRole(named: { readonly roles: readonly unknown[] }): boolean {
  return named.roles.length > 0
}
