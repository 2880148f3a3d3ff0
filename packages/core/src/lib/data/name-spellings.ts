/**
 * Given names that one person's name is transliterated into in more than one way, so that an article that
 * writes "Aleksandr Borisovich Kurgin" once and "Alexander Kurgin" later names one person.
 *
 * Source: the common Russian given names (the most frequent male and female names of the Russian census
 * and name registries) in the romanisations English-language news uses side by side: the BGN/PCGN and
 * passport forms ("Aleksandr", "Yevgeny", "Yuriy"), the simplified press forms ("Alexander", "Evgeny",
 * "Yuri") and the "-iy"/"-ii"/"-y" endings of "-ий". English equivalents that are other names ("Eugene"
 * for "Yevgeny", "Peter" for "Pyotr") are left out: they are translations, not spellings. Each row is one
 * name, its first spelling the key every spelling maps to; everything is lower case. "Sofia" is left out,
 * being a capital city.
 */

// biome-ignore format: packed data
const spellingRows: readonly (readonly string[])[] = [
  // men
  ['aleksandr', 'alexander', 'alexandr'],
  ['aleksei', 'alexei', 'alexey', 'aleksey', 'alexej'],
  ['anatoly', 'anatoliy', 'anatoli', 'anatolii'],
  ['andrei', 'andrey'],
  ['arkady', 'arkadiy', 'arkadi', 'arkadii'],
  ['artyom', 'artem', 'artiom'],
  ['dmitry', 'dmitri', 'dmitriy', 'dmitrii'],
  ['fyodor', 'fedor', 'feodor', 'fiodor'],
  ['gennady', 'gennadiy', 'gennadi', 'gennadii'],
  ['georgy', 'georgiy', 'georgii'],
  ['grigory', 'grigoriy', 'grigori', 'grigorii'],
  ['ilya', 'ilia'],
  ['maksim', 'maxim'],
  ['matvei', 'matvey'],
  ['mikhail', 'mihail', 'michail'],
  ['nikolai', 'nikolay', 'nikolaj'],
  ['pyotr', 'petr'],
  ['semyon', 'semen'],
  ['sergei', 'sergey', 'sergej'],
  ['valery', 'valeriy', 'valeri', 'valerii'],
  ['vasily', 'vasiliy', 'vasili', 'vasilii', 'vassily'],
  ['viktor', 'victor'],
  ['vitaly', 'vitaliy', 'vitali', 'vitalii'],
  ['vyacheslav', 'viacheslav'],
  ['yakov', 'iakov'],
  ['yegor', 'egor'],
  ['yevgeny', 'evgeny', 'yevgeniy', 'evgeniy', 'evgenii', 'yevgenii'],
  ['yuri', 'yury', 'yuriy', 'yurii', 'iurii'],
  // women
  ['aleksandra', 'alexandra'],
  ['anastasia', 'anastasiya'],
  ['darya', 'daria', 'dariya'],
  ['yekaterina', 'ekaterina'],
  ['yelena', 'elena'],
  ['yevgenia', 'evgenia', 'yevgeniya', 'evgeniya'],
  ['ksenia', 'kseniya', 'xenia'],
  ['lyudmila', 'ludmila', 'liudmila'],
  ['maria', 'mariya'],
  ['natalia', 'natalya', 'nataliya'],
  ['tatiana', 'tatyana', 'tatjana'],
  ['yulia', 'yuliya', 'iuliia'],
]

/** Every spelling of a given name in `spellingRows`, lower case → the one spelling that stands for all. */
export const givenNameSpellings: ReadonlyMap<string, string> = new Map(
  spellingRows.flatMap((row) => row.map((spelling): [string, string] => [spelling, row[0]!])),
)

/** Every spelling in `givenNameSpellings`, as a list (for checks and for the given-name lists). */
export const givenNameSpellingList: readonly string[] = spellingRows.flat()
