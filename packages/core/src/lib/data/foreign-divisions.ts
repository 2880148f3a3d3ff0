/**
 * First-level divisions of the countries Dalian's foreign-affairs and business news names most: the states
 * of the United States, Canada's provinces and territories, Australia's states and territories, Germany's
 * Länder, Japan's prefectures, South Korea's provinces, the four countries of the United Kingdom, the
 * regions of France and Italy, Spain's autonomous communities, the provinces of the Netherlands and Belgium,
 * Poland's voivodeships, the regions of Portugal and Greece, Austria's states, Switzerland's cantons, and Russia's federal subjects that are not
 * named after their capital ("Tatarstan", "Primorye"; "Kursk" is the city, in `world-cities.ts`, and "Kursk
 * Oblast" is read by its suffix).
 *
 * Source: the ISO 3166-2 subdivision lists for US, CA, AU, DE, JP, KR, GB, FR, IT, ES, NL, BE, PL, PT, AT,
 * CH, GR and RU, in the English
 * short names the national governments use (or English exonyms: "Normandy", "Tuscany", "Catalonia") (German Länder also in their German form where English writes that too:
 * "Hessen", "Mecklenburg-Vorpommern"). A division named like a city or country already listed is left to
 * that entry ("New York", "Washington", "Tokyo", "Hamburg", "Georgia" the country; "Seoul", "Incheon" …
 * the Korean metropolitan cities). Left out, because a known place is never read as a person's name and
 * such a division would hide the person or the word: "Virginia", "Victoria", "Alberta", "Indiana" (given
 * names); "Montana", "Hesse", "Brandenburg" (surnames); the prefectures that are common Japanese surnames
 * ("Ishikawa", "Yamaguchi", "Nagano", "Fukushima", "Miyazaki", "Miyagi", "Yamagata", "Kanagawa", "Wakayama",
 * "Yamanashi", "Fukui", "Shiga", "Kagawa") — "Ishikawa Prefecture" is still read by its suffix; "Saga" (an
 * English word) and "Mie" (a pinyin syllable); Italy's "Marche" and Spain's "Aragon" (surnames), France's
 * "Brittany" (a given name; these are read in a place frame, see `ambiguous-places.ts`), and the
 * communities named after their capital ("Madrid", "Murcia", "Valencia"); Russia's "Kirov" (a surname), "Vladimir" (a given name), "Kurgan" and "Amur" (words, a
 * river), "Komi" and "Nenets" (peoples; "Komi Republic" is listed) and the disputed "Crimea" and
 * "Sevastopol". "England" and "Wales" are surnames too, but kept: as places they are written far more often.
 *
 * The same for the countries of Dalian's trade with the South: Brazil's states, Mexico's states,
 * Argentina's provinces, the regions of Chile and Peru, Colombia's main departments, South Africa's
 * provinces, the UAE's emirates, Saudi Arabia's regions, Egypt's governorates, India's states and union
 * territories, Pakistan's provinces, the provinces of Indonesia, Thailand and Vietnam, Malaysia's states and
 * the Philippines' regions and main provinces (ISO 3166-2 BR, MX, AR, CL, PE, CO, ZA, AE, SA, EG, IN, PK, ID,
 * TH, VN, MY, PH; accented names also without their accents). Left out by the same test: surnames
 * ("Guerrero", "Hidalgo", "Morelos", "Mendoza", "Santa Cruz", "Magallanes", "Bolívar", "Santander", "Caldas",
 * "Loreto", "Pasco", "San Martín", "O'Higgins", "Medina"), given names ("Magdalena", "Cesar", "San Juan"),
 * words and brands ("Acre", "Tabasco", "Chihuahua", "Durango", "Meta", "Formosa" — also Taiwan's old name —
 * "Misiones", "Cordillera", "Negros", "Hail", "Ica", "Free State", "North West", "Metro Manila"), pinyin
 * names ("Minya", "Jizan", "Huila", "Junin"), and Thai and Vietnamese provinces whose first word is a Chinese
 * or Korean surname or a pinyin syllable ("Dong Nai", "Long An", "Cao Bang", "Lang Son", "Lam Dong", "Yen
 * Bai", "Lai Chau", "Ha Nam", "An Giang", "Ben Tre", "Nong Khai"): a known place's first word is never read
 * as the start of a person's name. Nor the Vietnamese provinces whose names are given names as well ("Quang
 * Nam", "Hoa Binh", "Thanh Hoa", "Khanh Hoa": "Nguyen Quang Nam" is a man), nor names that are surnames or
 * given names in the same countries ("Laguna", "Puno", "Colima", "Sonora", "Qassim") or a car ("Santa Fe").
 * The divisions named after their capital ("Puebla", "Arequipa", "Aswan",
 * "Tabuk") are cities, as are the provinces already in `world-cities.ts` ("Phuket", "Quang Ninh", "Bali").
 *
 * And for Africa, the rest of Latin America, the Middle East and Central Asia: the states, regions,
 * counties, provinces and governorates of ISO 3166-2 NG, KE, TZ, ET, GH, MA, AO, MZ, ZM, ZW, CD, NA, SD, LY,
 * CO, EC, BO, PY, UY, VE, GT, HN, CR, PA, CU, OM, QA, KW, BH, IR, IQ, IL, PS, YE, KZ, UZ, TJ, KG and TM that
 * are not named after their capital, by the same test. Left out or only read in a place frame
 * (`ambiguous-places.ts`): names written like a Chinese given name ("Lindi", "Nandi", "Lamu"), given names and
 * surnames ("Kano", "Meru", "Ashanti", "Muthanna", "Chuy", "Lavalleja", "Mara", "Edo"), words ("Delta",
 * "Plateau", "Rivers", "Imo", "Afar", "Balkan", "Central", "Oriental") and the compass-named ones ("Northern").
 */

