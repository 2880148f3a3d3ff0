/**
 * The other large cities of the countries Dalian's news deals with most, beyond the capitals, ports and
 * sister cities of `world-cities.ts`: a partner's head office, a university, a player's club or a trade
 * fair is named by its city whatever the city's size ("founded in Angers", "will train in Rennes").
 *
 * Source: the cities of over about 150,000 people (national census figures as listed by Wikipedia's
 * "List of cities in …" pages) of Japan, South Korea, Russia, the EU countries, the United Kingdom, the
 * United States, Canada, Australia, New Zealand, South-East Asia and South Asia, and of about 300,000 people of
 * Africa, the Middle East, Turkey, Central Asia and Latin America, with a few smaller ones
 * Dalian's trade names often (the Russian Far East's ports and border crossings, Vietnam's border cities,
 * Silicon Valley's, the ports of Africa, the Gulf and South America, the coffee and tea towns of East Africa).
 * Accented names are also listed without their accents. Left out, as in
 * `world-cities.ts`, because a known place is never read as a person's name or as the word: names that are
 * common English words ("Reading", "Mobile", "Phoenix", "Buffalo", "Tours", "Cork", "Hull", "Split"),
 * given names ("Charlotte", "Austin", "Regina", "Nancy", "Florence") and surnames ("Hamilton", "Darwin",
 * "Lincoln", "Cleveland", "Preston", "Bolton", "Bradford", "Dallas", "Ferrara", "Oviedo", "Korsakov"; Japan's
 * large cities, nearly all named like a surname, and Korean ones named like a given name, "Jinju"). They
 * are in `ambiguous-places.ts`, read where a place frame shows them: see `framed-places.ts`.
 */

