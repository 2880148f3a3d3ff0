/**
 * Vietnamese names written all in lower case ("pham van thuan, general director of …"), as translations
 * leave them: family name first, from the few family names most Vietnamese bear, then a middle and a
 * given name of one syllable each. Only their context tells them from English words.
 */
import { roleFollows } from './callings.js'
import { attributionAt, speechFollows } from './context-names.js'
import { matchPlace } from './gazetteer.js'
import { nameCanStartAfter } from './name-starts.js'
import { followedByHead, isAscii, type NameMatch, plainSpelling } from './name-words.js'
import type { Tok } from './tokens.js'
import { capitalised, functionWord } from './word-classes.js'
import { WordList } from './word-list.js'

/**
 * The commonest Vietnamese family names, without their diacritics (Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh,
 * Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý, Đinh, Trương, Trịnh, Đoàn, Lương, Tạ): nine in ten
 * Vietnamese bear one.
 */
// biome-ignore format: packed data
const vietnameseSurnames = new WordList([
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo',
  'duong', 'ly', 'dinh', 'truong', 'trinh', 'doan', 'luong', 'ta',
])

/** Whether `tok` may start a Vietnamese name in lower case: a Vietnamese family name in lower case. */
export function mayStartVietnameseName(tok: Tok): boolean {
  return vietnameseSurnames.has(unaccented(tok.value))
}

// One Vietnamese syllable without its diacritics: an onset, a vowel cluster and a final ("van", "hieu",
// "nguyen", "thanh"); English words of more than one syllable or with other finals fail ("said", "and").
const syllable =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/

/**
 * A Vietnamese name in lower case at `toks[index]`: a family name and two more syllables ("nguyen van
 * hieu", "tran thi lan"), where a name can start, before a comma and a role or a verb of speech. A
 * syllable that is an English function word ("le to the …") makes it none.
 */
export function lowerVietnameseName(toks: readonly Tok[], index: number): NameMatch | undefined {
  const family = toks[index]!
  if (!mayStartVietnameseName(family) || family.kind !== 'word') return undefined
  for (let at = index + 1; at < index + 3; at++) {
    const tok = toks[at]
    if (
      tok?.kind !== 'word' ||
      !tok.spaced ||
      tok.flags & functionWord ||
      !syllable.test(unaccented(tok.value))
    )
      return undefined
  }
  const to = index + 3
  if (!nameCanStartAfter(toks, index)) return undefined
  const role = toks[to]?.value === ',' && roleFollows(toks, to + 1) && !attributionAt(toks, to + 1)
  if (!role && !speechFollows(toks, to)) return undefined
  const name = `${family.value} ${toks[index + 1]!.value} ${toks[index + 2]!.value}`
  return { from: index, to, name, rule: 'person-name-by-context' }
}

// Words after which a Vietnamese name is a street's or a place's ("on Le Thanh Ton", "toured Nguyen Van Cu"):
// Vietnamese streets bear the names of people and drop "Street".
const placeWords: ReadonlySet<string> = new Set(['on', 'along', 'at', 'near', 'toured', 'via', 'into', 'off'])

/**
 * A capitalised Vietnamese name of three or four words at `toks[index]`: a Vietnamese family name and two
 * or three given-name syllables ("Truong Huu Phuc Hanh, sales director of …", "Vu Quoc Bao said"), where
 * the name ends, with a role or a verb of speech after it. Not a place ("Ho Chi Minh"), nor the start of a
 * body ("Tran Hung Dao Street"), nor a street after a word of place ("on Le Thanh Ton in …").
 */
export function vietnameseName(toks: readonly Tok[], index: number): NameMatch | undefined {
  const family = toks[index]!
  if (!(family.flags & capitalised) || !vietnameseSurnames.has(unaccented(family.lower))) return undefined
  let to = index + 1
  while (to < index + 4 && vietnameseSyllable(toks[to])) to++
  if (to < index + 3 || (toks[to]?.spaced && toks[to]!.flags & capitalised)) return undefined
  const before = toks[index - 1]
  if (
    before?.kind === 'word' &&
    before.spaced &&
    before.flags & capitalised &&
    !nameCanStartAfter(toks, index)
  )
    return undefined
  if (before?.kind === 'word' && placeWords.has(before.value)) return undefined
  if (followedByHead(toks, to) || matchPlace(toks, index)) return undefined
  const role = toks[to]?.value === ',' && roleFollows(toks, to + 1) && !attributionAt(toks, to + 1)
  if (!role && !speechFollows(toks, to)) return undefined
  const name = toks
    .slice(index, to)
    .map((tok) => tok.value)
    .join(' ')
  return { from: index, to, name, rule: 'person-name-by-context' }
}

// A capitalised, spaced given-name syllable of a Vietnamese name ("Lan", "Anh", "Thị", "Phương").
function vietnameseSyllable(tok: Tok | undefined): boolean {
  return (
    tok?.kind === 'word' &&
    tok.spaced &&
    (tok.flags & (capitalised | functionWord)) === capitalised &&
    !tok.possessive &&
    syllable.test(unaccented(tok.lower))
  )
}

// A lower-case word without its Vietnamese diacritics ("đặng" → "dang", "hương" → "huong"); most words
// have none and are returned as they are.
function unaccented(lower: string): string {
  return isAscii(lower) ? lower : plainSpelling(lower)
}
