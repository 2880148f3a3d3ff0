/**
 * Common non-Chinese names met in Dalian's foreign-affairs news: Japanese and Korean surnames and Western
 * given names, so that "Keiko Sato" or "Anna Schmidt" can be recognised as a person and not read as pinyin.
 *
 * Sources: the most frequent Japanese surnames (Hepburn romanisation, macrons dropped, with the common
 * "oh"/"-oh" long-vowel spellings such as "Ohno", "Itoh"); the ~60 most frequent Korean surnames in every
 * usual romanisation (Revised, McCune–Reischauer, customary passport forms: Lee/Yi/Rhee, Park/Pak/Bak);
 * frequent English, French, German, Italian, Spanish, Nordic and Russian given names. Names that are also
 * frequent English words or place names ("Mark", "Will", "Grace", "So", "In", "Georgia", "Milan") and the
 * title "Dean" are left out. Everything is lower case: compare against a lower-cased word.
 */
import { givenNameSpellingList } from './name-spellings.js'
import { worldGivenNames } from './world-given-names.js'

/** Common Japanese surnames in Hepburn, lower case, sorted. */
// biome-ignore format: packed data
export const japaneseSurnameList = [
  'abe', 'akiyama', 'ando', 'andoh', 'aoki', 'arai', 'chiba', 'endo', 'endoh', 'fujii', 'fujimoto', 'fujita',
  'fujiwara', 'fukuda', 'fukushima', 'furukawa', 'goto', 'gotoh', 'hamada', 'hara', 'harada', 'hasegawa',
  'hashimoto', 'hattori', 'hayakawa', 'hayashi', 'higuchi', 'hirai', 'hirano', 'hirata', 'hirose', 'hirota', 'honda',
  'hori', 'horiuchi', 'hoshino', 'ichikawa', 'igarashi', 'iida', 'ikeda', 'ikegami', 'imai', 'inoue', 'ishida',
  'ishihara', 'ishii', 'ishikawa', 'ito', 'itoh', 'iwasaki', 'iwata', 'kamata', 'kaneda', 'kaneko',
  'katayama', 'kato', 'katoh', 'kawaguchi', 'kawai', 'kawakami', 'kawamura', 'kawasaki', 'kikuchi', 'kimura',
  'kinoshita', 'kishi', 'kitamura', 'kobayashi', 'kojima', 'komatsu', 'kondo', 'kondoh', 'kono', 'koyama',
  'kubo', 'kubota', 'kudo', 'kudoh', 'kurihara', 'kuroda', 'maeda', 'maruyama', 'masuda', 'matsuda', 'matsui',
  'matsumoto', 'matsumura', 'matsuo', 'matsushita', 'matsuoka', 'miura', 'miyake', 'miyamoto', 'miyazaki', 'mizuno',
  'mizutani', 'mochizuki', 'mori', 'morimoto', 'morita', 'murakami', 'murata', 'muto', 'nagai', 'nagano',
  'nagata', 'nakagawa', 'nakajima', 'nakamura', 'nakanishi', 'nakano', 'nakata', 'nakayama', 'nishida',
  'nishikawa', 'nishimura', 'nishiyama', 'noguchi', 'nomura', 'oda', 'ogawa', 'ogura', 'ohashi', 'ohkubo',
  'ohnishi', 'ohno', 'ohshima', 'ohta', 'ohtsuka', 'ohyama', 'okabe', 'okada', 'okamoto', 'okazaki', 'okubo',
  'onishi', 'ono', 'ooka', 'oota', 'oshima', 'ota', 'otsuka', 'oyama', 'ozawa', 'saito', 'saitoh', 'sakai',
  'sakamoto', 'sakurai', 'sano', 'sasaki', 'sato', 'satoh', 'sawada', 'sekiguchi', 'shibata', 'shimada',
  'shimizu', 'shimomura', 'sugawara', 'sugimoto', 'sugiyama', 'suzuki', 'taguchi', 'takada', 'takagi',
  'takahashi', 'takano', 'takayama', 'takeda', 'takemoto', 'takeuchi', 'tamura', 'tanabe', 'tanaka',
  'taniguchi', 'tomita', 'toyoda', 'tsuchiya', 'tsuda', 'tsuji', 'tsukamoto', 'uchida', 'uchiyama', 'ueda',
  'ueno', 'wada', 'watanabe', 'yamada', 'yamaguchi', 'yamamoto', 'yamanaka', 'yamane', 'yamaoka', 'yamashita', 'yamauchi',
  'yamazaki', 'yano', 'yasuda', 'yokoyama', 'yoshida', 'yoshikawa', 'yoshimura',
] as const

/** Lookup set of `japaneseSurnameList`. */
export const japaneseSurnames: ReadonlySet<string> = new Set(japaneseSurnameList)

