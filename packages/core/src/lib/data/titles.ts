/**
 * Official, party, diplomatic, academic and corporate titles as English translations of Chinese news write
 * them, the modifiers that build new titles from them ("Executive Vice …", "former …"), and honorifics.
 *
 * Source: the English renderings of Chinese government and party posts (市长 Mayor, 副市长 Vice Mayor,
 * 常务副市长 Executive Vice Mayor, 书记 Secretary, 秘书长 Secretary-General, 主任 Director, 董事长 Chairman
 * of the Board, 总经理 General Manager, …) used by Xinhua, China Daily and the municipal governments'
 * English sites, plus the usual English corporate and diplomatic titles. The lists hold the Title Case
 * form; the lookups also hold the lower-case form, since running text writes "vice governor of the
 * province" as often as "Vice Governor".
 */

// biome-ignore format: packed data
const titleList = [
  // government
  'Mayor', 'Vice Mayor', 'Deputy Mayor', 'Executive Vice Mayor', 'Executive Deputy Mayor', 'Acting Mayor',
  'Governor', 'Vice Governor', 'Deputy Governor', 'Executive Vice Governor', 'Acting Governor', 'County Head',
  'County Magistrate', 'District Head', 'District Mayor', 'Township Head', 'Village Head', 'Premier',
  'Vice Premier', 'State Councilor', 'State Councillor', 'Minister', 'Vice Minister', 'Deputy Minister',
  'Assistant Minister', 'Secretary-General', 'Deputy Secretary-General', 'Commissioner',
  'Deputy Commissioner', 'Administrator', 'Inspector', 'Deputy Inspector', 'Counsel', 'Counselor',
  'Counsellor', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Auditor-General', 'Procurator-General',
  'Chief Procurator', 'Chief Justice', 'President of the Court', 'Section Chief', 'Division Chief',
  'Bureau Chief', 'Department Head',
  // government abroad, as translations of foreign news write it: "Lord Mayor of Lübeck", "Deputy Akim of
  // Kostanay" (Kazakhstan), "Khokim of Namangan Region" (Uzbekistan), "Prefect of Oita", "Marshal of the
  // Voivodeship" (Poland)
  'Marshal', 'Lord Mayor', 'Lord Provost', 'Mayoress', 'Burgomaster', 'Prefect', 'Akim', 'Khokim', 'Hokim',
  'Governor-General', 'Lieutenant Governor', 'Prime Minister', 'Chief Minister', 'Minister-President',
  'Chancellor', 'State Secretary', 'Secretary of State', 'Under-Secretary', 'Undersecretary', 'Senator',
  'Councillor', 'Councilor', 'City Councillor', 'City Councilor', 'Councilmember', 'Councilman',
  'Councilwoman', 'Alderman',
  // party
  'Secretary', 'Party Secretary', 'Party Chief', 'Deputy Secretary', 'Deputy Party Secretary',
  'First Secretary', 'General Secretary', 'Party Committee Secretary', 'Party Group Secretary',
  'Secretary of the Party Group', 'Secretary of the Party Committee', 'Member of the Standing Committee',
  'Standing Committee Member', 'Member of the Political Bureau', 'Politburo Member', 'Political Commissar',
  'Head of the Organization Department', 'Head of the Publicity Department',
  'Head of the United Front Work Department',
  // legislatures and advisory bodies
  'Chairman of the Standing Committee', 'Director of the Standing Committee',
  "Deputy to the National People's Congress", 'NPC Deputy', 'CPPCC Member', 'Member',
  // diplomacy
  'Ambassador', 'Consul General', 'Deputy Consul General', 'Consul', 'Vice Consul', 'Envoy', 'Special Envoy',
  'Attaché', "Chargé d'Affaires", 'Minister Counselor', 'Chief Representative', 'Representative',
  'Attache', "Charge d'Affaires", 'Minister-Counsellor', 'Commercial Counsellor', 'Commercial Counselor',
  'Economic and Commercial Counsellor', 'Economic and Commercial Counselor', 'Political Counsellor',
  'Cultural Counsellor', 'Commercial Attaché', 'Commercial Attache', 'Military Attaché', 'Defence Attaché',
  'Second Secretary', 'Third Secretary', 'High Commissioner', 'Trade Commissioner', 'Head of Mission',
  // the full style of an ambassador and of an envoy: one title, whose words name no one
  'Ambassador Extraordinary and Plenipotentiary', 'Envoy Extraordinary and Minister Plenipotentiary',
  'Minister Plenipotentiary',
  // organisations and companies
  'President', 'Vice President', 'Executive Vice President', 'Senior Vice President', 'Chairman',
  'Chairwoman', 'Chairperson', 'Chair', 'Vice Chairman', 'Vice Chairwoman', 'Vice Chair',
  'Executive Chairman', 'Co-Chairman', 'Honorary Chairman', 'Chairman of the Board',
  'Chairman of the Board of Directors', 'Board Chairman', 'Chairman of the Board of Supervisors',
  'General Manager', 'Deputy General Manager', 'Assistant General Manager', 'Managing Director',
  // Japanese companies: 代表取締役 Representative Director, 執行役員 Executive Officer, 常務執行役員 Managing
  // Executive Officer (専務 "Senior Managing …" is the modifier "Senior" on these)
  'Representative Director', 'Executive Officer', 'Managing Executive Officer',
  // Indonesian and Vietnamese companies: Presiden Direktur "President Director", Komisaris Utama "President
  // Commissioner", Tổng giám đốc "General Director"
  'President Director', 'President Commissioner', 'General Director',
  'Executive Director', 'Director', 'Deputy Director', 'Executive Deputy Director', 'Director-General',
  'Deputy Director-General', 'Board Director', 'Independent Director', 'Board Member', 'Supervisor',
  'Chief Supervisor', 'CEO', 'COO', 'CFO', 'CTO', 'CIO', 'Chief Executive', 'Chief Executive Officer',
  'Chief Operating Officer', 'Chief Financial Officer', 'Chief Technology Officer', 'Chief Engineer',
  // the rest of the C-suite ("Chief Commercial Officer of …"): one title, so "Commercial Officer" is no one
  'Chief Commercial Officer', 'Chief Marketing Officer', 'Chief Risk Officer', 'Chief Information Officer',
  'Chief Investment Officer', 'Chief Strategy Officer', 'Chief Digital Officer', 'Chief Data Officer',
  'Chief Product Officer', 'Chief Legal Officer', 'Chief Compliance Officer', 'Chief Human Resources Officer',
  'Chief People Officer', 'Chief Administrative Officer', 'Chief Sustainability Officer',
  'Chief Innovation Officer', 'Chief Scientific Officer', 'Chief Science Officer', 'Chief Medical Officer',
  'Chief Security Officer', 'Chief Customer Officer', 'Chief Revenue Officer', 'Chief Growth Officer',
  'Chief Procurement Officer', 'Chief Supply Chain Officer', 'Chief Business Officer',
  'Chief Economist', 'Chief Accountant', 'Manager', 'Deputy Manager', 'Factory Director', 'Plant Manager',
  'Founder', 'Co-founder', 'Partner', 'Managing Partner', 'Senior Partner', 'Head', 'Deputy Head', 'Leader',
  'Deputy Leader', 'Team Leader', 'Chief', 'Deputy Chief', 'Senior Executive', 'Secretary of the Board',
  'Board Secretary',
  // academia, culture and the military
  'Dean', 'Vice Dean', 'Principal', 'Vice Principal', 'Rector', 'Vice Rector', 'Provost', 'Professor',
  // British and Commonwealth universities: the head is the "Principal and Vice-Chancellor"
  'Vice-Chancellor', 'Deputy Vice-Chancellor', 'Pro-Vice-Chancellor',
  // Nordic, German and Central European universities: a prorector is a vice-rector ("pro-rector for research")
  'Pro-Rector', 'Prorector',
  'Associate Professor', 'Academician', 'Researcher', 'Research Fellow', 'Senior Engineer', 'Curator',
  'Editor-in-Chief', 'Commander', 'Deputy Commander', 'Chief of Staff',
  // 总指挥 of a headquarters set up for a task ("commander-in-chief of the Flood Control Headquarters")
  'Commander-in-Chief', 'Deputy Commander-in-Chief', 'Music Director', 'Artistic Director',
  'Art Director',
  // ships: 船长 Captain ("Captain Liu Jun of the ro-ro ship")
  'Captain',
  // sport: 主教练 Head Coach, 领队 Team Leader; not a bare "Coach", which is also the bus in the names of
  // stations and companies ("Jinzhou Coach Station", "Dalian Coach Company") and would end them there
  'Head Coach', 'Chief Coach', 'Assistant Coach',
  // hospitals: the professional grades 主任医师 Chief Physician, 主治医师 Attending Physician …
  'Chief Physician', 'Attending Physician', 'Resident Physician', 'Chief Surgeon', 'Head Nurse',
  // courts: 审判长 Presiding Judge, 庭长 Chief Judge (of a division)
  'Judge', 'Presiding Judge', 'Chief Judge',
  // police ranks (警衔: 警监 Commissioner, 警督 Supervisor, 警司 Superintendent or Inspector, 警员 Constable),
  // with a class before them ("Third-class Police Superintendent"), and the fire and rescue ranks (消防救援衔:
  // 指挥长 Commander, 指挥员 Officer, "Senior Fire and Rescue Officer")
  'Police Officer', 'Police Constable', 'Police Inspector', 'Police Superintendent', 'Police Supervisor',
  'Police Commissioner', 'Fire and Rescue Commander', 'Fire and Rescue Officer',
  // religion: the head of a temple or a monastery and the clergy of a church
  'Abbot', 'Abbess', 'Pastor', 'Bishop', 'Archbishop', 'Reverend',
  // film, television and the web: the crew's posts and the host of a livestream ("the livestream host …")
  'Screenwriter', 'Scriptwriter', 'Livestream Host', 'Livestreaming Host', 'Live-streaming Host',
  'Live Streaming Host', 'Livestream Anchor',
  // 代表 a deputy to a people's congress, written before the name as a title ("Deputy Wen Hua said")
  'Deputy',
] as const