/** Country name (as in `countries.ts`) → the English names of its first-level divisions listed here. */
// biome-ignore format: packed data
export const foreignDivisionsByCountry: Readonly<Record<string, readonly string[]>> = {
  'United States': [
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
    'Florida', 'Hawaii', 'Idaho', 'Illinois', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine',
    'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Nebraska', 'Nevada',
    'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
    'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
    'Vermont', 'West Virginia', 'Wisconsin', 'Wyoming',
  ],
  Canada: [
    'Ontario', 'Quebec', 'Québec', 'British Columbia', 'Manitoba', 'Saskatchewan', 'Nova Scotia',
    'New Brunswick', 'Newfoundland and Labrador', 'Newfoundland', 'Prince Edward Island', 'Yukon',
    'Northwest Territories', 'Nunavut',
  ],
  Australia: [
    'New South Wales', 'Queensland', 'South Australia', 'Western Australia', 'Tasmania', 'Northern Territory',
    'Australian Capital Territory',
  ],
  Germany: [
    'Baden-Württemberg', 'Baden-Wurttemberg', 'Bavaria', 'Hessen', 'Lower Saxony',
    'Mecklenburg-Vorpommern', 'Mecklenburg-Western Pomerania', 'North Rhine-Westphalia',
    'Rhineland-Palatinate', 'Saarland', 'Saxony', 'Saxony-Anhalt', 'Schleswig-Holstein', 'Thuringia',
  ],
  Japan: [
    'Hokkaido', 'Iwate', 'Akita', 'Ibaraki', 'Tochigi', 'Gunma', 'Gifu', 'Aichi', 'Hyogo', 'Nara', 'Shimane',
    'Ehime', 'Okinawa',
  ],
  'South Korea': [
    'Gyeonggi', 'Gangwon', 'Chungcheong', 'North Chungcheong', 'South Chungcheong', 'Jeolla', 'North Jeolla',
    'South Jeolla', 'Gyeongsang', 'North Gyeongsang', 'South Gyeongsang',
  ],
  Russia: [
    'Adygea', 'Altai Republic', 'Bashkortostan', 'Buryatia', 'Chechnya', 'Chuvashia', 'Dagestan',
    'Ingushetia', 'Kabardino-Balkaria', 'Kalmykia', 'Karachay-Cherkessia', 'Karelia', 'Khakassia',
    'Komi Republic', 'Mari El', 'Mordovia', 'North Ossetia', 'Sakha Republic', 'Yakutia', 'Tatarstan', 'Tuva',
    'Udmurtia', 'Primorye', 'Kamchatka', 'Sakhalin', 'Chukotka', 'Sverdlovsk', 'Leningrad', 'Khanty-Mansi',
    'Yamalo-Nenets', 'Zabaykalsky Krai',
  ],
  'United Kingdom': ['England', 'Scotland', 'Wales', 'Northern Ireland'],
  // the Low Countries, Poland, Portugal, the Alpine countries and Greece ("Utrecht", "Antwerp", "Salzburg",
  // "Łódź" are their cities; "Limburg" is a province of both the Netherlands and Belgium)
  Netherlands: [
    'Drenthe', 'Flevoland', 'Friesland', 'Fryslân', 'Gelderland', 'Limburg', 'North Brabant', 'Noord-Brabant',
    'North Holland', 'Noord-Holland', 'Overijssel', 'South Holland', 'Zuid-Holland', 'Zeeland',
  ],
  Belgium: ['Flemish Brabant', 'Walloon Brabant', 'East Flanders', 'West Flanders', 'Hainaut'],
  Poland: [
    'Masovia', 'Mazovia', 'Lesser Poland', 'Greater Poland', 'Lower Silesia', 'Podlaskie', 'Subcarpathia',
    'Warmia-Masuria', 'Kuyavia-Pomerania', 'West Pomerania', 'Lubusz', 'Świętokrzyskie',
  ],
  Portugal: ['Algarve', 'Alentejo', 'Azores'],
  Austria: ['Styria', 'Carinthia', 'Upper Austria', 'Lower Austria', 'Vorarlberg', 'Burgenland'],
  Switzerland: ['Ticino', 'Valais', 'Graubünden', 'Aargau', 'Thurgau', 'Vaud'],
  Greece: ['Attica', 'Crete', 'Peloponnese', 'Thessaly', 'Epirus', 'Central Macedonia'],
  France: [
    'Normandy', 'Corsica', 'Île-de-France', 'Ile-de-France', "Provence-Alpes-Côte d'Azur",
    'Auvergne-Rhône-Alpes', 'Hauts-de-France', 'Nouvelle-Aquitaine', 'Occitanie', 'Grand Est',
    'Bourgogne-Franche-Comté', 'Centre-Val de Loire', 'Pays de la Loire',
  ],
  Italy: [
    'Lombardy', 'Piedmont', 'Tuscany', 'Veneto', 'Emilia-Romagna', 'Liguria', 'Lazio', 'Campania', 'Apulia',
    'Puglia', 'Calabria', 'Sicily', 'Sardinia', 'Abruzzo', 'Umbria', 'Friuli Venezia Giulia',
    'Friuli-Venezia Giulia', 'Trentino-Alto Adige', 'Aosta Valley', 'Basilicata', 'Molise',
  ],
  Spain: [
    'Andalusia', 'Catalonia', 'Basque Country', 'Galicia', 'Asturias', 'Cantabria', 'Castile and León',
    'Castilla-La Mancha', 'Extremadura', 'Navarre', 'Balearic Islands', 'Canary Islands', 'La Rioja',
  ],
  Brazil: [
    'Alagoas', 'Amapá', 'Amapa', 'Amazonas', 'Bahia', 'Ceará', 'Ceara', 'Espírito Santo', 'Espirito Santo',
    'Goiás', 'Goias', 'Maranhão', 'Maranhao', 'Mato Grosso', 'Mato Grosso do Sul', 'Minas Gerais', 'Pará',
    'Paraíba', 'Paraiba', 'Paraná', 'Parana', 'Pernambuco', 'Piauí', 'Piaui', 'Rio Grande do Norte',
    'Rio Grande do Sul', 'Rondônia', 'Rondonia', 'Roraima', 'Santa Catarina', 'Sergipe', 'Tocantins',
  ],
  Mexico: [
    'Aguascalientes', 'Baja California', 'Baja California Sur', 'Campeche', 'Chiapas', 'Coahuila', 
    'Guanajuato', 'Jalisco', 'Michoacán', 'Michoacan', 'Nayarit', 'Nuevo León', 'Nuevo Leon', 'Oaxaca',
    'Querétaro', 'Queretaro', 'Quintana Roo', 'San Luis Potosí', 'San Luis Potosi', 'Sinaloa', 
    'Tamaulipas', 'Tlaxcala', 'Yucatán', 'Yucatan', 'Zacatecas',
  ],
  Argentina: [
    'Catamarca', 'Chaco', 'Chubut', 'Corrientes', 'Entre Ríos', 'Entre Rios', 'Jujuy', 'La Pampa', 'Neuquén',
    'Neuquen', 'Río Negro', 'Rio Negro', 'Salta', 'Santiago del Estero', 'Tierra del Fuego',
    'Tucumán', 'Tucuman',
  ],
  Chile: [
    'Tarapacá', 'Tarapaca', 'Atacama', 'Coquimbo', 'Maule', 'Ñuble', 'Biobío', 'Biobio', 'Araucanía',
    'Araucania', 'Los Ríos', 'Los Lagos', 'Aysén',
  ],
  Peru: [
    'Áncash', 'Ancash', 'Apurímac', 'Apurimac', 'Ayacucho', 'Cajamarca', 'Huancavelica', 'Huánuco', 'Huanuco',
    'La Libertad', 'Lambayeque', 'Madre de Dios', 'Moquegua', 'Piura', 'Tacna', 'Tumbes', 'Ucayali',
    'Cusco', 'Cuzco',
  ],
  Colombia: [
    'Antioquia', 'Cundinamarca', 'Valle del Cauca', 'Boyacá', 'Boyaca', 'Nariño', 'Tolima', 'La Guajira',
    'Risaralda', 'Atlántico', 'Atlantico', 'Caquetá', 'Caqueta', 'Casanare', 'Cauca', 'Norte de Santander',
    'Putumayo', 'Quindío', 'Quindio', 'Arauca', 'Guaviare', 'Vichada', 'Chocó',
  ],
  'South Africa': [
    'Eastern Cape', 'Western Cape', 'Northern Cape', 'Gauteng', 'KwaZulu-Natal', 'Limpopo', 'Mpumalanga',
  ],
  'United Arab Emirates': [
    'Ajman', 'Fujairah', 'Umm Al Quwain', 'Umm Al-Quwain', 'Umm al-Quwain', 'Ras Al Khaimah', 'Ras Al-Khaimah',
    'Ras al-Khaimah',
  ],
  'Saudi Arabia': [
    'Eastern Province', 'Asir', 'Northern Borders', 'Jazan', 'Najran', 'Al-Bahah',
    'Al-Jawf', 'Makkah', 'Al-Qassim', 'Al Qassim',
  ],
  Egypt: [
    'Sharqia', 'Dakahlia', 'Gharbia', 'Monufia', 'Qalyubia', 'Beheira', 'Kafr El Sheikh', 'Faiyum', 'Fayoum',
    'Matrouh', 'North Sinai', 'South Sinai',
  ],
  India: [
    'Andhra Pradesh', 'Arunachal Pradesh', 'Assam', 'Bihar', 'Chhattisgarh', 'Goa', 'Gujarat', 'Haryana',
    'Himachal Pradesh', 'Jharkhand', 'Karnataka', 'Kerala', 'Madhya Pradesh', 'Maharashtra', 'Manipur',
    'Meghalaya', 'Mizoram', 'Nagaland', 'Odisha', 'Orissa', 'Punjab', 'Rajasthan', 'Sikkim', 'Tamil Nadu',
    'Telangana', 'Tripura', 'Uttar Pradesh', 'Uttarakhand', 'West Bengal', 'Jammu and Kashmir', 'Ladakh',
    'Puducherry', 'Lakshadweep', 'Andaman and Nicobar Islands',
  ],
  Pakistan: ['Sindh', 'Khyber Pakhtunkhwa', 'Balochistan', 'Gilgit-Baltistan'],
  // Nepal's provinces ("Koshi" is left out: a Japanese given name) and Sri Lanka's
  Nepal: ['Bagmati', 'Gandaki', 'Karnali', 'Madhesh', 'Sudurpashchim', 'Lumbini'],
  'Sri Lanka': ['Sabaragamuwa'],
  // Myanmar's states and regions not named after their capital ("Shan", "Chin", "Mon" and "Kayin" are left
  // out: surnames and a pinyin name; "Shan State" is read by its suffix where a name can be)
  Myanmar: ['Kachin', 'Kayah', 'Rakhine', 'Sagaing', 'Magway', 'Bago', 'Ayeyarwady', 'Tanintharyi'],
  Indonesia: [
    'Aceh', 'North Sumatra', 'West Sumatra', 'South Sumatra', 'Riau', 'Riau Islands', 'Jambi', 'Bengkulu',
    'Bangka Belitung', 'Lampung', 'Banten', 'West Java', 'Central Java', 'East Java', 'West Nusa Tenggara',
    'East Nusa Tenggara', 'West Kalimantan', 'Central Kalimantan', 'South Kalimantan', 'East Kalimantan',
    'North Kalimantan', 'North Sulawesi', 'Central Sulawesi', 'South Sulawesi', 'Southeast Sulawesi',
    'West Sulawesi', 'Gorontalo', 'Maluku', 'North Maluku', 'Papua', 'West Papua',
  ],
  Malaysia: [
    'Johor', 'Kedah', 'Kelantan', 'Negeri Sembilan', 'Pahang', 'Perak', 'Perlis', 'Selangor', 'Terengganu',
    'Labuan',
  ],
  Thailand: [
    'Chachoengsao', 'Samut Prakan', 'Samut Sakhon', 'Pathum Thani', 'Surat Thani', 'Ubon Ratchathani',
    'Nakhon Si Thammarat', 'Nakhon Phanom', 'Trat', 'Chanthaburi', 'Mukdahan', 'Prachinburi', 'Saraburi',
    'Lampang', 'Phitsanulok', 'Kanchanaburi', 'Ratchaburi',
  ],
  Vietnam: [
    'Bac Ninh', 'Bac Giang', 'Bac Lieu', 'Nghe An', 'Kon Tum', 'Gia Lai', 'Dak Lak', 'Dak Nong', 'Tra Vinh',
    'Soc Trang', 'Dien Bien', 'Ha Giang',
  ],
  // Mongolia's aimags, also without their accents (not "Bulgan", "Selenge", "Orkhon", "Töv" or
  // "Sükhbaatar": given names or words as well, read by their suffix: "Selenge Province")
  Mongolia: [
    'Dornogovi', 'Ömnögovi', 'Omnogovi', 'Dundgovi', 'Dornod', 'Khentii', 'Arkhangai', 'Övörkhangai',
    'Uvurkhangai', 'Bayankhongor', 'Khovd', 'Khövsgöl', 'Khuvsgul', 'Zavkhan', 'Govi-Altai', 'Bayan-Ölgii',
    'Bayan-Ulgii', 'Uvs', 'Darkhan-Uul', 'Govisümber', 'Govisumber',
  ],
  Philippines: [
    'Calabarzon', 'Mimaropa', 'Bicol', 'Central Luzon', 'Ilocos', 'Cagayan Valley', 'Western Visayas',
    'Central Visayas', 'Eastern Visayas', 'Zamboanga Peninsula', 'Northern Mindanao', 'Soccsksargen', 'Caraga',
    'Bangsamoro', 'Cavite', 'Pampanga', 'Bulacan', 'Palawan', 'Bataan', 'Zambales', 'Pangasinan',
    'Bohol', 'Negros Occidental', 'Negros Oriental',
  ],
  // Africa, Latin America, the Middle East and Central Asia (see the second list of sources above)
  Nigeria: [
    'Adamawa', 'Akwa Ibom', 'Anambra', 'Bauchi', 'Bayelsa', 'Benue', 'Borno', 'Ebonyi',
    'Jigawa', 'Katsina', 'Kebbi', 'Kogi', 'Kwara', 'Nasarawa',
    'Sokoto', 'Taraba', 'Yobe', 'Zamfara',
    // named like a given name or a word, so only with "State" (`ambiguous-places.ts`)
    'Abia State', 'Ekiti State', 'Gombe State', 'Kano State', 'Ogun State', 'Ondo State', 'Osun State',
    'Oyo State',
  ],
  Kenya: [
    'Kwale', 'Kilifi', 'Tana River', 'Taita-Taveta', 'Garissa', 'Wajir', 'Mandera', 'Marsabit', 'Isiolo',
    'Tharaka-Nithi', 'Embu', 'Kitui', 'Machakos', 'Makueni', 'Nyandarua', 'Nyeri', 'Kirinyaga', "Murang'a",
    'Kiambu', 'Turkana', 'West Pokot', 'Samburu', 'Trans-Nzoia', 'Uasin Gishu', 'Elgeyo-Marakwet', 'Baringo',
    'Laikipia', 'Narok', 'Kajiado', 'Kericho', 'Bomet', 'Kakamega', 'Vihiga', 'Bungoma', 'Siaya', 'Homa Bay',
    'Migori', 'Kisii', 'Nyamira',
  ],
  Tanzania: [
    'Iringa', 'Kagera', 'Katavi', 'Kigoma', 'Manyara', 'Mbeya', 'Morogoro', 'Mtwara',
    'Mwanza', 'Njombe', 'Pwani', 'Rukwa', 'Ruvuma', 'Shinyanga', 'Simiyu', 'Singida', 'Songwe', 'Tabora',
    'Tanga Region', 'Geita Region',
  ],
  Ethiopia: ['Tigray', 'Amhara', 'Oromia', 'Benishangul-Gumuz', 'Gambela', 'Sidama', 'Harari Region'],
  Ghana: ['Greater Accra', 'Brong-Ahafo', 'Ahafo'],
  Morocco: [
    'Souss-Massa', 'Tanger-Tetouan-Al Hoceima', 'Tanger-Tétouan-Al Hoceïma', 'Fès-Meknès', 'Fes-Meknes',
    'Rabat-Salé-Kénitra', 'Rabat-Sale-Kenitra', 'Casablanca-Settat', 'Marrakesh-Safi', 'Marrakech-Safi',
    'Drâa-Tafilalet', 'Draa-Tafilalet', 'Béni Mellal-Khénifra', 'Beni Mellal-Khenifra', 'Guelmim-Oued Noun',
    'Laâyoune-Sakia El Hamra', 'Laayoune-Sakia El Hamra', 'Dakhla-Oued Ed-Dahab',
    // provinces and prefectures not named after their seat (the others are cities, `large-cities.ts`)
    'Fahs-Anjra', "M'diq-Fnideq", 'Skhirate-Témara', 'Skhirate-Temara', 'Chtouka-Aït Baha',
    'Inezgane-Aït Melloul', 'Driouch', 'Nouaceur', 'Médiouna', 'Sidi Bennour', 'Fquih Ben Salah',
  ],
  Angola: [
    'Benguela', 'Cabinda', 'Cuando Cubango', 'Cuanza Norte', 'Cuanza Sul', 'Cunene', 'Huambo',
    'Bengo Province',
    'Lunda Norte', 'Lunda Sul', 'Malanje', 'Moxico', 'Namibe', 'Uíge', 'Uige',
  ],
  Mozambique: ['Cabo Delgado', 'Inhambane', 'Manica', 'Niassa', 'Nampula', 'Sofala', 'Zambezia', 'Zambézia'],
  Zambia: ['Copperbelt', 'Luapula', 'Muchinga'],
  Zimbabwe: ['Mashonaland', 'Matabeleland', 'Manicaland', 'Masvingo'],
  'Democratic Republic of the Congo': [
    'Katanga', 'Haut-Katanga', 'Kivu', 'North Kivu', 'South Kivu', 'Ituri', 'Kongo Central',
    'Kasai Province',
    'Lualaba', 'Tshopo',
  ],
  Namibia: ['Erongo', 'Khomas', 'Otjozondjupa', 'Oshana'],
  Sudan: ['Darfur', 'Kordofan', 'Kassala', 'Gezira', 'Sennar'],
  Libya: ['Cyrenaica', 'Fezzan', 'Tripolitania'],
  Ecuador: [
    'Guayas', 'Pichincha', 'Manabí', 'Manabi', 'Azuay', 'El Oro', 'Imbabura', 'Chimborazo', 'Cotopaxi',
    'Tungurahua', 'Sucumbíos', 'Sucumbios', 'Pastaza', 'Morona-Santiago', 'Carchi',
  ],
  Bolivia: ['Cochabamba', 'Potosí', 'Potosi', 'Oruro', 'Chuquisaca', 'Tarija'],
  Paraguay: ['Alto Paraná', 'Alto Parana', 'Itapúa', 'Itapua', 'Caaguazú', 'Caaguazu', 'Boquerón'],
  Uruguay: ['Canelones', 'Tacuarembó', 'Tacuarembo', 'Paysandú', 'Paysandu', 'Cerro Largo'],
  Venezuela: [
    'Zulia', 'Anzoátegui', 'Anzoategui', 'Apure', 'Barinas', 'Carabobo', 'Cojedes', 'Delta Amacuro',
    'Guárico', 'Guarico', 'Nueva Esparta', 'Táchira', 'Tachira', 'Yaracuy',
    'Aragua State', 'Monagas State',
  ],
  Guatemala: ['Petén', 'Peten', 'Escuintla', 'Quetzaltenango'],
  Honduras: ['Olancho'],
  'Costa Rica': ['Guanacaste', 'Puntarenas', 'Alajuela'],
  Panama: ['Chiriquí', 'Chiriqui', 'Veraguas', 'Bocas del Toro'],
  Cuba: ['Pinar del Río', 'Pinar del Rio', 'Camagüey', 'Camaguey', 'Villa Clara', 'Matanzas Province'],
  Oman: [
    'Dhofar', 'Musandam', 'Al Batinah', 'North Al Batinah', 'South Al Batinah', 'Al Wusta', 'Al Dakhiliyah',
    'Al Buraimi', 'Al Sharqiyah', 'Al Dhahirah',
  ],
  Qatar: ['Al Rayyan', 'Al Wakrah', 'Al Khor'],
  Kuwait: ['Hawalli', 'Farwaniya'],
  Bahrain: ['Muharraq'],
  Iran: [
    'Fars', 'Khuzestan', 'Razavi Khorasan', 'Khorasan', 'Mazandaran', 'Hormozgan',
    'Sistan and Baluchestan', 'Lorestan', 'Markazi', 'Gilan Province', 'Golestan Province',
  ],
  Iraq: [
    'Nineveh', 'Al Anbar', 'Diyala', 'Babil', 'Wasit', 'Dhi Qar', 'Anbar Province', 'Maysan Province',
    'Kurdistan Region',
  ],
  Israel: ['Negev'],
  Palestine: ['West Bank'],
  Yemen: ['Hadramawt', 'Hadramout', 'Hadhramaut'],
  Kazakhstan: [
    'Akmola', 'Mangystau', 'Mangistau', 'Zhetysu', 'Ulytau', 'East Kazakhstan', 'West Kazakhstan',
    'North Kazakhstan',
  ],
  Uzbekistan: ['Karakalpakstan', 'Khorezm', 'Kashkadarya', 'Surkhandarya'],
  Tajikistan: ['Sughd', 'Khatlon', 'Gorno-Badakhshan'],
  Kyrgyzstan: ['Issyk-Kul', 'Batken'],
  Turkmenistan: ['Dashoguz', 'Lebap'],
}