/** Common Korean surnames in their usual romanisations (several per surname), lower case, sorted. */
// biome-ignore format: packed data
export const koreanSurnameList = [
  'ahn', 'bae', 'baek', 'bak', 'ban', 'bang', 'byeon', 'byun', 'cha', 'chae', 'chang', 'cheon', 'cho', 'choe',
  'choi', 'chu', 'chun', 'chung', 'dokgo', 'gang', 'geum', 'gil', 'gim', 'gong', 'gu', 'guk', 'gwak', 'gwon',
  'ha', 'ham', 'han', 'heo', 'hong', 'huh', 'hur', 'hwang', 'hwangbo', 'hyeon', 'hyun', 'im', 'jang', 'je',
  'jegal', 'jeon', 'jeong', 'ji', 'jin', 'jo', 'joo', 'ju', 'jun', 'jung', 'kang', 'ki', 'kim', 'ko', 'koh',
  'kong', 'koo', 'kook', 'kwak', 'kwon', 'lee', 'lim', 'ma', 'maeng', 'min', 'moon', 'mun', 'myung', 'na',
  'nam', 'namgung', 'noh', 'oh', 'paek', 'pak', 'park', 'pyo', 'rhee', 'rhie', 'roh', 'ryu', 'seo', 'seok',
  'seomun', 'seong', 'shim', 'shin', 'sim', 'sin', 'sohn', 'son', 'song', 'suh', 'sun', 'sung', 'sunwoo',
  'tak', 'wang', 'won', 'woo', 'yang', 'yeo', 'yeom', 'yi', 'yoo', 'yook', 'yoon', 'yu', 'yuk', 'yun',
] as const

/** Lookup set of `koreanSurnameList`. */
export const koreanSurnames: ReadonlySet<string> = new Set(koreanSurnameList)