/** Titles in Title Case, written before or after a name ("Mayor Li", "Wang Hong, General Manager of …"). */
export const titles: readonly string[] = titleList

const acronym = /^[A-Z]{2,}$/

/** Lower-cases a title but keeps acronyms ("CEO", "NPC Deputy" → "NPC deputy"). */
function lowerTitle(title: string): string {
  return title
    .split(' ')
    .map((word) => (acronym.test(word) ? word : word.toLowerCase()))
    .join(' ')
}

/** Hyphenated titles also written with a space, and spaced ones also written with a hyphen. */
function spellings(title: string): string[] {
  const forms = [title]
  if (title.includes('-') && !title.startsWith('Co-') && !title.includes('-in-')) {
    forms.push(title.replace(/-/g, ' '))
  } else if (/^(Vice|Deputy) /.test(title)) forms.push(title.replace(' ', '-'))
  if (/ General$/.test(title)) forms.push(title.replace(/ General$/, '-General'))
  return forms
}

/**
 * Titles only written in Title Case: "Deputy Wen Hua" is a congress deputy, but "his deputy Wen Hua" says
 * whose second someone is; "Judge Wen Hua" sits on a court, but "experts judge Wen Hua the winner" is a verb.
 */
const titleCaseOnly: ReadonlySet<string> = new Set(['Deputy', 'Judge'])