/** Every division name in `foreignDivisionsByCountry`. */
export const foreignDivisions: readonly string[] = Object.values(foreignDivisionsByCountry).flat()

/**
 * Other names of the divisions above → the name they are listed under: one division, one entity ("the
 * Republic of Velaria" and "Velaria", "Trans-Baikal Krai" and "Zabaykalsky Krai"). Russia's republics in
 * their official "Republic of …" or "… Republic" form, and the krais English names in two ways.
 */
// biome-ignore format: packed data
export const foreignDivisionForms: ReadonlyMap<string, string> = new Map([
  ...['Adygea', 'Bashkortostan', 'Buryatia', 'Dagestan', 'Ingushetia', 'Kalmykia', 'Karelia', 'Khakassia',
    'Mordovia', 'Tatarstan', 'Tuva', 'Mari El'].map((name): [string, string] => [`Republic of ${name}`, name]),
  ['Republic of Altai', 'Altai Republic'], ['Republic of Sakha', 'Sakha Republic'],
  ['Republic of Komi', 'Komi Republic'], ['Republic of North Ossetia-Alania', 'North Ossetia'],
  ['North Ossetia-Alania', 'North Ossetia'], ['Chechen Republic', 'Chechnya'], ['Chuvash Republic', 'Chuvashia'],
  ['Udmurt Republic', 'Udmurtia'], ['Kabardino-Balkar Republic', 'Kabardino-Balkaria'],
  ['Karachay-Cherkess Republic', 'Karachay-Cherkessia'], ['Tyva Republic', 'Tuva'],
  ['Trans-Baikal Krai', 'Zabaykalsky Krai'], ['Transbaikal Krai', 'Zabaykalsky Krai'],
  ['Zabaikalsky Krai', 'Zabaykalsky Krai'], ['Zabaikalye', 'Zabaykalsky Krai'], ['Zabaykalye', 'Zabaykalsky Krai'],
  ['Primorsky Krai', 'Primorye'], ['Primorsky Kray', 'Primorye'], ['Kamchatka Krai', 'Kamchatka'],
  ['Sakhalin Oblast', 'Sakhalin'], ['Chukotka Autonomous Okrug', 'Chukotka'],
])

