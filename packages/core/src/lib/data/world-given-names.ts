/**
 * Common given names of the countries Dalian's visitors come from beyond the English-, German- and
 * Russian-speaking world and the French names the Western list has, so that "Marek Novak said …" or
 * "Chinedu Okafor, chairman of …" is read as a person: France, Ireland, Scotland and Wales, Central and
 * Eastern Europe, the Balkans, the Baltics, Greece, Turkey, the Nordics, the Low Countries, Italy, the
 * Portuguese- and Spanish-speaking world, Israel, Iran, Central Asia, the Arab world, South Asia, Nepal
 * and Bhutan, South-East Asia and Africa.
 *
 * Source: general knowledge of the names most often given in each country (national registry and census
 * top-name lists, as they are reported in the press), in the ASCII spelling English-language news uses
 * ("Lukasz" for "Łukasz", "Istvan" for "István", "Huseyin" for "Hüseyin"); a name with accents is looked up
 * without them. Everything is lower case. Left out, as a rule that reads a capitalised word as a given name
 * would misread them: names that are also English words a Title Case heading capitalises ("Can", "Ion",
 * "Mate", "Edit", "Angel", "Dawn"), Chinese surnames and pinyin syllables ("Dan", "Jun", "Dian", "Wan"),
 * Japanese and Korean surnames ("Jin", "Kim"), the first word of a known place ("Milan", "Santiago",
 * "Solomon", "Florence"), titles and honorifics ("Emir", "Sultan", "Nana"), months, weekdays and company
 * words ("Jan", "Mart"); `test/world-given-names.test.ts` checks the list against the repository's lists.
 */