/**
 * Every title spelling (Title Case, lower case, "Vice-Mayor", "Secretary General", and the lower case with
 * its first letter capitalised, as a sentence starts with it: "Police officer Ji …") → its Title Case form.
 */
export const canonicalTitle: ReadonlyMap<string, string> = new Map(
  titles.flatMap((title) =>
    titleCaseOnly.has(title)
      ? [[title, title] as const]
      : spellings(title).flatMap((form) => {
          const lower = lowerTitle(form)
          return [[form, title] as const, [lower, title] as const, [sentenceCase(lower), title] as const]
        }),
  ),
)

function sentenceCase(title: string): string {
  return title.charAt(0).toUpperCase() + title.slice(1)
}

/** Every title spelling, both cases: `canonicalTitle`'s keys. */
export const titleSet: ReadonlySet<string> = new Set(canonicalTitle.keys())

/** The most words in any title spelling, for longest-match scanning. */
export const longestTitleWords = Math.max(...[...titleSet].map((title) => title.split(' ').length))

/**
 * Words that build a new title when put before one ("Executive Vice Mayor", "former Secretary",
 * "Group Vice President"), Title Case and lower case.
 */
// biome-ignore format: packed data
export const titleModifiers: ReadonlySet<string> = new Set([
  'Executive', 'Deputy', 'Vice', 'Acting', 'Honorary', 'Former', 'Assistant', 'Associate', 'Senior', 'Chief',
  'Permanent', 'Interim', 'Founding', 'Group', 'Regional', 'Joint', 'Incoming', 'Outgoing', 'Retired',
  // the class of a police or fire and rescue rank ("Second-class Police Supervisor")
  'First-class', 'Second-class', 'Third-class', 'Fourth-class',
].flatMap((word) => [word, word.toLowerCase()]))