// Countries whose first-level divisions English names "<X> State" as their own name ("Ondo State", "Khartoum
// State", "Selangor State", "Zulia State"); the states of the United States, Mexico, Brazil, India or
// Australia are written "the state of X" or "X state", so "Texas State" is a body's name, not the state.
const stateCountries = ['Nigeria', 'Sudan', 'Malaysia', 'Venezuela', 'Myanmar']

/**
 * Divisions, and cities that give a state its name ("Lagos State", "Khartoum State", "Penang State"), that
 * take "State" as a word of their name.
 */
export const stateNamedPlaces: ReadonlySet<string> = new Set([
  ...stateCountries.flatMap((country) => foreignDivisionsByCountry[country] ?? []),
  ...['Lagos', 'Kaduna', 'Enugu', 'Khartoum', 'Penang', 'Malacca', 'Melaka', 'Sabah', 'Sarawak'],
  // a state named after its capital city, "<city> State" to tell it from the city ("Rio de Janeiro State")
  ...['São Paulo', 'Sao Paulo', 'Rio de Janeiro', 'Veracruz'],
])

/**
 * Cities that give a division its name with "Division" after them, as Bangladesh names its eight
 * divisions ("Khulna Division" is the division around the city, a place of its own); elsewhere "Division"
 * after a name is a company's or an army's unit.
 */
// biome-ignore format: packed data
export const divisionNamedPlaces: ReadonlySet<string> = new Set([
  'Dhaka', 'Chattogram', 'Khulna', 'Rajshahi', 'Rangpur', 'Sylhet', 'Barishal', 'Mymensingh',
])