/** Common Western given names, lower case, sorted. */
// biome-ignore format: packed data
export const westernGivenNameList = [
  'aaron', 'abigail', 'adam', 'adele', 'adrian', 'agnes', 'alan', 'albert', 'alessandro', 'alex', 'alexander',
  'alexandra', 'alexis', 'alfred', 'alice', 'alicia', 'alison', 'amanda', 'amelia', 'amy', 'andre', 'andrea',
  'andreas', 'andrew', 'andy', 'angela', 'angelina', 'anita', 'anna', 'anne', 'annie', 'anthony', 'antoine',
  'anton', 'antonio', 'arnold', 'arthur', 'ashley', 'audrey', 'barbara', 'ben', 'benedict', 'benjamin',
  'bernadette', 'bernard', 'beth', 'betty', 'bianca', 'bob', 'boris', 'brandon', 'brenda', 'brian', 'bridget',
  'bruce', 'bryan', 'caleb', 'cameron', 'carl', 'carlos', 'carmen', 'carol', 'caroline', 'catherine',
  'cecilia', 'celine', 'charles', 'charlie', 'charlotte', 'chris', 'christian', 'christina', 'christine',
  'christophe', 'christopher', 'claire', 'clara', 'claude', 'claudia', 'clement', 'colin', 'cornelia', 'craig',
  'cynthia', 'damien', 'daniel', 'danny', 'daphne', 'darren', 'david', 'deborah', 'deirdre', 'denise',
  'dennis', 'derek', 'diana', 'diane', 'dieter', 'dirk', 'dmitry', 'donald', 'donna', 'doris', 'dorothy',
  'douglas', 'edgar', 'edith', 'edmund', 'edward', 'eileen', 'elaine', 'eleanor', 'elena', 'elias', 'eliza',
  'elizabeth', 'ellen', 'ellie', 'elsa', 'emil', 'emilia', 'emily', 'emma', 'emmanuel', 'eric', 'erica',
  'erik', 'ernest', 'esther', 'ethan', 'eugene', 'eva', 'evan', 'evelyn', 'felix', 'fernando', 'fiona',
  'florian', 'francesca', 'francis', 'francisco', 'franco', 'francois', 'franz', 'françois', 'fred',
  'frederick', 'freya', 'gabriel', 'gabriela', 'gareth', 'gary', 'gavin', 'geoffrey', 'george', 'gerald',
  'gerhard', 'gilbert', 'giorgio', 'giovanni', 'giulia', 'giuseppe', 'gloria', 'gordon', 'graham', 'gregory',
  'greta', 'guillaume', 'gustav', 'hannah', 'hans', 'harold', 'harry', 'harvey', 'heidi', 'heinrich', 'helen',
  'helena', 'helmut', 'henry', 'herbert', 'hilary', 'howard', 'hubert', 'hugh', 'hugo', 'ian', 'ida', 'igor',
  'ilya', 'ines', 'ingrid', 'irene', 'irina', 'isaac', 'isabel', 'isabella', 'ivan', 'jacob', 'jacqueline',
  'jacques', 'james', 'jane', 'janet', 'jason', 'javier', 'jean', 'jeanne', 'jeffrey', 'jennifer', 'jens',
  'jeremy', 'jerry', 'jessica', 'joachim', 'joan', 'joanna', 'joe', 'john', 'johnny', 'jonathan', 'jorge',
  'jose', 'josef', 'joseph', 'josephine', 'joshua', 'josé', 'joyce', 'juan', 'judith', 'judy', 'juergen',
  'julia', 'julian', 'julie', 'juliet', 'jurgen', 'justin', 'jürgen', 'karen', 'karin', 'karl', 'karsten',
  'katarina', 'kate', 'katherine', 'kathleen', 'keith', 'kelly', 'kenneth', 'kevin', 'kimberly', 'klaus',
  'kurt', 'larry', 'lars', 'laura', 'lauren', 'laurent', 'lawrence', 'lena', 'leo', 'leon', 'leonard',
  'linda', 'lisa', 'lorenzo', 'louis', 'louise', 'luc', 'luca', 'lucas', 'lucy', 'luis', 'lukas', 'luke', 'lydia',
  'magnus', 'manfred', 'manuel', 'marc', 'marcel', 'marcello', 'marco', 'marcus', 'margaret', 'margot',
  'maria', 'marie', 'marilyn', 'mario', 'marion', 'markus', 'marta', 'martha', 'martin', 'mary', 'mathieu',
  'matteo', 'matthew', 'matthias', 'maurice', 'max', 'maximilian', 'megan', 'melanie', 'melissa', 'mia',
  'michael', 'michel', 'michelle', 'miguel', 'mikhail', 'miriam', 'monica', 'monique', 'nadia', 'nancy',
  'natalia', 'natalie', 'natasha', 'nathan', 'neil', 'nelson', 'nicholas', 'nicole', 'nikita', 'niklas',
  'nikolai', 'nina', 'noah', 'norbert', 'oksana', 'olaf', 'oleg', 'olga', 'oliver', 'olivia', 'oscar', 'otto',
  'pablo', 'pamela', 'paolo', 'pascal', 'patricia', 'patrick', 'paul', 'pavel', 'pedro', 'peter', 'petra',
  'philip', 'philippe', 'pierre', 'pietro', 'rachel', 'rafael', 'rainer', 'ralf', 'ralph', 'ramon', 'raphael',
  'raymond', 'rebecca', 'regina', 'reinhard', 'rene', 'renee', 'riccardo', 'richard', 'robert', 'roberto',
  'rodrigo', 'roger', 'roland', 'ronald', 'rosa', 'rudolf', 'russell', 'ruth', 'ryan', 'sabine', 'salvatore',
  'samantha', 'samuel', 'sandra', 'sandro', 'sarah', 'scott', 'sean', 'sebastian', 'sergei', 'sergey',
  'sergio', 'sharon', 'silvia', 'simon', 'simone', 'sophia', 'sophie', 'stanislav', 'stefan',
  'stefano', 'stephanie', 'stephen', 'steven', 'susan', 'sven', 'svetlana', 'sylvia', 'tatiana', 'teresa',
  'theodore', 'theresa', 'thierry', 'thomas', 'timothy', 'tobias', 'tony', 'ulrich', 'ursula', 'uwe',
  'valentina', 'valerie', 'vanessa', 'vera', 'veronica', 'victoria', 'viktor', 'vincent', 'vladimir',
  'volker', 'walter', 'walther', 'wayne', 'werner', 'wilhelm', 'william', 'wolfgang', 'xavier', 'yann',
  'yuri', 'yvonne', 'zachary', 'zoe',
] as const

// Spanish and Portuguese given names the list above lacks, written without accents (a name is looked up
// without them too: "Andrés", "João"); not those that are places as well ("Sofia", "Paulo" of "São Paulo",
// "Diego" of "San Diego", "Salvador", "Mariana", "Orlando").
// biome-ignore format: packed data
const iberianGivenNames = [
  'adriana', 'afonso', 'agustin', 'alejandra', 'alejandro', 'alfonso', 'ana', 'andres', 'beatriz', 'camila',
  'catalina', 'cristina', 'cristobal', 'daniela', 'eduardo', 'emilio', 'enrique', 'esteban', 'felipe',
  'fernanda', 'gonzalo', 'guillermo', 'gustavo', 'hector', 'ignacio', 'jaime', 'joao', 'joaquin', 'julio',
  'leticia', 'lorena', 'lucia', 'luisa', 'marcelo', 'marisol', 'mateo', 'mauricio', 'nuno', 'paola',
  'pilar', 'raul', 'renata', 'ricardo', 'rocio', 'ruben', 'tiago', 'valeria', 'vicente', 'ximena', 'yolanda',
]