/**
 * Ranks that build a title only before a modifier ("First Deputy Mayor", "First Vice Premier"): not title
 * words on their own, so "First Affiliated Hospital" and "First Ring Road" stay names.
 */
export const titleRanks: ReadonlySet<string> = new Set(['First', 'first'])

export { addressHonorifics, honorifics, lowerCaseHonorifics } from './honorifics.js'

/**
 * Capitalised common nouns a title may stand before in the name of a scheme, an office or a prize ("Bay
 * Chief System", "River Chief Office", "Mayor's Cup"): never a name after the title.
 */
// biome-ignore format: packed data
export const nounsAfterTitles: ReadonlySet<string> = new Set([
  'System', 'Systems', 'Mechanism', 'Scheme', 'Program', 'Programme', 'Project', 'Plan', 'Policy', 'Model',
  'Mode', 'Platform', 'Network', 'Responsibility', 'Contract', 'Initiative', 'Campaign', 'Action', 'Award',
  'Awards', 'Prize', 'Cup', 'Trophy', 'Fund', 'Office', 'Hotline', 'Mailbox', 'Desk', 'Reception', 'Day',
  'Forum', 'Meeting', 'Conference', 'Session', 'Class', 'Team', 'Studio', 'Workshop', 'Station', 'Service',
  'Certificate', 'List', 'Table', 'Card',
  // contests and tests of a trade ("the Network Administrator Skills Competition", "the Engineer
  // Certification Exam")
  'Skills', 'Skill', 'Competition', 'Competitions', 'Contest', 'Championship', 'Certification', 'Exam',
  'Examination', 'Test', 'Training', 'Course',
])

/**
 * Nouns for a person's calling that a nationality and a name follow ("Ethiopian runner …", "Austrian
 * pianist …"): descriptions, not titles, so no role, but what comes after them is a person.
 */
// biome-ignore format: packed data
export const personDescriptors: ReadonlySet<string> = new Set([
  'runner', 'marathoner', 'sprinter', 'athlete', 'player', 'swimmer', 'skater', 'skier', 'cyclist', 'boxer',
  'champion', 'coach', 'footballer', 'goalkeeper', 'striker', 'pianist', 'violinist', 'cellist', 'guitarist',
  'singer', 'soprano', 'tenor', 'baritone', 'musician', 'composer', 'conductor', 'dancer', 'ballerina',
  'actor', 'actress', 'painter', 'sculptor', 'artist', 'photographer', 'writer', 'novelist', 'poet', 'author',
  'scholar', 'sinologist', 'scientist', 'economist', 'historian', 'architect', 'designer', 'chef',
  'entrepreneur', 'businessman', 'businesswoman', 'investor', 'diplomat', 'journalist', 'filmmaker',
  'astronaut', 'explorer', 'volunteer', 'student', 'tourist', 'expert', 'engineer', 'doctor',
])

/**
 * Callings a person's post is named by in an appositive after the name ("Li Na, a pediatrician from …",
 * "Wang Bo, a grower in …") and after a grade ("chief forecaster", "senior economist"), lower case. Not
 * titles on their own: before a name they describe ("Austrian pianist …"), and "resident", "native" or
 * "tourist" say where someone lives or comes from, not what they do.
 */