/** Large cities outside China, by country group, in their usual English spelling. */
// biome-ignore format: packed data
export const largeCities: readonly string[] = [
  // South Korea
  'Seongnam', 'Yongin', 'Bucheon', 'Namyangju', 'Hwaseong', 'Cheonan', 'Uijeongbu', 'Siheung',
  'Paju', 'Gimpo', 'Gwangmyeong', 'Gunpo', 'Icheon', 'Gyeongsan',
  'Gyeongju', 'Iksan', 'Suncheon', 'Chungju', 'Jecheon', 'Gimcheon', 'Yangsan',
  'Seosan', 'Dangjin', 'Sacheon', 'Boryeong', 'Nonsan', 'Songdo', 'Pangyo', 'Daesan',
  // Russia, with the Far East's ports and border crossings
  'Izhevsk', 'Tolyatti', 'Togliatti', 'Makhachkala', 'Naberezhnye Chelny', 'Sterlitamak', 'Cheboksary',
  'Surgut', 'Nizhny Tagil', 'Vladikavkaz', 'Grozny', 'Magnitogorsk', 'Komsomolsk-on-Amur', 'Komsomolsk',
  'Taganrog', 'Syktyvkar', 'Nalchik', 'Shakhty', 'Dzerzhinsk', 'Orsk', 'Angarsk', 'Bratsk', 'Norilsk',
  'Petrozavodsk', 'Novokuznetsk', 'Biysk', 'Stary Oskol', 'Yoshkar-Ola', 'Nizhnevartovsk', 'Novocherkassk',
  'Podolsk', 'Balashikha', 'Khimki', 'Mytishchi', 'Lyubertsy', 'Kolomna', 'Saransk',
  'Cherepovets', 'Severodvinsk', 'Abakan', 'Kyzyl', 'Kamensk-Uralsky', 'Zlatoust', 'Miass', 'Rubtsovsk',
  'Prokopyevsk', 'Berezniki', 'Almetyevsk', 'Nizhnekamsk', 'Pyatigorsk', 'Kislovodsk', 'Nevinnomyssk',
  'Derbent', 'Khasavyurt', 'Kaspiysk', 'Novy Urengoy', 'Noyabrsk', 'Khanty-Mansiysk', 'Salekhard', 'Anadyr',
  'Tynda', 'Belogorsk', 'Achinsk', 'Kansk', 'Ust-Ilimsk', 'Neryungri', 'Sovetskaya Gavan',
  'Nikolayevsk-on-Amur', 'Kholmsk', 'Dalnegorsk', 'Partizansk', 'Bolshoy Kamen',
  'Zarubino', 'Posyet', 'Grodekovo',
  // Germany
  'Essen', 'Bochum', 'Wuppertal', 'Bielefeld', 'Gelsenkirchen', 'Mönchengladbach',
  'Monchengladbach', 'Braunschweig', 'Brunswick', 'Chemnitz', 'Aachen', 'Magdeburg', 'Freiburg', 'Krefeld',
  'Mainz', 'Erfurt', 'Oberhausen', 'Saarbrücken', 'Saarbrucken', 'Potsdam', 'Ludwigshafen',
  'Mülheim', 'Osnabrück', 'Osnabruck', 'Leverkusen', 'Darmstadt', 'Solingen', 'Regensburg',
  'Paderborn', 'Neuss', 'Ingolstadt', 'Fürth', 'Würzburg', 'Wurzburg', 'Ulm', 'Heilbronn', 'Pforzheim',
  'Göttingen', 'Gottingen', 'Bottrop', 'Reutlingen', 'Koblenz', 'Recklinghausen', 'Erlangen',
  'Remscheid', 'Trier', 'Salzgitter', 'Siegen', 'Hildesheim', 'Cottbus', 'Kaiserslautern',
  'Zwickau', 'Hanau', 'Flensburg', 'Konstanz', 'Wiesbaden', 'Augsburg',
  // France
  'Montpellier', 'Rennes', 'Reims', 'Saint-Étienne', 'Saint-Etienne', 'Toulon', 'Grenoble', 'Dijon', 'Angers',
  'Nîmes', 'Nimes', 'Villeurbanne', 'Clermont-Ferrand', 'Le Mans', 'Aix-en-Provence', 'Amiens', 'Limoges',
  'Annecy', 'Perpignan', 'Besançon', 'Besancon', 'Orléans', 'Orleans', 'Caen', 'Mulhouse', 'Avignon',
  'La Rochelle', 'Calais', 'Cannes', 'Versailles', 'Poitiers', 'Lorient', 'Saint-Nazaire', 'Bayonne',
  'Biarritz', 'Chambéry', 'Chambery', 'Troyes', 'Cherbourg', 'Montbéliard', 'Fos-sur-Mer', 'Marseilles',
  // Italy
  'Padua', 'Padova', 'Parma', 'Reggio Calabria',
  'Reggio Emilia', 'Perugia', 'Livorno', 'Ravenna', 'Cagliari', 'Foggia',
  'Sassari', 'Bergamo', 'Pescara', 'Vicenza', 'Monza', 'Trento', 'Bolzano',
  'La Spezia', 'Udine', 'Lecce', 'Gioia Tauro',
  // Spain and Portugal
  'Las Palmas', 'Alicante', 'Valladolid', 'Vigo', 'Gijón', 'Gijon',
  'Vitoria-Gasteiz', 'La Coruña', 'Coruña', 'Corunna', 'Elche', 'Badalona', 'Terrassa',
  'Sabadell', 'Móstoles', 'Mostoles', 'Santa Cruz de Tenerife', 'Pamplona', 'Almería', 'Almeria',
  'Alcalá de Henares', 'Fuenlabrada', 'Leganés', 'Getafe', 'San Sebastián', 'San Sebastian', 'Albacete',
  'Castellón', 'Logroño', 'Badajoz', 'Huelva', 'Marbella', 'Lleida', 'Tarragona', 'Cádiz', 'Cadiz',
  'Tenerife', 'Mallorca', 'Majorca', 'Ibiza', 'Funchal', 'Setúbal', 'Setubal', 'Aveiro',
  // Benelux, Central and South-East Europe
  'Hague', 'Groningen', 'Almere', 'Nijmegen', 'Apeldoorn', 'Haarlem', 'Enschede', 'Arnhem',
  'Amersfoort', 'Zaanstad', 'Zwolle', 'Maastricht', 'Leiden', 'Dordrecht', 'Delft', 'Zoetermeer', 'Charleroi',
  'Bruges', 'Namur', 'Leuven', 'Liege', 'Innsbruck', 'Klagenfurt', 'Winterthur', 'Lucerne', 'Lugano',
  'St. Gallen', 'Ostrava', 'Plzeň', 'Plzen', 'Pilsen', 'Olomouc', 'Liberec', 'Poznań', 'Poznan',
  'Bydgoszcz', 'Białystok', 'Bialystok', 'Katowice', 'Gliwice', 'Częstochowa', 'Czestochowa', 'Radom',
  'Toruń', 'Torun', 'Sosnowiec', 'Kielce', 'Rzeszów', 'Rzeszow', 'Olsztyn', 'Zabrze', 'Bytom', 'Opole',
  'Szeged', 'Miskolc', 'Pécs', 'Pecs', 'Győr', 'Gyor', 'Košice', 'Kosice', 'Maribor', 'Cluj-Napoca',
  'Timișoara', 'Timisoara', 'Iași', 'Iasi', 'Brașov', 'Brasov', 'Craiova', 'Galați', 'Galati', 'Ploiești',
  'Ploiesti', 'Oradea', 'Plovdiv', 'Patras', 'Heraklion', 'Nicosia', 'Limassol', 'Valletta', 'Kragujevac',
  'Banja Luka', 'Tuzla', 'Durrës', 'Durres',
  // Northern Europe and Ireland
  'Uppsala', 'Västerås', 'Vasteras', 'Örebro', 'Orebro', 'Linköping', 'Linkoping', 'Helsingborg', 'Luleå',
  'Lulea', 'Odense', 'Aalborg', 'Esbjerg', 'Espoo', 'Vantaa', 'Oulu', 'Trondheim',
  'Narvik', 'Kirkenes', 'Tartu', 'Daugavpils', 'Šiauliai', 'Siauliai', 'Limerick',
  'Waterford',
  // United Kingdom
  'Leicester', 'Stoke-on-Trent', 'Wolverhampton', 'Plymouth',
  'Portsmouth', 'Swansea', 'Sunderland', 'Northampton', 'Luton', 'Bournemouth',
  'Middlesbrough', 'Oxford', 'Cambridge', 'Dundee', 'Inverness', 'Exeter', 'Ipswich', 'Gloucester',
  'Cheltenham', 'Huddersfield', 'Blackpool', 'Peterborough', 'Stockport', 'Swindon', 'Derry',
  'Londonderry', 'Lisburn', 'Wrexham', 'Immingham', 'Tilbury', 'Harwich', 'Grimsby', 'Teesside',
  // United States
  'Jacksonville', 'Fort Worth', 'El Paso', 'Louisville', 'Milwaukee', 'Albuquerque',
  'Tucson', 'Fresno', 'Omaha', 'Colorado Springs', 'Tulsa', 'Tampa', 'Wichita', 'Bakersfield',
  'Corpus Christi', 'Cincinnati', 'St. Paul', 'Saint Paul', 'Newark', 'Greensboro', 'Plano',
  'Scottsdale', 'Glendale', 'Winston-Salem', 'Chesapeake',
  'Baton Rouge', 'Spokane', 'Des Moines', 'San Bernardino', 'Modesto', 'Santa Ana', 'Fayetteville',
  'Yonkers', 'Huntsville', 'Grand Rapids', 'Amarillo', 'Akron', 'Knoxville', 'Worcester',
  'Chattanooga', 'Anaheim', 'Santa Clara', 'Palo Alto', 'Cupertino', 'Sunnyvale', 'Pasadena',
  'Tallahassee', 'Harrisburg', 'Albany', 'Springfield', 'Annapolis',
  'Syracuse', 'Princeton', 'Bellevue', 'Galveston',
  // Canada, Australia and New Zealand
  'Mississauga', 'Brampton', 'Surrey', 'Gatineau', 'Saskatoon', 'Longueuil', 'Burnaby', 'Oakville', 'Kelowna',
  'Sherbrooke', 'Moncton', 'Fredericton', 'Charlottetown', 'Whitehorse', 'Yellowknife',
  'Iqaluit', 'Guelph', 'Nanaimo', 'Wollongong', 'Geelong', 'Townsville', 'Toowoomba',
  'Ballarat', 'Bendigo', 'Rockhampton', 'Port Hedland', 'Dunedin', 'Queenstown',
  'Rotorua', 'Whangarei',
  // South-East Asia
  'Bien Hoa', 'Thu Duc', 'Buon Ma Thuot', 'Quy Nhon', 'Quang Ninh', 'Binh Duong', 'Lao Cai', 'Mong Cai',
  'Nonthaburi', 'Nakhon Ratchasima', 'Udon Thani', 'Chonburi', 'Krabi', 'Ayutthaya', 'Chiang Rai',
  'Petaling Jaya', 'Seremban', 'Klang', 'Kota Bharu', 'Kuala Terengganu', 'Alor Setar', 'Sandakan',
  'Putrajaya', 'Cyberjaya', 'Bintulu', 'Sibu', 'Tawau', 'Tangerang', 'Bekasi', 'Depok', 'Palembang', 'Bogor',
  'Pekanbaru', 'Padang', 'Malang', 'Samarinda', 'Balikpapan', 'Banjarmasin', 'Pontianak', 'Manado',
  'Yogyakarta', 'Surakarta', 'Cirebon', 'Kupang', 'Ambon', 'Jayapura', 'Caloocan', 'Zamboanga', 'Taguig',
  'Pasig', 'Makati', 'Antipolo', 'Cagayan de Oro', 'Iloilo', 'Bacolod', 'Baguio', 'Batangas', 'Mandaue',
  'Lapu-Lapu', 'Parañaque', 'Paranaque', 'Pasay', 'Mawlamyine', 'Battambang', 'Kampot', 'Savannakhet',
  'Pakse', 'Boten', 'Tuas', 'Sentosa',
  // South Asia
  'Surat', 'Jaipur', 'Lucknow', 'Kanpur', 'Nagpur', 'Indore', 'Bhopal', 'Visakhapatnam', 'Patna', 'Vadodara',
  'Ludhiana', 'Agra', 'Nashik', 'Varanasi', 'Amritsar', 'Coimbatore', 'Madurai', 'Mysore', 'Mysuru', 'Noida',
  'Gurgaon', 'Gurugram', 'Faisalabad', 'Rawalpindi', 'Peshawar', 'Multan', 'Quetta', 'Khulna', 'Sylhet',
  'Pokhara',
  // India: the other cities of over about 500,000 people, the state capitals, and the ports and industrial
  // towns of its trade ("Thane", "Kota", "Salem" and "Gaya" are left out: a word, given names, a US city;
  // the cities named like a given name or surname are in `ambiguous-places.ts`)
  'Delhi', 'Ghaziabad', 'Faridabad', 'Meerut', 'Rajkot', 'Srinagar', 'Aurangabad', 'Dhanbad', 'Prayagraj',
  'Allahabad', 'Ranchi', 'Howrah', 'Jabalpur', 'Gwalior', 'Vijayawada', 'Jodhpur', 'Raipur', 'Guwahati',
  'Chandigarh', 'Solapur', 'Hubballi', 'Hubli', 'Tiruchirappalli', 'Bareilly', 'Moradabad',
  'Thiruvananthapuram', 'Trivandrum', 'Bhubaneswar', 'Warangal', 'Guntur', 'Saharanpur', 'Gorakhpur',
  'Bikaner', 'Jamshedpur', 'Bhilai', 'Cuttack', 'Cochin', 'Dehradun', 'Durgapur', 'Asansol', 'Kolhapur',
  'Jamnagar', 'Ujjain', 'Siliguri', 'Jammu', 'Mangaluru', 'Mangalore', 'Belagavi',
  'Belgaum', 'Udaipur', 'Tiruppur', 'Kozhikode', 'Calicut', 'Bhavnagar', 'Nellore', 'Vellore',
  'Thrissur', 'Kollam', 'Patiala', 'Panipat', 'Aligarh', 'Muzaffarpur', 'Bhagalpur',
  'Gandhinagar', 'Panaji', 'Imphal', 'Shillong', 'Aizawl', 'Kohima', 'Agartala', 'Gangtok',
  'Darjeeling', 'Navi Mumbai', 'Greater Noida', 'Kandla', 'Paradip', 'Haldia', 'Thoothukudi', 'Tuticorin',
  'Ennore', 'Pipavav', 'Kakinada', 'Krishnapatnam', 'Vizag', 'Sriperumbudur', 'Hosur', 'Manesar',
  // Pakistan
  'Sialkot', 'Gujranwala', 'Bahawalpur', 'Sargodha', 'Sukkur', 'Larkana', 'Sheikhupura', 'Jhang', 'Kasur',
  'Sahiwal', 'Nawabshah', 'Abbottabad', 'Muzaffarabad', 'Gilgit', 'Skardu', 'Torkham', 'Jhelum', 'Port Qasim',
  // Bangladesh: the divisional capitals, the districts around Dhaka and Chattogram, and the ports
  'Rajshahi', 'Rangpur', 'Barishal', 'Mymensingh', 'Cumilla', 'Gazipur', 'Narayanganj', 'Narsingdi',
  'Mongla', 'Patenga', 'Mirsarai', 'Bogura', 'Jashore', 'Dinajpur', 'Savar', 'Sirajganj', 'Tangail',
  'Noakhali', 'Chandpur', 'Matarbari', 'Benapole', 'Mirpur',
  // Sri Lanka
  'Kandy', 'Negombo', 'Jaffna', 'Trincomalee', 'Batticaloa', 'Anuradhapura', 'Kurunegala',
  'Ratnapura', 'Moratuwa', 'Katunayake', 'Badulla', 'Kalutara', 'Gampaha', 'Vavuniya',
  'Polonnaruwa', 'Dambulla', 'Biyagama', 'Puttalam', 'Kegalle', 'Nuwara Eliya', 'Matale', 'Monaragala',
  'Ampara', 'Mannar', 'Kilinochchi', 'Mullaitivu', 'Chilaw', 'Bandarawela', 'Kataragama', 'Embilipitiya',
  // Nepal and Bhutan (Bhutan's district towns; "Haa" and "Gasa" are left out: words and names)
  'Lalitpur', 'Bhaktapur', 'Biratnagar', 'Birgunj', 'Bharatpur', 'Butwal', 'Janakpur', 'Hetauda',
  'Nepalgunj', 'Dhangadhi', 'Itahari', 'Bhairahawa', 'Ilam', 'Thimphu', 'Phuentsholing', 'Paro', 'Punakha',
  'Wangdue Phodrang', 'Trongsa', 'Bumthang', 'Gelephu', 'Samdrup Jongkhar', 'Mongar', 'Trashigang', 'Samtse',
  'Tsirang', 'Zhemgang', 'Lhuentse', 'Trashiyangtse', 'Pemagatshel', 'Sarpang', 'Chhukha',
  // the Maldives: the islands of its ports, airport and industry (Malé is in `ambiguous-places.ts`)
  'Hulhumalé', 'Hulhumale', 'Hulhulé', 'Hulhule', 'Thilafushi', 'Fuvahmulah', 'Kulhudhuffushi', 'Maafushi',
  // India: the Nilgiris district and its hill towns, and Tamil Nadu's other district towns ("Erode" and
  // "Salem" are left out: a word, a US city)
  'Nilgiris', 'Ooty', 'Udhagamandalam', 'Coonoor', 'Kotagiri', 'Gudalur', 'Mettupalayam', 'Tirunelveli',
  'Thanjavur', 'Kanchipuram', 'Dindigul', 'Nagercoil', 'Kumbakonam', 'Cuddalore', 'Krishnagiri', 'Namakkal',
  // Myanmar
  'Myitkyina', 'Lashio', 'Sittwe', 'Taunggyi', 'Monywa', 'Pathein',
  // Africa
  'Abeokuta', 'Onitsha', 'Maiduguri', 'Ilorin', 'Owerri', 'Uyo', 'Calabar', 'Akure',
  'Osogbo', 'Lekki', 'Apapa', 'Onne', 'Cape Coast', 'Sekondi', 'Malindi', 'Thika', 'Naivasha', 
  'Jijiga', 'Yirgacheffe', 'Sidamo', 'Mwanza', 'Morogoro', 'Bagamoyo', 'Kilwa',
  'Jinja', 'Mbarara', 'Tororo', 'Chingola', 'Chipata', 'Mutare', 'Gweru',
  'Beitbridge', 'Quelimane', 'Mbuji-Mayi', 'Kananga', 'Bukavu', 'Kolwezi', 'Likasi',
  'Garoua', 'Bafoussam', 'Bamenda', 'Maroua', 'Franceville', 'Kaolack',
  'Ziguinchor', 'Saint-Louis', 'Sikasso', 'Mopti', 'Zinder', 'Maradi', 'Agadez',
  'Kapiri Mposhi', 'Tunduma', 'Nakonde', 'Kamsar', 'San-Pédro', 'San-Pedro', 'Bouaké', 'Bouake', 'Korhogo', 'Fès', 'Meknes',
  'Meknès', 'Oujda', 'Kenitra', 'Kénitra', 'Tetouan', 'Tétouan', 'El Jadida', 'Nador', 'Laayoune', 'Dakhla',
  'Tanger Med', 'Annaba', 'Blida', 'Batna', 'Sétif', 'Setif', 'Béjaïa', 'Bejaia', 'Skikda',
  'Sousse', 'Bizerte', 'Gabès', 'Gabes', 'Kairouan', 'Benghazi', 'Misurata', 'El Obeid',
  'Wad Madani', 'Kismayo', 'Bosaso', 'Massawa', 'Assab', 'Doraleh', 'Mahajanga', 'Fianarantsoa', 'Toliara',
  'Lüderitz', 'Luderitz', 'Oshakati', 'Swakopmund', 'Francistown', 'Port Elizabeth', 'Gqeberha',
  'Bloemfontein', 'Polokwane', 'Nelspruit', 'Mbombela', 'Pietermaritzburg', 'Richards Bay',
  'Soweto', 'Rustenburg', 'Sandton', 'Tshwane', 'Ekurhuleni', 'Mzuzu',
  'Ismailia', 'Damietta', 'Zagazig', 'Hurghada', 'Sharm El Sheikh', 'Sharm el-Sheikh',
  'Asyut', 'Assiut', 'Beni Suef', 'El Alamein', 'Damanhur', 'Qena',
  // Senegal: the regional capitals and the towns of its new city and ports
  'Diamniadio', 'Sandiara', 'Mbour', 'Rufisque', 'Bargny', 'Tambacounda', 'Kolda', 'Louga', 'Fatick', 'Matam',
  'Kaffrine', 'Sédhiou', 'Sedhiou', 'Kédougou', 'Kedougou', 'Diourbel', 'Richard-Toll', 'Podor',
  // Tunisia: the governorates' seats, its airports and ports ("Ariana" is left out: a given name)
  'Mahdia', 'Enfidha', 'Monastir', 'Nabeul', 'Hammamet', 'Gafsa', 'Tozeur', 'Djerba', 'Zarzis', 'Médenine',
  'Medenine', 'Kasserine', 'Béja', 'Beja', 'Jendouba', 'Kebili', 'Tataouine', 'Siliana', 'Zaghouan',
  'Sidi Bouzid', 'Ben Arous', 'Radès', 'Rades', 'Skhira',
  // Morocco: the seats of its provinces ("Safi" and "Taza" are left out: a given name, a surname)
  'Larache', 'Chefchaouen', 'Ouezzane', 'Al Hoceïma', 'Al Hoceima', 'Berkane', 'Taourirt', 'Guercif',
  'Khouribga', 'Settat', 'Berrechid', 'Essaouira', 'Taroudant', 'Tiznit', 'Ouarzazate', 'Errachidia',
  'Midelt', 'Tinghir', 'Ifrane', 'Sefrou', 'Khémisset', 'Khemisset', 'Sidi Kacem', 'Sidi Slimane',
  'Témara', 'Temara', 'Mohammedia', 'Benslimane', 'Béni Mellal', 'Beni Mellal', 'Khénifra', 'Khenifra',
  'Azilal', 'Guelmim', 'Tan-Tan', 'Sidi Ifni', 'Tarfaya', 'Boujdour',
  // the Middle East and Turkey
  'Antalya', 'Gaziantep', 'Şanlıurfa', 'Sanliurfa', 'Kocaeli', 'Izmit',
  'Diyarbakır', 'Diyarbakir', 'Manisa', 'Kayseri', 'Balıkesir', 'Balikesir',
  'Kahramanmaraş', 'Kahramanmaras', 'Tekirdağ', 'Tekirdag', 'Eskişehir', 'Eskisehir',
  'Malatya', 'Trabzon', 'Erzurum', 'Iskenderun', 'İskenderun', 'Bodrum', 'Çanakkale', 'Canakkale',
  'Edirne', 'Gebze', 'Zonguldak', 'Ambarli', 'Tabuk', 'Buraidah', 'Khamis Mushait',
  'Hofuf', 'Jubail', 'Khobar', 'Al Khobar', 'Dhahran', 'Ras Tanura', 'Al Ain', 'Ruwais',
  'Khor Fakkan', 'Ras Laffan', 'Lusail', 'Mesaieed', 'Duqm', 'Nizwa', 'Riffa', 'Shuwaikh', 'Jahra', 'Irbid',
  'Mosul', 'Erbil', 'Kirkuk', 'Karbala', 'Sulaymaniyah', 'Duhok', 'Umm Qasr', 'Nasiriyah',
  'Fallujah', 'Ramadi', 'Mashhad', 'Isfahan', 'Tabriz', 'Karaj', 'Qom', 'Ahvaz', 'Kermanshah',
  'Rasht', 'Urmia', 'Zahedan', 'Bushehr', 'Chabahar', 'Yazd', 'Ardabil', 'Hamadan', 'Zanjan',
  'Qazvin', 'Asaluyeh', 'Assaluyeh', 'Qeshm', 'Abadan', 'Khorramshahr', 'Bandar Anzali', 'Bandar Lengeh',
  'Bandar Imam Khomeini', 'Jask', 'Arak', 'Kashan', 'Gorgan', 'Sanandaj', 'Khorramabad', 'Birjand', 'Semnan',
  'Aleppo', 'Homs', 'Latakia', 'Tartus', 'Idlib', 'Raqqa', 'Sidon', 'Byblos', 'Baalbek', 'Eilat',
  'Ashdod', 'Beersheba', 'Netanya', 'Herzliya', 'Ramallah', 'Nablus', 'Bethlehem',
  "Sana'a", 'Hodeidah', 'Mukalla', 'Taiz', 'Kandahar', 'Mazar-i-Sharif',
  'Jalalabad', 'Kunduz', 'Kabul',
  // Central Asia and the Caucasus
  'Kyzylorda', 'Uralsk', 'Petropavl', 'Kokshetau', 'Taldykorgan', 'Ekibastuz', 'Zhezkazgan',
  'Urgench', 'Khiva', 'Kokand', 'Margilan', 'Jizzakh', 'Angren', 'Chirchiq', 'Karakol', 'Tokmok', 'Kulob',
  'Bokhtar', 'Turkmenabat', 'Sumgait', 'Kutaisi', 'Gyumri',
  // Latin America
  'Goiânia', 'Goiania', 'Guarulhos', 'Campinas', 'São Luís', 'Sao Luis', 'Maceió',
  'Maceio', 'Campo Grande', 'João Pessoa', 'Joao Pessoa', 'Osasco', 'Ribeirão Preto',
  'Ribeirao Preto', 'Uberlândia', 'Uberlandia', 'Sorocaba', 'Aracaju', 'Feira de Santana', 'Cuiabá', 'Cuiaba',
  'Juiz de Fora', 'Londrina', 'Niterói', 'Niteroi', 'Porto Velho', 'Florianópolis',
  'Florianopolis', 'Itajaí', 'Itajai', 'Suape', 'Pecém', 'Pecem', 'Itaqui', 'Vila Velha', 'Ciudad Juárez',
  'Ciudad Juarez', 'Zapopan', 'Mexicali', 'Culiacán',
  'Culiacan', 'Toluca', 'Cancún', 'Cancun', 'Torreón', 'Torreon', 'Acapulco',
  'Ensenada', 'Nuevo Laredo', 'Xalapa', 'La Plata', 'Mar del Plata',
  'San Miguel de Tucumán', 'Bahía Blanca', 'Bahia Blanca', 'Ushuaia', 'Bucaramanga', 'Cúcuta',
  'Cucuta', 'Ibagué', 'Ibague', 'Manizales', 'Montería', 'Monteria', 
  'Temuco', 'Rancagua', 'Talca', 'Puerto Montt', 'Punta Arenas', 'Viña del Mar', 'Vina del Mar',
  'Talcahuano', 'Mejillones', 'Copiapó', 'Copiapo', 'La Serena', 'Chillán', 'Chillan', 
  'Arequipa', 'Chiclayo', 'Iquitos', 'Huancayo', 'Chimbote', 'Pucallpa', 'Juliaca', 'Chancay',
  'Matarani', 'Machala', 'Portoviejo', 'Ambato', 'Posorja', 'Santa Cruz de la Sierra', 'El Alto',
  'Maracaibo', 'Barquisimeto', 'Maracay', 'Ciudad Guayana', 'Puerto Cabello', 'Nueva Palmira',
  'Fray Bentos', 'Ciudad del Este', 'San Pedro Sula', 'Puerto Cortés', 'Puerto Cortes', 'Puerto Limón',
  'Puerto Limon', 'Puerto Quetzal', 'Mixco', 'Port of Spain', 'Port-au-Prince', 'Bridgetown',
  'Santiago de Cuba', 'Santiago de los Caballeros', 'Puerto Plata',
]