// English given names Hong Kong and Macao people often go by before their Chinese names ("Queenie Ho
// Wai-man") that the list above lacks.
// biome-ignore format: packed data
const hongKongEnglishGivenNames = [
  'bonnie', 'carrie', 'connie', 'eunice', 'fanny', 'phoebe', 'priscilla', 'queenie', 'vivian', 'wendy',
  'winnie',
]

/** Lookup set of `westernGivenNameList`, with every transliteration of the Russian given names. */
export const westernGivenNames: ReadonlySet<string> = new Set([
  ...westernGivenNameList,
  ...iberianGivenNames,
  ...hongKongEnglishGivenNames,
  ...givenNameSpellingList,
  ...worldGivenNames,
])

/**
 * Surnames of Nepal, Pakistan and West Africa that no English word or place shares, so that a name no
 * given-name list knows ("Rupesh Khadka said …", "Tanveer Rizvi, director of …") looks foreign. Left out:
 * short ones and English words ("Rai", "Fall", "Sow", "Ba", "Sy", "Butt", "Malik").
 */
// biome-ignore format: packed data
export const worldSurnames: ReadonlySet<string> = new Set([
  // Nepal
  'adhikari', 'basnet', 'bhattarai', 'dahal', 'ghimire', 'gurung', 'karki', 'khadka', 'koirala', 'limbu',
  'magar', 'maharjan', 'paudel', 'pokharel', 'poudel', 'shrestha', 'subedi', 'tamang', 'thapa',
  // Pakistan
  'abbasi', 'bukhari', 'chaudhry', 'gilani', 'hashmi', 'jafri', 'kazmi', 'khattak', 'naqvi', 'niazi',
  'qureshi', 'rizvi', 'siddiqui', 'zaidi',
  // Senegal, Mali, Guinea and Côte d'Ivoire
  'cisse', 'coulibaly', 'diagne', 'diallo', 'dieng', 'diop', 'gueye', 'konate', 'mbaye', 'ndiaye', 'niang',
  'ouedraogo', 'sangare', 'thiam', 'toure', 'traore',
])

/**
 * Given names in `westernGivenNameList` that are also English words in lower case ("carol", "max"): one
 * in lower case is the word, while "irina" or "anna" in lower case is a name a translation did not
 * capitalise.
 */
// biome-ignore format: packed data
export const englishWordGivenNames: ReadonlySet<string> = new Set([
  'ben', 'bob', 'carol', 'christian', 'dirk', 'fanny', 'harry', 'jean', 'joe', 'john', 'marc', 'max', 'maxim',
  'nelson', 'pascal', 'ralph', 'roger', 'ruth', 'semen', 'victor',
])

/**
 * Endings of surnames (and the first letters of given names) that English words do not have, from the
 * languages of the visitors Dalian's news names most: Russian and other Slavic ("-ov", "-eva", "-ski",
 * "-enko", "-vich", "-shin"), Georgian and Armenian ("-dze", "-shvili", "-yan"), German ("-mann",
 * "-dorf", "-stein"), Basque and Spanish ("-etxea", "-rria", "-ez"), Italian ("-elli", "-ucci"), Greek
 * and Cypriot ("-opoulos", "-akis", "-ides", "-ou"), Turkish ("-oglu"), Kazakh and Kyrgyz ("-uly",
 * "-kyzy", "-bek"), Romanian ("-escu"), Nordic ("-sson", "-sen") and Dutch and Frisian ("-stra", "-sma",
 * "-huis", "-kamp", "-veld", and "ij" anywhere: "Dijkman"); and the Slavic starts "vs", "zd", "dm",
 * "kh", "zh". Tested on a lower-case word of five letters or more; a few English words pass ("violin",
 * "provides"), which is why a rule asks for more than this.
 */
export const foreignNameShape = new RegExp(
  '(?:ov|ova|yov|ev|eva|[csz]k(?:i|iy|y|a|aya)|enko|chuk|yuk|vich|wicz|czyk|' +
    '(?:sh|k|t|l|n|r|d|z|y)ina?|dze|shvili|yan|mann|dorf|stein|feld|bauer|hoff|hausen|meier|meyer|' +
    'etxea|goitia|rria|aga|ez|ini|elli|etti|ucci|oni|ozzi|opoulos|akis|idis|ides|ou|oglu|escu|sson|ssen|sen|' +
    'stra|sma|huis|kamp|veld|uly|kyzy|bek)$|^(?:vs|zd|dm|kh|zh)|ij',
)