// biome-ignore format: packed data
export const occupations: ReadonlySet<string> = new Set([
  // science, engineering and the weather service
  'engineer', 'technician', 'economist', 'researcher', 'scientist', 'scholar', 'expert', 'analyst',
  'forecaster', 'meteorologist', 'statistician', 'inspector', 'designer', 'architect', 'planner', 'surveyor',
  // the sciences an institute's people work in ("a marine biologist from …", "a senior geologist")
  'biologist', 'microbiologist', 'ecologist', 'zoologist', 'botanist', 'geneticist', 'oceanographer',
  'geologist', 'geophysicist', 'geochemist', 'seismologist', 'hydrologist', 'glaciologist', 'climatologist',
  'chemist', 'biochemist', 'physicist', 'astronomer', 'astrophysicist', 'mathematician', 'agronomist',
  'archaeologist', 'paleontologist', 'palaeontologist', 'epidemiologist', 'virologist', 'ichthyologist',
  // transport and the sea
  'pilot', 'captain', 'sailor', 'seafarer', 'navigator', 'driver', 'conductor',
  // 船长 of a merchant ship as its papers write it: "the master of the tanker"
  'master',
  // a ship's sponsor, who names it at its launch ("Ms Li, the ship's godmother")
  'godmother',
  // health
  'doctor', 'physician', 'surgeon', 'pediatrician', 'paediatrician', 'dentist', 'pharmacist', 'nurse',
  'midwife', 'therapist', 'oncologist', 'cardiologist', 'radiologist', 'neurologist', 'pathologist',
  'anesthesiologist', 'anaesthetist', 'ophthalmologist', 'dermatologist', 'psychiatrist', 'obstetrician',
  // schools
  'teacher', 'lecturer', 'professor', 'tutor', 'student', 'postgraduate', 'undergraduate',
  // law, money and the state
  // 实际控制人 "actual controller" of a company, a term of court and market news
  'accountant', 'auditor', 'controller', 'lawyer', 'attorney', 'arbitrator', 'mediator', 'judge', 'prosecutor', 'policeman', 'policewoman',
  // a party's agent before a court ("the agent of the plaintiffs")
  'agent',
  'firefighter', 'diplomat', 'translator', 'interpreter', 'official', 'adviser', 'advisor', 'consultant',
  // the staff grade of international organisations ("a programme officer of the agency")
  'officer',
  // farms, sea and workshops
  'farmer', 'grower', 'fisherman', 'fisher', 'herder', 'herdsman', 'breeder', 'beekeeper', 'worker',
  'craftsman', 'artisan', 'inheritor', 'chef', 'brewer', 'brewmaster', 'winemaker', 'entrepreneur',
  'businessman', 'businesswoman', 'investor',
  // the trades of building sites, shipyards and factory floors that labour news honours ("a master welder
  // at …", "a crane operator of …", "a rebar fixer from …")
  'welder', 'electrician', 'fitter', 'pipefitter', 'operator', 'fixer', 'carpenter', 'joiner', 'plumber',
  'mason', 'bricklayer', 'plasterer', 'tiler', 'glazier', 'machinist', 'mechanic', 'riveter', 'blacksmith',
  'assembler', 'rigger', 'scaffolder', 'miner', 'docker', 'stevedore', 'courier', 'tailor',
  // press, arts and sport
  'journalist', 'reporter', 'editor', 'photographer', 'writer', 'novelist', 'poet', 'artist', 'painter',
  'sculptor', 'musician', 'pianist', 'violinist', 'singer', 'dancer', 'actor', 'actress', 'composer',
  'filmmaker', 'coach', 'athlete', 'player', 'runner', 'swimmer',
])

/**
 * Callings that are a person's work for a business or a broadcaster, a post even before a name after a
 * nationality or a place ("Greek shipowner …", "Russian anchor …", "Busan trader …"), unlike the
 * `personDescriptors` ("Kenyan runner …", "Austrian pianist …"), which only describe. Lower case.
 */
// biome-ignore format: packed data
export const postCallings: ReadonlySet<string> = new Set([
  'anchor', 'host', 'presenter', 'broadcaster', 'newscaster', 'livestreamer', 'streamer', 'blogger',
  'influencer', 'shipowner', 'shipbroker', 'merchant', 'trader', 'exporter', 'importer', 'banker',
  'distributor', 'retailer', 'wholesaler',
  // the professions a tribunal or a firm engages someone in ("German arbitrator …", "Swedish engineer …")
  'lawyer', 'attorney', 'arbitrator', 'mediator', 'engineer',
])

/**
 * Grades that make a title of a calling right after them ("chief forecaster", "senior economist",
 * "associate researcher"), both cases.
 */
// biome-ignore format: packed data
export const occupationGrades: ReadonlySet<string> = new Set([
  'Chief', 'Senior', 'Associate', 'Assistant', 'chief', 'senior', 'associate', 'assistant',
])
