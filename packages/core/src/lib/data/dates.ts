/**
 * Month and weekday names and relative date words, for reading dates such as "March 8", "Sept. 8, 2021",
 * "on Monday" and "yesterday morning".
 *
 * Source: English month and weekday names with the abbreviations of the AP, Chicago and Oxford styles.
 * Month and weekday names are proper nouns and are keyed as written ("May" the month, not "may" the verb);
 * relative words are keyed in lower case.
 */

/** Month names and abbreviations, with and without the full stop → month number 1–12. */
// biome-ignore format: packed data
export const months: ReadonlyMap<string, number> = new Map([
  ['January', 1], ['Jan', 1], ['Jan.', 1], ['February', 2], ['Feb', 2], ['Feb.', 2], ['March', 3], ['Mar', 3],
  ['Mar.', 3], ['April', 4], ['Apr', 4], ['Apr.', 4], ['May', 5], ['June', 6], ['Jun', 6], ['Jun.', 6],
  ['July', 7], ['Jul', 7], ['Jul.', 7], ['August', 8], ['Aug', 8], ['Aug.', 8], ['September', 9], ['Sept', 9],
  ['Sept.', 9], ['Sep', 9], ['Sep.', 9], ['October', 10], ['Oct', 10], ['Oct.', 10], ['November', 11],
  ['Nov', 11], ['Nov.', 11], ['December', 12], ['Dec', 12], ['Dec.', 12],
])

/** Full weekday names → ISO weekday number (Monday 1 … Sunday 7). */
// biome-ignore format: packed data
export const weekdays: ReadonlyMap<string, number> = new Map([
  ['Monday', 1], ['Tuesday', 2], ['Wednesday', 3], ['Thursday', 4], ['Friday', 5], ['Saturday', 6],
  ['Sunday', 7],
])

/**
 * Weekday abbreviations → ISO weekday number. "Sun" is also a Chinese surname and "Sat", "Wed" English
 * words, so trust them only next to a date.
 */
// biome-ignore format: packed data
export const weekdayAbbreviations: ReadonlyMap<string, number> = new Map([
  ['Mon', 1], ['Mon.', 1], ['Tue', 2], ['Tue.', 2], ['Tues', 2], ['Tues.', 2], ['Wed', 3], ['Wed.', 3],
  ['Thu', 4], ['Thu.', 4], ['Thur', 4], ['Thur.', 4], ['Thurs', 4], ['Thurs.', 4], ['Fri', 5], ['Fri.', 5],
  ['Sat', 6], ['Sat.', 6], ['Sun', 7], ['Sun.', 7],
])

/** The unit a relative date word moves by. */
export type DateUnit = 'day' | 'week' | 'month' | 'year'

/** How far a relative date word lies from the date of the article. */
export interface DateOffset {
  /** The unit of `offset`. */
  readonly unit: DateUnit
  /** Signed number of units from the article's date: -1 is the previous day, week, month or year. */
  readonly offset: number
}

const at = (unit: DateUnit, offset: number): DateOffset => ({ unit, offset })

/**
 * Relative date words and phrases, lower case → offset from the article's date ("yesterday" is one day
 * back). Words relative to another date in the text ("the next day") are measured from that date instead.
 */
// biome-ignore format: packed data
export const relativeDates: ReadonlyMap<string, DateOffset> = new Map([
  ['the day before yesterday', at('day', -2)], ['yesterday', at('day', -1)], ['last night', at('day', -1)],
  ['today', at('day', 0)], ['tonight', at('day', 0)], ['this morning', at('day', 0)],
  ['this afternoon', at('day', 0)], ['this evening', at('day', 0)], ['tomorrow', at('day', 1)],
  ['the day after tomorrow', at('day', 2)],
  ['the previous day', at('day', -1)], ['the day before', at('day', -1)], ['the same day', at('day', 0)],
  ['that day', at('day', 0)], ['the next day', at('day', 1)], ['the following day', at('day', 1)],
  ['the day after', at('day', 1)], ['last week', at('week', -1)], ['this week', at('week', 0)],
  ['next week', at('week', 1)], ['last weekend', at('week', -1)], ['this weekend', at('week', 0)],
  ['next weekend', at('week', 1)], ['the previous week', at('week', -1)],
  ['the following week', at('week', 1)],
  ['last month', at('month', -1)], ['this month', at('month', 0)], ['next month', at('month', 1)],
  ['the previous month', at('month', -1)], ['the following month', at('month', 1)],
  ['the year before last', at('year', -2)], ['last year', at('year', -1)], ['this year', at('year', 0)],
  ['next year', at('year', 1)], ['the year after next', at('year', 2)], ['the previous year', at('year', -1)],
  ['the following year', at('year', 1)], ['the same period last year', at('year', -1)],
])

/** Parts of the day that may follow a date or relative word ("yesterday morning", "on the evening of"). */
// biome-ignore format: packed data
export const partsOfDay: ReadonlySet<string> = new Set([
  'morning', 'forenoon', 'noon', 'midday', 'afternoon', 'evening', 'night', 'midnight', 'dawn', 'dusk',
])

/**
 * Nouns of what happens on a given day, which make "today's", "yesterday's" or "tomorrow's" before them a
 * date ("today's meeting", "yesterday's opening ceremony"); before other nouns the word means the present,
 * past or future at large ("today's happy life", "tomorrow's leaders").
 */
// biome-ignore format: packed data
export const dayEventNouns: ReadonlySet<string> = new Set([
  'meeting', 'meetings', 'event', 'events', 'ceremony', 'session', 'sessions', 'conference', 'forum',
  'activity', 'activities', 'match', 'matches', 'game', 'games', 'race', 'launch', 'signing', 'opening',
  'exhibition', 'fair', 'competition', 'contest', 'talks', 'visit', 'trip', 'show', 'performance', 'concert',
  'celebration', 'briefing', 'press', 'news', 'weather', 'schedule', 'agenda', 'program', 'programme',
  'lecture', 'class', 'seminar', 'symposium', 'summit', 'parade', 'festival', 'gathering', 'rally', 'auction',
  'draw', 'flight', 'flights', 'final', 'round', 'stage', 'trading', 'vote', 'election', 'hearing',
  'training', 'drill', 'exercise', 'inspection', 'tour', 'service', 'broadcast', 'announcement', 'report',
  'edition', 'issue', 'paper', 'papers', 'sale', 'sales', 'discussion', 'dialogue', 'workshop', 'banquet',
  'reception', 'party', 'screening', 'release', 'talk', 'speech', 'interview', 'test', 'exam', 'examination',
])