// biome-ignore format: packed data
const groups: Readonly<Record<string, readonly string[]>> = {
  polish: [
    'agata', 'agnieszka', 'alicja', 'andrzej', 'artur', 'bartosz', 'beata', 'bogdan', 'bozena', 'czeslaw',
    'damian', 'danuta', 'dariusz', 'dawid', 'dominika', 'dorota', 'edyta', 'elzbieta', 'ewa', 'grazyna',
    'grzegorz', 'halina', 'henryk', 'iwona', 'izabela', 'jacek', 'jadwiga', 'jakub', 'janusz', 'jaroslaw',
    'jerzy', 'jolanta', 'justyna', 'kamil', 'karolina', 'katarzyna', 'kazimierz', 'kinga', 'krystyna',
    'krzysztof', 'leszek', 'lucyna', 'lukasz', 'maciej', 'magdalena', 'malgorzata', 'marcin', 'marek',
    'mariola', 'mariusz', 'mateusz', 'michal', 'miroslaw', 'patryk', 'pawel', 'piotr', 'przemyslaw',
    'radoslaw', 'rafal', 'ryszard', 'slawomir', 'stanislaw', 'sylwia', 'szymon', 'tadeusz', 'tomasz',
    'urszula', 'waldemar', 'weronika', 'wieslaw', 'wiktoria', 'witold', 'wojciech', 'zbigniew', 'zdzislaw',
    'zofia', 'zuzanna', 'zygmunt',
  ],
  czechAndSlovak: [
    'alena', 'barbora', 'blanka', 'bohumil', 'dagmar', 'dusan', 'eliska', 'frantisek', 'hana', 'ivana',
    'iveta', 'jana', 'jarmila', 'jaroslav', 'jaroslava', 'jitka', 'jozef', 'juraj', 'karel', 'katerina',
    'klara', 'kristyna', 'ladislav', 'lenka', 'libor', 'lubomir', 'lucie', 'marek', 'marketa', 'martina',
    'matej', 'michaela', 'milos', 'miroslav', 'miroslava', 'ondrej', 'pavla', 'radek', 'radim', 'radka',
    'sarka', 'tereza', 'tomas', 'vaclav', 'veronika', 'vit', 'vlasta', 'vojtech', 'zbynek', 'zdenek',
    'zdenka', 'zuzana',
  ],
  balkan: [
    // Serbian, Croatian, Bosnian, Montenegrin, Slovene and Macedonian
    'adnan', 'aleksandar', 'amra', 'azra', 'biljana', 'bojan', 'bostjan', 'branka', 'branko', 'damir',
    'darko', 'dejan', 'dragan', 'dragana', 'dusica', 'edin', 'elvir', 'emina', 'goran', 'gordana', 'haris',
    'hrvoje', 'ivica', 'jasmina', 'jelena', 'josip', 'jovan', 'jovana', 'jure', 'kresimir', 'lejla',
    'ljiljana', 'luka', 'marija', 'marko', 'milena', 'milica', 'mirjana', 'mladen', 'mojca', 'natasa',
    'nebojsa', 'nenad', 'nikola', 'petar', 'predrag', 'primoz', 'sanja', 'sasa', 'selma', 'senad', 'slavica',
    'slobodan', 'snezana', 'spela', 'srdjan', 'tijana', 'tomislav', 'urska', 'vesna', 'vuk', 'zeljko', 'ziga',
    'zoran', 'zorica',
    // Bulgarian
    'boyko', 'desislava', 'dimitar', 'galina', 'georgi', 'gergana', 'hristo', 'ivanka', 'kiril', 'krasimir',
    'lyubomir', 'petya', 'plamen', 'rositsa', 'rumen', 'stoyan', 'svetla', 'todor', 'tsvetan', 'tsvetelina',
    'yordanka',
    // Albanian
    'agron', 'arben', 'artan', 'besnik', 'blerina', 'dritan', 'elira', 'erion', 'fatos', 'gezim', 'ilir',
    'mimoza', 'valbona', 'vjosa',
  ],
  ukrainianAndRussian: [
    'alina', 'andriy', 'bohdan', 'daryna', 'denys', 'dmytro', 'halyna', 'hryhoriy', 'ihor', 'inna', 'iryna',
    'kateryna', 'khrystyna', 'kirill', 'konstantin', 'larisa', 'larysa', 'leonid', 'lesya', 'liliya',
    'lyubov', 'lyudmyla', 'maksym', 'mykhailo', 'mykola', 'nadezhda', 'nadiya', 'oleh', 'oleksandr',
    'oleksiy', 'olena', 'olha', 'ostap', 'pavlo', 'petro', 'polina', 'raisa', 'ruslan', 'rustam', 'serhiy',
    'solomiya', 'stepan', 'svitlana', 'taras', 'tetiana', 'timur', 'ulyana', 'vadim', 'vadym', 'valentyna',
    'vasyl', 'viktoriya', 'volodymyr', 'vsevolod', 'yana', 'yaroslav', 'zinaida', 'zoya',
  ],
  baltic: [
    // Lithuanian, Latvian and Estonian
    'aiste', 'algirdas', 'andris', 'andrius', 'arvydas', 'ausra', 'baiba', 'daiva', 'darius', 'dovile',
    'edgars', 'egidijus', 'egle', 'gediminas', 'giedre', 'gintare', 'ieva', 'ilze', 'indrek', 'inese',
    'ingrida', 'jaan', 'janis', 'jonas', 'jurgita', 'juris', 'kadri', 'kaspars', 'kersti', 'kestutis', 'liis',
    'maarja', 'mantas', 'margus', 'maris', 'mindaugas', 'peeter', 'peteris', 'piret', 'povilas', 'priit',
    'raivis', 'rimantas', 'ruta', 'saulius', 'tiit', 'toomas', 'triin', 'urmas', 'valdis', 'vytautas',
  ],
  hungarian: [
    'akos', 'andras', 'aniko', 'attila', 'balazs', 'bence', 'boglarka', 'csaba', 'erzsebet', 'eszter',
    'ferenc', 'gabor', 'gergely', 'gyorgy', 'ilona', 'imre', 'istvan', 'janos', 'jozsef', 'judit', 'katalin',
    'krisztian', 'krisztina', 'laszlo', 'levente', 'miklos', 'nikolett', 'orsolya', 'reka', 'sandor',
    'szilvia', 'tamas', 'tibor', 'timea', 'zoltan', 'zsofia', 'zsolt', 'zsuzsanna',
  ],
  romanian: [
    'alexandru', 'anca', 'andreea', 'bogdan', 'catalin', 'claudiu', 'constantin', 'corina', 'cosmin',
    'costel', 'doina', 'dragos', 'dumitru', 'florentina', 'florin', 'georgiana', 'gheorghe', 'ileana',
    'ioana', 'ionut', 'iulia', 'iulian', 'liviu', 'loredana', 'lucian', 'madalina', 'mihaela', 'mircea',
    'nicolae', 'nicoleta', 'oana', 'ovidiu', 'radu', 'raluca', 'ramona', 'razvan', 'roxana', 'sorin',
    'traian', 'vasile', 'viorica',
  ],
  greek: [
    'aikaterini', 'alexandros', 'angeliki', 'antonis', 'apostolos', 'athanasios', 'christos', 'despina',
    'dimitra', 'dimitrios', 'dimitris', 'eirini', 'eleni', 'evangelia', 'evangelos', 'fotini', 'georgios',
    'giannis', 'giorgos', 'ioanna', 'ioannis', 'konstantina', 'konstantinos', 'kostas', 'kyriakos', 'manolis',
    'nikolaos', 'nikos', 'panagiota', 'panagiotis', 'panos', 'paraskevi', 'petros', 'spyridon', 'stavros',
    'stavroula', 'stefanos', 'stelios', 'theodora', 'theodoros', 'vangelis', 'vasiliki', 'vasilios', 'yannis',
  ],
  turkish: [
    'ahmet', 'aylin', 'ayse', 'baris', 'burak', 'burcu', 'canan', 'cem', 'derya', 'dilek', 'ebru', 'elif',
    'emine', 'emre', 'erkan', 'esra', 'fatih', 'fatma', 'gamze', 'hakan', 'halil', 'hatice', 'hulya',
    'huseyin', 'kemal', 'levent', 'mehmet', 'mert', 'merve', 'murat', 'oguz', 'omer', 'onur', 'orhan',
    'osman', 'ozan', 'ozlem', 'ramazan', 'recep', 'seda', 'selim', 'selin', 'serkan', 'sevgi', 'sibel',
    'suleyman', 'tolga', 'tugba', 'volkan', 'yasemin', 'zeynep',
  ],
  nordic: [
    // Swedish, Norwegian, Danish, Finnish and Icelandic
    'anders', 'anneli', 'annika', 'antti', 'arne', 'astrid', 'bengt', 'birgitta', 'bjorn', 'camilla', 'ebba',
    'eeva', 'einar', 'eirik', 'elin', 'fredrik', 'frida', 'geir', 'goran', 'gudrun', 'gunilla', 'gunnar',
    'haakon', 'heikki', 'helga', 'henrik', 'ingvar', 'janne', 'jari', 'jesper', 'johan', 'johanna', 'jorgen',
    'juha', 'jukka', 'kasper', 'kerstin', 'kjell', 'knut', 'kristin', 'leif', 'liisa', 'linnea', 'mads',
    'maija', 'marit', 'markku', 'matti', 'mette', 'mikael', 'mikkel', 'mikko', 'minna', 'morten', 'niels',
    'nils', 'olof', 'paivi', 'pekka', 'petri', 'ragnhild', 'rasmus', 'riikka', 'sigrid', 'sigurd', 'solveig',
    'soren', 'stig', 'tiina', 'timo', 'torbjorn', 'tove', 'trond', 'tuomas', 'ulla',
  ],
  dutchAndFlemish: [
    'annelies', 'anouk', 'arjen', 'bram', 'daan', 'femke', 'geert', 'gerrit', 'gert', 'hanneke', 'hendrik',
    'henk', 'ilse', 'jasper', 'jelle', 'jeroen', 'johannes', 'joost', 'joris', 'katrien', 'kees', 'koen',
    'lieke', 'luuk', 'maarten', 'marieke', 'marleen', 'mieke', 'pieter', 'ruud', 'sanne', 'saskia', 'sjoerd',
    'stijn', 'thijs', 'veerle', 'willem', 'wim', 'wouter',
  ],
  // French given names the Western list lacks ("Hervé", "Loïc", "Benoît", the "Yves" of "Jean-Yves").
  french: [
    'arnaud', 'aurelien', 'baptiste', 'benoit', 'cedric', 'didier', 'elodie', 'etienne', 'frederic', 'gael',
    'genevieve', 'gilles', 'helene', 'herve', 'jerome', 'loic', 'ludovic', 'maelle', 'margaux', 'mathilde',
    'nathalie', 'olivier', 'regis', 'remi', 'sebastien', 'severine', 'solene', 'sylvie', 'thibault',
    'veronique', 'yannick', 'yves',
  ],
  italian: [
    'alberto', 'alessandra', 'alessio', 'antonella', 'beatrice', 'carlo', 'caterina', 'chiara', 'claudio',
    'daniele', 'dario', 'davide', 'edoardo', 'eleonora', 'elisa', 'elisabetta', 'emanuela', 'emanuele',
    'enrico', 'fabio', 'fabrizio', 'federica', 'federico', 'filippo', 'francesco', 'gabriele', 'giacomo',
    'gianluca', 'gianni', 'giovanna', 'ilaria', 'leonardo', 'luigi', 'manuela', 'massimo', 'maurizio',
    'mauro', 'michela', 'michele', 'nicola', 'nicoletta', 'patrizia', 'piero', 'raffaella', 'roberta',
    'serena', 'simona', 'stefania', 'tommaso', 'valerio', 'vincenzo',
  ],
  portugueseAndBrazilian: [
    'ademir', 'agostinho', 'aline', 'andreia', 'augusta', 'augusto', 'bento', 'bruna', 'bruno', 'caio',
    'catarina', 'cleber', 'cristiane', 'davi', 'debora', 'diogo', 'domingos', 'duarte', 'edilson', 'edson',
    'enzo', 'evandro', 'fabiana', 'fabiano', 'fabricio', 'filipa', 'filipe', 'flavio', 'gilberto', 'gilmar',
    'goncalo', 'guilherme', 'heitor', 'henrique', 'inacio', 'isabela', 'jair', 'joana', 'joaquim', 'joelma',
    'juliana', 'jussara', 'larissa', 'leandro', 'leonor', 'luana', 'luciana', 'luiza',
    'madalena', 'mafalda', 'marcio', 'marcos', 'margarida', 'matheus', 'murilo', 'otavio', 'priscila',
    'raquel', 'renato', 'rita', 'rogerio', 'ronaldo', 'rosana', 'sebastiao', 'sonia', 'susana', 'tatiane',
    'thiago', 'valdir', 'vinicius', 'vitor',
  ],
  spanishAndLatinAmerican: [
    'adolfo', 'agustina', 'alfredo', 'alvaro', 'armando', 'arturo', 'aurelio', 'bautista', 'benito',
    'bernardo', 'camilo', 'cesar', 'consuelo', 'emiliano', 'ernesto', 'estela', 'eugenia', 'ezequiel',
    'fabiola', 'facundo', 'florencia', 'gaston', 'gerardo', 'graciela', 'hernan', 'horacio', 'humberto',
    'jimena', 'josefina', 'lautaro', 'leonel', 'liliana', 'lionel', 'macarena', 'marcela', 'marisa', 'matias',
    'maximiliano', 'micaela', 'nahuel', 'nicolas', 'octavio', 'osvaldo', 'patricio', 'rafaela', 'ramiro',
    'reinaldo', 'rigoberto', 'rogelio', 'romina', 'silvina', 'soledad', 'tomas', 'viviana', 'yesenia',
    'elvira', 'rodolfo', 'alonso', 'amparo', 'mirta', 'rosalba', 'nubia', 'myriam', 'zoila',
    'milagros', 'yaneth', 'wilfredo', 'alcides', 'ulises', 'gladys', 'mireya', 'hilda', 'irma', 'esperanza',
    'socorro', 'maritza', 'dolores', 'guadalupe',
  ],
  hebrew: [
    'avi', 'avraham', 'ayelet', 'binyamin', 'boaz', 'efrat', 'ehud', 'eitan', 'gideon', 'hila', 'ido', 'ilan',
    'inbal', 'itai', 'keren', 'liat', 'limor', 'menachem', 'michal', 'moshe', 'naama', 'nir', 'noam', 'ofer',
    'oren', 'osnat', 'reuven', 'rivka', 'ronit', 'shimon', 'shira', 'shlomo', 'shoshana', 'sigal', 'tamar',
    'uri', 'yaakov', 'yael', 'yair', 'yehuda', 'yigal', 'yitzhak', 'yonatan', 'yosef', 'yuval',
  ],
  persian: [
    'alireza', 'arash', 'azadeh', 'babak', 'bahram', 'behrouz', 'dariush', 'ebrahim', 'elham', 'farhad',
    'farnaz', 'fatemeh', 'hamed', 'hamidreza', 'hossein', 'javad', 'kaveh', 'kourosh', 'mahnaz', 'mahsa',
    'majid', 'marjan', 'maryam', 'masoud', 'mehdi', 'mohsen', 'mojtaba', 'morteza', 'narges', 'nasrin',
    'nazanin', 'neda', 'niloufar', 'parisa', 'parviz', 'reza', 'roya', 'sepideh', 'shirin', 'vahid',
    'yasaman',
  ],
  arabic: [
    'abdel', 'abdelkader', 'abdul', 'abdulaziz', 'abdulla', 'abdullah', 'abdulrahman', 'abeer', 'adel',
    'ahmad', 'ahmed', 'aisha', 'amal', 'amina', 'amine', 'amr', 'ashraf', 'asma', 'ayman', 'bassam', 'dalia',
    'emad', 'fadi', 'fahad', 'faisal', 'fatima', 'ghada', 'hamad', 'hamdi', 'hamid', 'hassan', 'hatem',
    'hazem', 'hisham', 'hoda', 'hussein', 'ibrahim', 'imad', 'iman', 'jamal', 'karim', 'khadija', 'khaled',
    'khalid', 'latifa', 'layla', 'leila', 'lubna', 'magdy', 'mahmoud', 'majed', 'manal', 'mariam', 'marwan',
    'mohamed', 'mohammad', 'mohammed', 'mounir', 'mourad', 'muhammad', 'mustafa', 'nabil', 'nadine', 'najla',
    'nasser', 'noura', 'omar', 'osama', 'rachid', 'rami', 'rania', 'rasha', 'rashid', 'reem', 'saeed',
    'saleh', 'salma', 'sami', 'samir', 'samira', 'sawsan', 'sherif', 'suha', 'tariq', 'wael', 'waleed',
    'walid', 'yacine', 'yasmin', 'yasmine', 'yasser', 'yousef', 'youssef', 'zeinab', 'ziad',
  ],
  southAsian: [
    // India and Nepal
    'abhishek', 'aditi', 'aditya', 'ajay', 'alok', 'amit', 'anand', 'anil', 'anjali', 'anupam', 'arjun',
    'arun', 'ashish', 'ashok', 'bikash', 'binod', 'bishnu', 'deepak', 'dinesh', 'divya', 'ganesh', 'gaurav',
    'geeta', 'girish', 'gopal', 'gopinath', 'harish', 'harsha', 'kavita', 'kavya', 'kiran', 'lakshman',
    'lakshmi', 'laxmi', 'madhav', 'mahesh', 'manish', 'manoj', 'meera', 'mukesh', 'murali', 'narayan',
    'naresh', 'neha', 'nikhil', 'nisha', 'nitin', 'pankaj', 'pooja', 'pradeep', 'prakash', 'prasad', 'priya',
    'pushpa', 'radha', 'raghav', 'raghu', 'rahul', 'rajendra', 'rajesh', 'rajiv', 'rakesh', 'ramachandra',
    'ramesh', 'ravi', 'rekha', 'rohit', 'roshan', 'sachin', 'sameer', 'sandeep', 'sanjay', 'sanjeev',
    'santosh', 'sarita', 'satish', 'shankar', 'shreya', 'siddharth', 'sneha', 'srinivas', 'sriram', 'subhash',
    'sudhir', 'sunil', 'sunita', 'suresh', 'sushil', 'usha', 'varun', 'venkat', 'venkatesh', 'vijay',
    'vikram', 'vinod', 'vivek', 'yogesh',
    // Sri Lanka
    'chaminda', 'chathura', 'dilini', 'dilshan', 'gamini', 'kasun', 'lasith', 'mahela', 'nimal', 'nuwan',
    'ranjith', 'ruwan', 'sanath', 'tharindu', 'thilini', 'upul',
  ],
  pakistaniAndBangladeshi: [
    // Pakistan
    'aamir', 'adeel', 'afzal', 'ahsan', 'altaf', 'amjad', 'arif', 'arshad', 'asif', 'atif', 'ayesha', 'azhar',
    'bilal', 'bushra', 'farooq', 'fawad', 'ghulam', 'habib', 'haroon', 'iftikhar', 'imran', 'irfan', 'javed',
    'junaid', 'kamran', 'khurram', 'mehwish', 'nadeem', 'naeem', 'naveed', 'nawaz', 'pervaiz', 'rizwan',
    'sadia', 'saima', 'sajid', 'sajjad', 'saleem', 'sarfraz', 'shafqat', 'shahbaz', 'shahid', 'shahzad',
    'shakeel', 'shazia', 'sohail', 'tahir', 'tanvir', 'usman', 'uzma', 'waqar', 'waseem', 'yasir', 'zafar',
    'zahid', 'zeeshan', 'zubair', 'zulfiqar', 'asad', 'faraz', 'hamza', 'hammad', 'hussain', 'mubashir',
    'owais', 'qasim', 'raheel', 'talha', 'umair', 'waqas',
    // Bangladesh
    'aminul', 'anisur', 'ashraful', 'atiqur', 'farhana', 'habibur', 'kamal', 'kamrul', 'mahbub', 'mahbubur',
    'mahmudul', 'masud', 'mizanur', 'monirul', 'mostafizur', 'nasreen', 'nazrul', 'rafiq', 'rafiqul',
    'rezaul', 'saiful', 'shafiqul', 'shahidul', 'shamim', 'shamsul', 'sirajul', 'taslima', 'towhid', 'ziaur',
  ],
  southEastAsian: [
    // Indonesia and Malaysia
    'agung', 'agus', 'ahmad', 'aminah', 'ayu', 'azlan', 'azman', 'bambang', 'budi', 'dewi', 'eko', 'fajar',
    'fauzi', 'fitri', 'hafiz', 'hendra', 'hidayat', 'indra', 'intan', 'iwan', 'joko', 'ketut', 'khairul',
    'kurniawan', 'lestari', 'noraini', 'norhayati', 'nurul', 'nyoman', 'putri', 'ratna', 'rizky', 'rosli',
    'rudi', 'setiawan', 'siti', 'slamet', 'surya', 'taufik', 'teguh', 'wahyu', 'wayan', 'yuni', 'zainal',
    'zulkifli',
    // the Philippines
    'analyn', 'arnel', 'corazon', 'danilo', 'edgardo', 'efren', 'imelda', 'jocelyn', 'lourdes', 'maricel',
    'marivic', 'mylene', 'reynaldo', 'rolando', 'romeo', 'rowena', 'teodoro',
    // Thailand
    'apichart', 'arunee', 'chatchai', 'jintana', 'kanokwan', 'kittisak', 'malee', 'nattapong', 'pornchai',
    'pranee', 'prasert', 'ratana', 'sasithorn', 'siriporn', 'sombat', 'somchai', 'sompong', 'somporn',
    'somsak', 'sunisa', 'supachai', 'surachai', 'thanawat', 'wanida', 'wichai',
  ],
  eastAfrican: [
    // Swahili, Kikuyu, Luo and Kalenjin
    'achieng', 'akinyi', 'amani', 'athumani', 'atieno', 'bakari', 'baraka', 'chebet', 'halima', 'hamisi',
    'imani', 'juma', 'kamau', 'mwajuma', 'mwangi', 'neema', 'njeri', 'njoroge', 'ochieng', 'odhiambo',
    'omari', 'otieno', 'ramadhani', 'rehema', 'shabani', 'wambui', 'wanjiku', 'wanjiru', 'zawadi',
    // Amharic and Tigrinya
    'abebe', 'alemayehu', 'alemu', 'almaz', 'berhanu', 'dawit', 'ermias', 'genet', 'getachew', 'girma',
    'hiwot', 'kebede', 'mahlet', 'mekonnen', 'meseret', 'mesfin', 'mulugeta', 'tadesse', 'tesfaye',
    'tewodros', 'tigist', 'tsegaye', 'yohannes', 'yonas',
  ],
  westAfrican: [
    // Yoruba
    'abimbola', 'adebayo', 'adeola', 'adewale', 'ayodele', 'babatunde', 'biodun', 'bukola', 'damilola',
    'femi', 'folasade', 'funke', 'funmilayo', 'gbenga', 'kayode', 'kehinde', 'kunle', 'olumide', 'olusegun',
    'oluwafemi', 'oluwaseun', 'segun', 'taiwo', 'temitope', 'titilayo', 'toyin', 'tunde', 'yetunde',
    // Igbo
    'adaeze', 'amaka', 'chiamaka', 'chidi', 'chinedu', 'chinonso', 'chinwe', 'chinyere', 'chioma', 'chukwudi',
    'chukwuemeka', 'ebere', 'emeka', 'ifeanyi', 'ifeoma', 'ikechukwu', 'ikenna', 'kelechi', 'ngozi', 'nkechi',
    'nnamdi', 'nneka', 'obinna', 'ogechi', 'oluchi', 'uchenna',
    // Hausa
    'abubakar', 'aliyu', 'aminu', 'bashir', 'binta', 'garba', 'hadiza', 'haruna', 'hauwa', 'kabiru', 'lawal',
    'musa', 'nasiru', 'salisu', 'sani', 'shehu', 'umaru',
    // Akan
    'abena', 'adwoa', 'afua', 'akosua', 'akua', 'efua', 'ekow', 'kobina', 'kofi', 'kojo', 'kwabena', 'kwadwo',
    'kwaku', 'kwame', 'kwasi', 'kweku', 'kwesi',
    // Wolof, Fula, Mandinka and Bambara (Senegal, the Gambia, Mali, Guinea, Côte d'Ivoire)
    'abdoulaye', 'aissatou', 'alassane', 'aliou', 'amadou', 'aminata', 'assane', 'babacar',
    'bakary', 'boubacar', 'cheikh', 'coumba', 'daouda', 'djibril', 'fatou', 'fatoumata', 'ibrahima',
    'kadiatou', 'khady', 'lamine', 'malick', 'mamadou', 'mame', 'mariama', 'modou', 'moussa', 'moustapha',
    'ndeye', 'oumar', 'oumou', 'ousmane', 'pape', 'rokhaya', 'sekou', 'seydou', 'souleymane', 'yacouba',
  ],
  himalayan: [
    // Nepal ("Bahadur" is the second word of many men's given names)
    'bahadur', 'bhim', 'bijay', 'bikram', 'bimal', 'bimala', 'bishal', 'bishwo', 'durga', 'gita', 'hari',
    'kamala', 'keshav', 'lhakpa', 'madan', 'mingma', 'nabin', 'pasang', 'phurba', 'rabin', 'sabina',
    'sagar', 'shyam', 'sita', 'sujan', 'suman', 'sushma', 'tenzing', 'umesh',
    // Bhutan (two given names, no family name)
    'chimi', 'choden', 'dechen', 'dorji', 'jigme', 'kezang', 'kinley', 'kinzang', 'lhamo', 'namgay',
    'ngawang', 'norbu', 'pelden', 'pema', 'penjor', 'phuntsho', 'rinchen', 'sangay', 'sonam', 'tandin',
    'tashi', 'tenzin', 'thinley', 'tshering', 'tshewang', 'ugyen', 'wangchuk', 'wangmo', 'yangchen',
    'yeshey', 'zangmo',
  ],
  celtic: [
    // Irish
    'aidan', 'aine', 'aisling', 'aoife', 'caoimhe', 'caoimhin', 'cathal', 'cian', 'ciara', 'ciaran',
    'clodagh', 'colm', 'conor', 'darragh', 'declan', 'diarmuid', 'donal', 'eamon', 'eamonn', 'eimear',
    'eoghan', 'eoin', 'fergal', 'fiachra', 'fionnuala', 'grainne', 'laoise', 'mairead', 'muireann', 'niall',
    'niamh', 'nuala', 'oisin', 'orla', 'padraig', 'peadar', 'proinsias', 'roisin', 'ronan', 'ruairi',
    'saoirse', 'seamus', 'sinead', 'siobhan', 'sorcha', 'tadhg',
    // Scottish
    'ailsa', 'alasdair', 'alastair', 'callum', 'catriona', 'eilidh', 'euan', 'ewan', 'fergus', 'hamish',
    'iain', 'kirsty', 'lachlan', 'mhairi', 'morag', 'murdo', 'ruaridh', 'seonaid',
    // Welsh
    'aled', 'angharad', 'bethan', 'carys', 'cerys', 'dafydd', 'eleri', 'emyr', 'ffion', 'geraint', 'gethin',
    'gwen', 'gwyneth', 'huw', 'ieuan', 'iolo', 'lowri', 'meirion', 'osian', 'owain', 'rhian', 'rhodri',
    'rhys', 'tegan',
  ],
  centralAsian: [
    // Kazakh and Kyrgyz
    'aibek', 'aidana', 'aigerim', 'ainur', 'ainura', 'aizada', 'aizhan', 'akbota', 'almas', 'arman', 'askar',
    'assel', 'asel', 'azamat', 'bakhyt', 'bakhytzhan', 'baurzhan', 'begaiym', 'bekzat', 'bolat', 'daniyar',
    'dariga', 'dauren', 'dinara', 'elnura', 'erlan', 'gaukhar', 'gulmira', 'gulnara', 'gulnaz', 'kairat',
    'kuanysh', 'madina', 'marat', 'meruert', 'mirlan', 'mukhtar', 'nazira', 'nurbek', 'nurlan', 'nurzhan',
    'olzhas', 'saule', 'serik', 'talgat', 'temirlan', 'tilek', 'yerbol', 'yerlan', 'yerzhan', 'zhanar',
    'zhanna', 'zhibek',
    // Uzbek, Tajik and Turkmen
    'akmal', 'bekzod', 'dilfuza', 'dilnoza', 'dilshod', 'farrukh', 'feruza', 'jamshid', 'jasur', 'kamola',
    'mokhira', 'nargiza', 'nodira', 'otabek', 'sanjar', 'sardor', 'shakhzod', 'shavkat', 'sherzod', 'ulugbek',
    'zarina', 'zukhra',
  ],
  southernAfrican: [
    // Zulu, Xhosa, Sotho and Tswana
    'andile', 'ayanda', 'bongani', 'busisiwe', 'jabulani', 'kagiso', 'karabo', 'katlego', 'lerato', 'lindiwe',
    'lungile', 'lwazi', 'mandla', 'mpho', 'naledi', 'nkosinathi', 'nokuthula', 'nomsa', 'nomvula',
    'nonhlanhla', 'palesa', 'phumzile', 'refilwe', 'sibusiso', 'sipho', 'siyabonga', 'sizwe', 'thabo',
    'thandeka', 'thandiwe', 'themba', 'thulani', 'tshepo', 'tumelo', 'xolani', 'zanele', 'zodwa',
  ],
}

/** The names of `worldGivenNames` by language or region ('polish', 'westAfrican', …). */
export const worldGivenNameGroups: Readonly<Record<string, readonly string[]>> = groups

/** Common given names from outside the Western list, lower case ASCII, each listed once. */
export const worldGivenNames: readonly string[] = [...new Set(Object.values(groups).flat())]
