/**
 * Place-name data tables. Modern countries come from the maintained `world-countries`
 * package; only historical states and regions are kept here by hand.
 */
import countries from "world-countries";
import {compareStrings} from "../order.ts";

/**
 * Country names that contain a separator (`and`, `,`) and must not be split into
 * several targets: "Bosnia and Herzegovina", "Trinidad and Tobago".
 */
export const COMPOUND_PLACE_NAMES: readonly string[] = countries
  .flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings])
  .filter((name) => /,| and | & /i.test(name) && name.length <= 60)
  .sort((a, b) => b.length - a.length || compareStrings(a, b));

/**
 * A gazetteer row: `[name pattern, today's ISO 3166-1 alpha-3 codes, region, "example"]`.
 * The pattern is matched case-insensitively against a whole target name (`maybePlace`) and
 * against running text (`findPlaces`); the region is one of `world-countries`' subregions,
 * that of one of the codes.
 */
export type GazetteerRow = readonly [pattern: RegExp, iso3: readonly string[], region: string, example: string];

/** Today's successors of the Soviet Union, in the order of the 1991 republics. */
const SOVIET_SUCCESSORS = ["RUS", "UKR", "BLR", "UZB", "KAZ", "GEO", "AZE", "LTU", "MDA", "LVA", "KGZ", "TJK", "ARM", "TKM", "EST"] as const;

/**
 * Historical states, former names, regions, islands and abbreviations the modern names lack,
 * mapped to the countries that cover them today (a dissolved state maps to all its successors;
 * a state that continues keeps its own code; border changes are ignored). Tried before the
 * modern names, first match wins.
 */
export const HISTORICAL_PLACES: readonly GazetteerRow[] = [
  [/\b(?:Socialist Federal Republic of Yugoslavia|Federal People's Republic of Yugoslavia|Democratic Federal Yugoslavia|Kingdom of Yugoslavia|Yugoslavia)\b/i, ["SRB", "HRV", "SVN", "BIH", "MKD", "MNE"], "Southeast Europe", "Yugoslavia"],
  [/\b(?:Czechoslovak Socialist Republic|Czechoslovak Republic|Czechoslovakia)\b/i, ["CZE", "SVK"], "Central Europe", "Czechoslovakia"],
  [/\b(?:Korean Peninsula|Korea)\b/i, ["PRK", "KOR"], "Eastern Asia", "Korea"],
  [/\b(?:Tannu Tuva|Tannu Uriankhai|Tuvan People's Republic|Tuva)\b/i, ["RUS"], "Eastern Europe", "Tannu Tuva"],
  [/\b(?:Xinjiang|Sinkiang|East Turkestan|Chinese Turkestan)\b/i, ["CHN"], "Eastern Asia", "Xinjiang"],
  [/\b(?:Manchukuo|Manchuria|Mengjiang|Inner Mongolia|Tibet)\b/i, ["CHN"], "Eastern Asia", "the Japanese puppet state of Manchukuo"],
  [/\b(?:Federation of Rhodesia and Nyasaland|Rhodesia and Nyasaland)\b/i, ["ZWE", "ZMB", "MWI"], "Eastern Africa", "the Federation of Rhodesia and Nyasaland"],
  [/\bNorthern Rhodesia\b/i, ["ZMB"], "Eastern Africa", "Northern Rhodesia"],
  [/\b(?:Zimbabwe[- ]Rhodesia|Southern Rhodesia|Rhodesia)\b/i, ["ZWE"], "Eastern Africa", "Rhodesia"],
  [/\bNyasaland\b/i, ["MWI"], "Eastern Africa", "Nyasaland"],
  [/\b(?:Congo[- ]L[eé]opoldville|Congo \(L[eé]opoldville\)|Belgian Congo|Congo Free State|Zaire|Free Republic of (?:the )?Congo)\b/i, ["COD"], "Middle Africa", "Congo-Leopoldville"],
  [/\b(?:Congo \(Brazzaville\)|French Congo)\b/i, ["COG"], "Middle Africa", "French Congo"],
  [/\b(?:Kingdom of Hawai['ʻ]?i|Hawaiian Kingdom|Republic of Hawai['ʻ]?i|Hawai['ʻ]?i)\b/i, ["USA"], "North America", "Kingdom of Hawaii"],
  [/\b(?:Union of Soviet Socialist Republics|Soviet Union|USSR)\b/i, SOVIET_SUCCESSORS, "Eastern Europe", "the Soviet Union"],
  [/\b(?:Russian Empire|Tsarist Russia|Imperial Russia)\b/i, ["RUS"], "Eastern Europe", "the Russian Empire"],
  [/\b(?:East Germany|West Germany|German Democratic Republic|Nazi Germany|Third Reich|Weimar Republic|German Reich)\b/i, ["DEU"], "Western Europe", "East Germany"],
  [/\b(?:Austria-Hungary|Austro-Hungarian Empire)\b/i, ["AUT", "HUN"], "Central Europe", "Austria-Hungary"],
  [/\b(?:Second Polish Republic)\b/i, ["POL"], "Central Europe", "the Second Polish Republic"],
  [/\b(?:Bessarabia)\b/i, ["MDA", "UKR"], "Eastern Europe", "Bessarabia"],
  [/\b(?:Northern Bukovina|Bukovina)\b/i, ["UKR"], "Eastern Europe", "northern Bukovina"],
  [/\b(?:Baltic states|Baltic countries|the Baltics)\b/i, ["EST", "LVA", "LTU"], "Northern Europe", "the Baltic states"],
  [/\b(?:Crimean Peninsula|Crimea|Donbas|Donbass)\b/i, ["UKR"], "Eastern Europe", "Crimea"],
  [/\b(?:Abkhazia|South Ossetia)\b/i, ["GEO"], "Western Asia", "South Ossetia"],
  [/\b(?:Transnistria)\b/i, ["MDA"], "Eastern Europe", "Transnistria"],
  [/\b(?:Nagorno-Karabakh)\b/i, ["AZE"], "Western Asia", "Nagorno-Karabakh"],
  [/\b(?:Pahlavi Iran|Imperial State of Iran|Persia)\b/i, ["IRN"], "Southern Asia", "Pahlavi Iran"],
  [/\b(?:Kingdom of Afghanistan|Democratic Republic of Afghanistan)\b/i, ["AFG"], "Southern Asia", "the Kingdom of Afghanistan"],
  [/\b(?:Mongolian People's Republic|People's Republic of Mongolia|Outer Mongolia)\b/i, ["MNG"], "Eastern Asia", "the People's Republic of Mongolia"],
  [/\b(?:Ottoman Empire|Turkey)\b/i, ["TUR"], "Western Asia", "the Ottoman Empire"],
  [/\b(?:French Indochina|Indochina)\b/i, ["VNM", "LAO", "KHM"], "South-Eastern Asia", "French Indochina"],
  [/\b(?:North Vietnam|South Vietnam|Republic of Vietnam|Democratic Republic of Vietnam)\b/i, ["VNM"], "South-Eastern Asia", "South Vietnam"],
  [/\b(?:Democratic Kampuchea|People's Republic of Kampuchea|Kampuchea|Khmer Republic)\b/i, ["KHM"], "South-Eastern Asia", "Democratic Kampuchea"],
  [/\b(?:North Yemen|South Yemen|Yemen Arab Republic|People's Democratic Republic of Yemen)\b/i, ["YEM"], "Western Asia", "South Yemen"],
  [/\b(?:East Pakistan)\b/i, ["BGD"], "Southern Asia", "East Pakistan"],
  [/\b(?:Siam)\b/i, ["THA"], "South-Eastern Asia", "Siam"],
  [/\b(?:Ceylon)\b/i, ["LKA"], "Southern Asia", "Ceylon"],
  [/\b(?:Dutch East Indies|Netherlands East Indies)\b/i, ["IDN"], "South-Eastern Asia", "the Dutch East Indies"],
  [/\b(?:Formosa)\b/i, ["TWN"], "Eastern Asia", "Formosa"],
  [/\b(?:Abyssinia)\b/i, ["ETH"], "Eastern Africa", "Abyssinia"],
  [/\b(?:Dahomey)\b/i, ["BEN"], "Western Africa", "Dahomey"],
  [/\b(?:Upper Volta)\b/i, ["BFA"], "Western Africa", "Upper Volta"],
  [/\b(?:Gold Coast)\b/i, ["GHA"], "Western Africa", "the Gold Coast"],
  [/\b(?:Tanganyika|Zanzibar)\b/i, ["TZA"], "Eastern Africa", "Zanzibar"],
  [/\b(?:South West Africa)\b/i, ["NAM"], "Southern Africa", "South West Africa"],
  [/\b(?:Swaziland)\b/i, ["SWZ"], "Southern Africa", "Swaziland"],
  [/\b(?:British Guiana)\b/i, ["GUY"], "South America", "British Guiana"],
  [/\b(?:British Honduras)\b/i, ["BLZ"], "Central America", "British Honduras"],
  [/\b(?:Panama Canal Zone)\b/i, ["PAN"], "Central America", "the Panama Canal Zone"],
  [/\b(?:Grand Duchy of Finland|Finnish Democratic Republic)\b/i, ["FIN"], "Northern Europe", "the Finnish Democratic Republic"],
  [/\b(?:Kingdom of Sikkim|Sikkim)\b/i, ["IND"], "Southern Asia", "Sikkim was merged into India"],
  [/\b(?:Portuguese India|Goa, Daman and Diu|Goa)\b/, ["IND"], "Southern Asia", "the Indian annexation of Goa"],
  [/\b(?:Hyderabad State|State of Hyderabad|Princely State of Hyderabad)\b/i, ["IND"], "Southern Asia", "the annexation of Hyderabad State"],
  [/\b(?:Emirate of Transjordan|Transjordan|Trans-Jordan)\b/i, ["JOR"], "Western Asia", "the Emirate of Transjordan"],
  [/\b(?:Trucial States|Trucial Oman|Trucial Coast)\b/i, ["ARE"], "Western Asia", "the Trucial States"],
  [/\b(?:Aden Protectorate|Colony of Aden|Federation of South Arabia|Aden)\b/, ["YEM"], "Western Asia", "the Aden Emergency"],
  [/\b(?:Bechuanaland)\b/i, ["BWA"], "Southern Africa", "the Bechuanaland Protectorate"],
  [/\b(?:Basutoland)\b/i, ["LSO"], "Southern Africa", "Basutoland"],
  [/\b(?:Tonkin|Annam|Cochinchina|Cochin-China)\b/i, ["VNM"], "South-Eastern Asia", "the French conquest of Tonkin"],
  [/\b(?:Byelorussia|Belorussia|Byelorussian SSR|Belorussian SSR)\b/i, ["BLR"], "Eastern Europe", "western Byelorussia"],
  [/\b(?:Kirghizia)\b/i, ["KGZ"], "Central Asia", "Kirghizia"],
  [/\b(?:Bosnia)\b/, ["BIH"], "Southeast Europe", "the Austro-Hungarian annexation of Bosnia"],
  [/\b(?:East Prussia)\b/i, ["POL", "RUS"], "Central Europe", "the Red Army entered East Prussia"],
  [/\b(?:Kingdom of Prussia|Prussia)\b/i, ["DEU"], "Western Europe", "the Kingdom of Prussia"],
  [/\b(?:Sudetenland|Sudetes|Bohemia|Moravia)\b/i, ["CZE"], "Central Europe", "the German annexation of the Sudetenland"],
  [/\b(?:Alsace-Lorraine|Alsace|Lorraine)\b/i, ["FRA"], "Western Europe", "Alsace-Lorraine"],
  [/\b(?:Free City of Danzig|Danzig|Silesia|Pomerania)\b/i, ["POL"], "Central Europe", "the Free City of Danzig"],
  [/\b(?:Memel Territory|Memelland|Klaipėda Region)\b/i, ["LTU"], "Northern Europe", "the Memel Territory"],
  [/\b(?:Rhineland|Ruhr|Saarland|Saar)\b/, ["DEU"], "Western Europe", "the French occupation of the Ruhr"],
  [/\b(?:Carpatho-Ukraine|Carpathian Ruthenia|Subcarpathian Ruthenia)\b/i, ["UKR"], "Eastern Europe", "Carpatho-Ukraine"],
  [/\b(?:Dodecanese|Crete)\b/, ["GRC"], "Southern Europe", "the Italian occupation of the Dodecanese"],
  // Abbreviations that read as words without "the" ("us", "Uk") are names only after it.
  [/(?<=\bthe\s)(?:U\.K\.?|UK)(?!\p{L})/u, ["GBR"], "Northern Europe", "Chile gave support to the UK"],
  [/(?<=\bthe\s)(?:U\.S\.A\.?|USA|U\.S\.?|US)(?!\p{L})/u, ["USA"], "North America", "Soviet spies in the US"],
  // Not a title, a church or a bank "of England", nor New England.
  [/(?<!\b(?:Church|Bank|Prince|Princess|King|Queen|Kings|Queens)\s+of\s+|\bNew\s+)\b(?:Great\s+Britain|Britain|England|Scotland)\b/u, ["GBR"], "Northern Europe", "the German bombing of Britain"],
  [/\b(?:PRC)\b/, ["CHN"], "Eastern Asia", "the PRC"],
  [/\b(?:DPRK)\b/, ["PRK"], "Eastern Asia", "the DPRK"],
  [/\b(?:ROK)\b/, ["KOR"], "Eastern Asia", "the ROK"],
  // Provinces and regions that wars are told by, by today's country.
  [/\b(?:Darfur|Kordofan)\b/, ["SDN"], "Northern Africa", "the war in Darfur"],
  [/\b(?:Katanga|Shaba|Kasai|South Kasai|Kivu|North Kivu|South Kivu|Ituri)\b/, ["COD"], "Middle Africa", "the secession of Katanga"],
  [/\b(?:Biafra)\b/, ["NGA"], "Western Africa", "the blockade of Biafra"],
  [/\b(?:Ogaden|Tigray|Ogađen)\b/, ["ETH"], "Eastern Africa", "the Somali invasion of the Ogaden"],
  [/\b(?:Cabinda)\b/, ["AGO"], "Middle Africa", "Cabinda"],
  [/\b(?:Aouzou Strip|Aozou Strip|Tibesti)\b/, ["TCD"], "Middle Africa", "Libya annexed the Aouzou Strip"],
  [/\b(?:Iraqi Kurdistan|Kurdistan Region)\b/, ["IRQ"], "Western Asia", "Iraqi Kurdistan"],
  [/\b(?:Hejaz|Hijaz|Najd|Nejd)\b/, ["SAU"], "Western Asia", "the conquest of the Hejaz"],
  [/\b(?:Dhofar)\b/, ["OMN"], "Western Asia", "the Dhofar rebellion"],
  [/\b(?:Galilee|Negev)\b/, ["ISR"], "Western Asia", "the Negev"],
  [/\b(?:Chechnya|Dagestan|Ingushetia)\b/, ["RUS"], "Eastern Europe", "Chechnya"],
  [/\b(?:Hainan)\b/, ["CHN"], "Eastern Asia", "the capture of Hainan"],
  [/\b(?:Quemoy|Kinmen|Matsu Islands)\b/, ["TWN"], "Eastern Asia", "the shelling of Quemoy"],
  [/\b(?:Aksai Chin)\b/, ["CHN"], "Eastern Asia", "Aksai Chin"],
  [/\b(?:Arunachal Pradesh|North-East Frontier Agency|Siachen(?: Glacier)?|Kargil)\b/, ["IND"], "Southern Asia", "Chinese troops entered Arunachal Pradesh"],
  [/\b(?:Normandy|Brittany|Provence)\b/, ["FRA"], "Western Europe", "the landings in Normandy"],
  [/\b(?:Transylvania)\b/, ["ROU"], "Southeast Europe", "Transylvania"],
  [/\b(?:Krajina|Slavonia)\b/, ["HRV"], "Southeast Europe", "Krajina"],
  [/\b(?:Herzegovina)\b/, ["BIH"], "Southeast Europe", "Herzegovina"],
  [/\b(?:South Georgia(?: and the South Sandwich Islands)?|South Sandwich Islands|Grytviken)\b/i, ["SGS"], "Antarctic", "the British retook the South Sandwich Islands"],
  [/\b(?:Ascension Island|Tristan da Cunha)\b/i, ["SHN"], "Western Africa", "the airfield on Ascension Island"],
  [/\b(?:Chagos Islands|Chagos Archipelago|Diego Garcia|British Indian Ocean Territory)\b/i, ["IOT"], "Eastern Africa", "the base on Diego Garcia"],
  [/\b(?:Canary Islands|Canaries)\b/, ["ESP"], "Southern Europe", "the Canary Islands"],
  [/\b(?:Azores|Madeira)\b/, ["PRT"], "Southern Europe", "the Azores"],
  [/\b(?:Corsica)\b/, ["FRA"], "Western Europe", "Corsica"],
  [/\b(?:Sardinia|Sicily)\b/, ["ITA"], "Southern Europe", "the Allied invasion of Sicily"],
  [/\b(?:Okinawa|Ryukyu Islands|Ryukyus)\b/, ["JPN"], "Eastern Asia", "the Battle of Okinawa"],
  [/\b(?:Kuril Islands|Kurile Islands|Kurils|Sakhalin)\b/, ["RUS"], "Eastern Europe", "the Soviet invasion of the Kuril Islands"],
  [/\b(?:Malaya|Federation of Malaya|Malay Peninsula)\b/, ["MYS"], "South-Eastern Asia", "Japanese troops landed in Malaya"],
  [/\b(?:Sumatra|Java|Celebes|Sulawesi|Dutch East Indies|Netherlands East Indies)\b/, ["IDN"], "South-Eastern Asia", "the Dutch East Indies"],
  [/\b(?:Borneo)\b/, ["IDN", "MYS", "BRN"], "South-Eastern Asia", "the Borneo campaign"],
  [/\b(?:Luzon|Mindanao|Leyte|Bataan|Corregidor)\b/, ["PHL"], "South-Eastern Asia", "the landings on Luzon"],
  [/\b(?:Guadalcanal)\b/, ["SLB"], "Melanesia", "the Guadalcanal campaign"],
  [/\b(?:Iwo Jima)\b/, ["JPN"], "Eastern Asia", "the Battle of Iwo Jima"],
  [/\b(?:Saipan|Tinian)\b/, ["MNP"], "Micronesia", "the Battle of Saipan"],
  [/\b(?:Dalmatia|Slavonia)\b/, ["HRV"], "Southeast Europe", "Italy annexed Dalmatia"],
  [/\b(?:Carpathian Ruthenia|Subcarpathian Ruthenia|Carpatho-Ukraine)\b/, ["UKR"], "Eastern Europe", "Carpathian Ruthenia"],
  [/\b(?:Sindh|Sind|Balochistan|Baluchistan|Khyber Pakhtunkhwa|North-West Frontier Province)\b/, ["PAK"], "Southern Asia", "the province of Sindh"],

  // Regions split by a line of control or an occupation: the side where the act happened.
  [/\b(?:Azad Kashmir|Azad Jammu and Kashmir|Pakistani?[- ](?:administered|controlled|occupied|held)\s+(?:Azad\s+)?Kashmir|Pakistan[- ](?:administered|controlled|occupied|held)\s+Kashmir|Gilgit[- ]Baltistan)\b/i, ["PAK"], "Southern Asia", "Pakistani-administered Kashmir"],
  [/\b(?:Jammu and Kashmir|Indian[- ](?:administered|controlled|held)\s+(?:Jammu and\s+)?Kashmir|India[- ](?:administered|controlled|held)\s+Kashmir|Ladakh)\b/i, ["IND"], "Southern Asia", "Jammu and Kashmir"],
  [/\b(?:West Bank|Gaza Strip|Gaza|East Jerusalem|Judea and Samaria)\b/i, ["PSE"], "Western Asia", "the West Bank"],
  [/\b(?:Golan Heights|(?<=\bthe\s)Golan)\b/i, ["SYR"], "Western Asia", "the Golan Heights"],
  [/\b(?:Sinai Peninsula|Sinai)\b/i, ["EGY"], "Northern Africa", "the Sinai"],
  [/\b(?:Falklands|Malvinas|East Falkland|West Falkland|Port Stanley|Goose Green)\b/i, ["FLK"], "South America", "the Falklands"],

  // The ancient and medieval Near East, by today's country (gold/README.md "Codes").
  [/\b(?:Sumer|Akkad|Babylonia|Babylon|Assyria|Nineveh|Ashur|Assur|Uruk|Lagash|Umma|Nippur|Larsa|Eridu|Akshak|Adab|Ctesiphon|Seleucia|Opis|Mesopotamia|Diyala(?: River)?|Akkadian Empire|Assyrian Empire|Babylonian Empire)\b/i, ["IRQ"], "Western Asia", "Sumer"],
  [/\b(?:Kish|Ur|Isin|Mari)\b/, ["IRQ"], "Western Asia", "Kish"],
  [/\b(?:Elam|Susa|Anshan|Persepolis|Pasargadae|Ecbatana|Median Empire|Achaemenid Empire|Sasanian Empire|Sassanid Empire|Parthia)\b/i, ["IRN"], "Southern Asia", "Elam"],
  [/\b(?:Hatti|Hattusa|Anatolia|Asia Minor|Troy|Sardis|Lydia|Carchemish|Pteria|Thymbra|Halys|Cappadocia|Cilicia|Constantinople|Byzantium|Nicaea|Nicomedia|Edessa|Amida|Manzikert|Antioch|Nisibis|Carrhae)\b/i, ["TUR"], "Western Asia", "Hatti"],
  [/\b(?:Kadesh|Qarqar|Ebla|Ugarit|Palmyra|Emesa)\b/i, ["SYR"], "Western Asia", "Kadesh"],
  [/\b(?:Megiddo|Lachish|Hazor|Beersheba|Ashkelon|Ascalon)\b/i, ["ISR"], "Western Asia", "Megiddo"],
  [/\b(?:Jerusalem|Jebus|Jericho|Hebron|Bethlehem)\b/i, ["PSE"], "Western Asia", "Jerusalem"],
  [/\b(?:Levant|Bilad al-Sham|Canaan)\b/i, ["SYR", "LBN", "ISR", "PSE", "JOR"], "Western Asia", "the Levant"],
  [/\b(?:Fertile Crescent)\b/i, ["IRQ", "SYR", "LBN", "ISR", "PSE", "JOR", "TUR", "IRN"], "Western Asia", "the Fertile Crescent"],
  [/\b(?:Nubia|Kingdom of Kush|Kush|Meroe)\b/i, ["SDN"], "Northern Africa", "Nubia"],
  [/\b(?:Upper Egypt|Lower Egypt|Ancient Egypt|Thebes|Pelusium|Heliopolis)\b/i, ["EGY"], "Northern Africa", "Lower Egypt"],
  [/\b(?:Urartu)\b/i, ["ARM"], "Western Asia", "Urartu"],

  // Central Asia's khanates, oases and cities (gold/README.md "Codes": Khiva, Bukhara → UZB; Merv, Geok Tepe → TKM).
  [/\b(?:Khanate of Khiva|Khiva|Khwarezm|Khorezm|Bukhara|Bokhara|Khanate of Kokand|Kokand|Samarkand|Tashkent|Fergh?ana(?: Valley)?|Transoxiana)\b/i, ["UZB"], "Central Asia", "the Khanate of Khiva"],
  [/\b(?:Merv|Geok[- ]Tepe|Ashgabat|Ashkabad|Askhabad|Tejend|Tejen|Panjdeh|Transcaspia|Konye-Urgench|Krasnovodsk)\b/i, ["TKM"], "Central Asia", "Merv"],
  [/\b(?:Pishpek|Bishkek|Tokmak|Tokmok|Osh)\b/, ["KGZ"], "Central Asia", "Pishpek"],
  [/\b(?:Aulie-Ata|Taraz|Chimkent|Shymkent|Ak-Mechet|Vernoye|Vernyi|Semirechye|Kazakh Steppe|Hazrat-i-Turkestan|Turkestan city)\b/i, ["KAZ"], "Central Asia", "Aulie-Ata"],
  [/\b(?:Pamirs?|Pamir Mountains|Gorno-Badakhshan)\b/i, ["TJK"], "Central Asia", "the Pamirs"],
  // Badakhshan alone is the Afghan province; the Tajik one is Gorno-Badakhshan.
  [/\bBadakhshan\b/i, ["AFG"], "Southern Asia", "Fayzabad in Badakhshan"],
  [/\b(?:Kulja|Ghulja|Yining|Dzungaria|Kashgar|Tarim Basin|Ili valley)\b/i, ["CHN"], "Eastern Asia", "Kulja"],
  [/\b(?:Herat|Kabul|Kandahar|Qandahar|Jalalabad|Balkh|Mazar-i-Sharif|Ghazni)\b/i, ["AFG"], "Southern Asia", "Herat"],

  // Iberia and the Maghreb (gold/README.md "Codes": Castile, Algeciras → ESP; Gibraltar → GIB).
  [/\b(?:Castile|Aragon|Andalusia|Granada|Algeciras|Tarifa|Cádiz|Cadiz|Málaga|Malaga|Marbella|Estepona|Menorca|Minorca|Majorca|Mallorca|Ibiza|Ceuta|Melilla|Barcelona|Seville|Toledo|Guernica|Trafalgar|Murcia|Cartagena)\b/i, ["ESP"], "Southern Europe", "Algeciras"],
  [/\b(?:Fez|Tangier|Marrakesh|Marinid Sultanate(?: of Fez)?)\b/, ["MAR"], "Northern Africa", "the Marinid Sultanate of Fez"],
  [/\b(?:Algiers|Oran|Mers[- ]el[- ]Kebir)\b/i, ["DZA"], "Northern Africa", "Mers-el-Kebir"],
  [/\b(?:Carthage|Tunis)\b/, ["TUN"], "Northern Africa", "Carthage"],

  // Regions and ports a text names as the place acted on, by the country that holds them today.
  [/\b(?:Suez\s+Canal(?:\s+Zone)?|Suez|Port\s+Said|Port\s+Fuad|Ismailia)\b/, ["EGY"], "Northern Africa", "Anglo-French forces landed at Port Said"],
  [/\b(?:Tripolitania|Cyrenaica|Fezzan|Benghazi|Tobruk)\b/, ["LBY"], "Northern Africa", "the Italian conquest of Cyrenaica"],
  [/\b(?:Siberia|Vladivostok|Arkhangelsk|Archangel|Murmansk)\b/, ["RUS"], "Eastern Europe", "the Allied intervention in Siberia"],
  [/\b(?:West\s+Papua|Irian\s+Jaya|Netherlands\s+New\s+Guinea)\b/, ["IDN"], "South-Eastern Asia", "Indonesia's seizure of West Papua"],
  [/\b(?:Mandatory\s+Palestine|British\s+Mandate\s+(?:of|for)\s+Palestine)\b/, ["ISR", "PSE"], "Western Asia", "Mandatory Palestine"],
  [/\b(?:Waziristan|Khyber\s+Pass|Peshawar|North-West\s+Frontier(?:\s+Province)?)\b/, ["PAK"], "Southern Asia", "the British campaigns in Waziristan"],
  [/\b(?:Bushehr|Bushire|Bandar\s+Abbas|Kharg\s+Island)\b/, ["IRN"], "Southern Asia", "a British force landed at Bushehr"],
  // Cities and places of well-known fighting, as the place acted on (case-sensitive: "Hue", "Tyre" are names).
  [/\b(?:Hiroshima|Nagasaki)\b/u, ["JPN"], "Eastern Asia", "the atomic bombing of Hiroshima"],
  [/\b(?:Basra|Mosul|Fallujah|Falluja|Tikrit|Kirkuk)\b/u, ["IRQ"], "Western Asia", "British forces landed at Basra"],
  [/\b(?:Aleppo|Homs|Hama|Raqqa|Idlib|Golan)\b/u, ["SYR"], "Western Asia", "Russian aircraft bombed Aleppo"],
  [/\b(?:Sidon|Tyre)\b/u, ["LBN"], "Western Asia", "Israeli forces reached Sidon"],
  [/\b(?:Rafah)\b/u, ["PSE"], "Western Asia", "the raid on Rafah"],
  [/\b(?:Srebrenica|Mostar)\b/u, ["BIH"], "Southeast Europe", "the siege of Mostar"],
  [/\b(?:Grozny|Stalingrad|Leningrad)\b/u, ["RUS"], "Eastern Europe", "the siege of Leningrad"],
  [/\b(?:Tskhinvali)\b/u, ["GEO"], "Western Asia", "Georgian troops shelled Tskhinvali"],
  [/\b(?:Donetsk|Luhansk|Mariupol|Kharkiv|Odesa|Odessa|Sevastopol)\b/u, ["UKR"], "Eastern Europe", "the siege of Mariupol"],
  [/\b(?:Misrata|Misurata|Sirte)\b/u, ["LBY"], "Northern Africa", "NATO aircraft struck Sirte"],
  [/\b(?:Mitla\s+Pass)\b/u, ["EGY"], "Northern Africa", "paratroopers were dropped near the Mitla Pass"],
  [/\b(?:Kismayo|Kismayu)\b/u, ["SOM"], "Eastern Africa", "Kenyan troops took Kismayo"],
  [/\b(?:Entebbe)\b/u, ["UGA"], "Eastern Africa", "the raid on Entebbe"],
  [/\b(?:Goma|Bukavu|Kisangani|Kolwezi)\b/u, ["COD"], "Middle Africa", "French paratroopers landed at Kolwezi"],
  [/\b(?:Cuito\s+Cuanavale|Huambo)\b/u, ["AGO"], "Middle Africa", "the battle of Cuito Cuanavale"],
  [/\b(?:Jaffna|Trincomalee)\b/u, ["LKA"], "Southern Asia", "the IPKF took Jaffna"],
  [/\b(?:Chittagong)\b/u, ["BGD"], "Southern Asia", "Indian aircraft struck Chittagong"],
  [/\b(?:Quetta|Lahore)\b/u, ["PAK"], "Southern Asia", "Indian forces advanced towards Lahore"],
  [/\b(?:Srinagar)\b/u, ["IND"], "Southern Asia", "raiders advanced on Srinagar"],
  [/\b(?:Kunduz|Helmand|Lashkar\s+Gah)\b/u, ["AFG"], "Southern Asia", "British troops were deployed to Helmand"],
  [/\b(?:Da\s+Nang|Danang|Hue|Saigon|Haiphong|Dien\s+Bien\s+Phu)\b/u, ["VNM"], "South-Eastern Asia", "Marines landed at Da Nang"],
  [/\b(?:Inchon|Incheon|Pusan|Busan)\b/u, ["KOR"], "Eastern Asia", "the landing at Inchon"],
  [/\b(?:Mukden|Harbin|Nanking|Nanjing|Shanghai|Wuhan|Dalian|Port\s+Arthur)\b/u, ["CHN"], "Eastern Asia", "Japanese troops occupied Mukden"],
  [/\b(?:Veracruz|Tampico)\b/u, ["MEX"], "North America", "American marines occupied Veracruz"],
  [/\b(?:Guantanamo|Guantánamo)\b/u, ["CUB"], "Caribbean", "the base at Guantanamo"],
];

/**
 * What joins the places an act was done to into one list: "Estonia, Latvia and parts of
 * Romania", "Hamazi, Akkad, Kish, and Nippur" — a comma or "and", never a bare space ("the fort
 * of Panjdeh Britain came close to war": a comma missing before the next clause).
 */
export const TARGET_LIST_JOIN: readonly [RegExp, string, string] = [
  /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:the\s+)?(?:parts?|most|much|all|some|regions?|territor(?:y|ies)|areas?)\s+of\s+)?(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$/i,
  "target:list",
  ", and parts of ",
];

/** Words between an act and a place that show the place is no target: "invaded the islands after the war with Spain", "supplied arms to the rebels through Zaire" (a route). */
export const TARGET_GAP_STOP: readonly [RegExp, string, string] = [
  /\b(?:after|before|with|while|when|from|by|during|since|until|because|as|than|like|unlike|following|despite|for|between|through|via|so\s+(?:that|as)|in\s+order|although|though|whereas|unless|whether|if)\b/i,
  "target:past-a-phrase",
  " the islands after the war with ",
];

/** Direction words that qualify a place without changing the country: "eastern Poland". */
export const PLACE_QUALIFIER = /^(?:the\s+)?(?:(?:north|south|east|west|central|upper|lower)(?:ern)?|north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?|occupied|mainland|greater|kingdom of|republic of)\s+/i;

/** A modern country: its names from `world-countries` (common, official, alternative spellings). */
export interface ModernCountry {
  iso3: string;
  name: string;
  region: string;
  /** A member of the United Nations (territories are not). */
  unMember: boolean;
  names: readonly string[];
}

/**
 * Alternative spellings in `world-countries` that are English words or names in prose, not the
 * country: `[name, iso3, "example"]` ("Mann" is Manx for the Isle of Man).
 */
export const NOT_COUNTRY_NAMES: readonly (readonly [name: string, iso3: string, example: string])[] = [
  ["Mann", "IMN", "the novelist Thomas Mann"],
];

/**
 * The countries whose English names have a word in them: a word in the names of several other
 * countries ("Island": Christmas Island, Norfolk Island, Bouvet Island …) is a common noun, so
 * as a country's alternative spelling ("Island", Iceland in Icelandic) it names no country in
 * English prose ("Pebble Island"). "Congo" (DR Congo, and the Republic of the Congo's own
 * spelling) is in one other's: a name.
 */
const COUNTRIES_BY_NAME_WORD: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const countriesOf = new Map<string, Set<string>>();
  for (const c of countries) for (const word of c.name.common.split(/[\s-]+/)) countriesOf.set(word, (countriesOf.get(word) ?? new Set()).add(c.cca3));
  return countriesOf;
})();

/** Whether an alternative spelling of a country names it in English prose (see NOT_COUNTRY_NAMES, COUNTRIES_BY_NAME_WORD). */
function namesCountry(name: string, iso3: string): boolean {
  if (NOT_COUNTRY_NAMES.some(([n, code]) => n === name && code === iso3)) return false;
  const others = [...(COUNTRIES_BY_NAME_WORD.get(name) ?? [])].filter((code) => code !== iso3);
  return others.length < 2;
}

/** Every modern country, with its region (the `world-countries` subregion, else its region). */
export const MODERN_COUNTRIES: readonly ModernCountry[] = countries.map((c) => ({
  iso3: c.cca3,
  name: c.name.common,
  region: c.subregion || c.region,
  unMember: c.unMember,
  // Two-letter codes ("MN", "US") are left out: they read as words in prose.
  names: [...new Set([c.name.common, c.name.official, ...c.altSpellings.filter((n) => namesCountry(n, c.cca3))])].filter((n) => n.length > 2 && !/^[A-Z]{2}$/.test(n)),
}));

/**
 * Words that make a place's name a state's ("Kingdom of Hawaii", "Khanate of Kokand", "Republic
 * of Texas"): a state that was is another state, though its land is the actor's country today.
 */
export const STATE_NAME_WORDS: readonly [RegExp, string, string] = [
  /\b(?:Kingdom|Republic|Empire|Khanate|Emirate|Sultanate|Principality|Duchy|Grand\s+Duchy|Confederation|Federation|Dynasty|Caliphate|Shogunate)\b/u,
  "place:state-name",
  "Kingdom of Hawaii",
];

/**
 * A target name two states have borne, told apart by the row it heads: `[name, the other
 * state's ISO3, what in the row names the other, "example"]`. "Congo" alone is the Republic of
 * the Congo (world-countries), but a row that tells of Léopoldville, Katanga or Belgian rule is
 * about the former Belgian Congo, today's DR Congo.
 */
export const SHARED_NAMES: readonly (readonly [name: RegExp, other: string, context: RegExp, example: string])[] = [
  [/^(?:the\s+)?Congo$/i, "COD", /\b(?:L[eé]opoldville|Kinshasa|Katanga(?:n|ns)?|Kasai|Kivu|Stanleyville|Kisangani|[EÉ]lisabethville|Lubumbashi|Zaire|Belgian|Belgium)\b/u, "After the Congo gained independence from Belgium in June 1960"],
  // Iran's Azerbaijan (its north-west, around Tabriz) is not the republic north of the Aras.
  [/^(?:the\s+)?Azerbaijan$/i, "IRN", /\b(?:Tabriz|Pishevari|Mahabad|Ardabil|Urmia|Zanjan|northern\s+Iran|(?:Iranian|Persian)\s+Azerbaijan)\b/u, "the Azerbaijan People's Government was proclaimed in Tabriz"],
];

/**
 * Regions named as a whole target ("==== 1920s: Central Asia ===="), by the `world-countries`
 * subregion they are (its UN members), or by a hand list where none is: `[pattern, subregion
 * or codes, "example"]`. Only whole target names (maybePlace): in running text a region is a
 * setting more often than a target ("the campaign in North Africa").
 */
export const REGION_NAMES: readonly (readonly [pattern: RegExp, members: string | readonly string[], example: string])[] = [
  [/^(?:Soviet\s+)?Central\s+Asia$/i, "Central Asia", "Central Asia"],
  [/^(?:North|Northern)\s+Africa$/i, "Northern Africa", "North Africa"],
  [/^Central\s+America$/i, "Central America", "Central America"],
  [/^(?:the\s+)?Caribbean$/i, "Caribbean", "the Caribbean"],
  [/^South\s+America$/i, "South America", "South America"],
  [/^(?:South[- ]?East(?:ern)?|Southeast)\s+Asia$/i, "South-Eastern Asia", "Southeast Asia"],
  [/^(?:East|Eastern)\s+Asia$/i, "Eastern Asia", "East Asia"],
  [/^(?:the\s+)?(?:South\s+Caucasus|Transcaucasia|Caucasus)$/i, ["GEO", "ARM", "AZE"], "Transcaucasia"],
  [/^(?:the\s+)?Horn\s+of\s+Africa$/i, ["DJI", "ERI", "ETH", "SOM"], "the Horn of Africa"],
  [/^Scandinavia$/i, ["DNK", "NOR", "SWE"], "Scandinavia"],
];

/**
 * Spans of running text in which a country's name or demonym names no state and no target:
 * `[pattern, label, "example"]` — the Americas as a region, an organisation of states, a sea
 * or gulf named after a country ("the Gulf of Mexico", "the South China Sea", "the Indian
 * Ocean"). Whole target names (a heading's "Taiwan Strait") are read by maybePlace, not here.
 */
export const NOT_STATE_SPANS: readonly (readonly [pattern: RegExp, label: string, example: string])[] = [
  [/\b(?:Latin|South|North|Central|Meso|Pan|Ibero|Spanish|Portuguese|Hispanic|[Cc]olonial|[Pp]re-Columbian)[-\s]Americ(?:as?|ans?)\b|\bthe\s+Americas\b/u, "not-state:americas", "Latin American governments"],
  [/\bOrgani[sz]ation\s+of\s+American\s+States\b/u, "not-state:organisation", "the Organization of American States"],
  [/\b(?:Gulf|Sea|Bay|Straits?)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+|\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:Ocean|Sea|Gulf|Straits?|Channel)\b/u, "not-state:water", "warships in the Gulf of Mexico"],
  // A pact or a congress named after its city or state: "The Treaty of Paris makes Malta a British colony".
  [/\b(?:Treaty|Treaties|Peace|Congress|Conference|Convention|Agreement|Accords?|Protocol|Declaration|Pact|Charter|Statute)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?/u, "not-state:pact", "The Treaty of Paris makes Malta a British colony"],
];

/**
 * Words after a capital that make it part of a name, not the place acted on: a pact or a
 * conference named after the city ("the Warsaw Pact"), a type of aircraft ("Canberra bomber
 * planes").
 */
export const CAPITAL_IN_NAME: readonly [RegExp, string, string] = [
  /^\s+(?:Pact|Treaty|Agreement|Accords?|Conference|Declaration|Protocol|Convention|Summit|Commune|Process|Club|Group|Initiative|Charter|Statute|Stock|bombers?|aircraft|airliners?|jets?|class|missiles?)\b/u,
  "place:capital-in-name",
  " bomber planes",
];

/**
 * Words right before a place name that make it part of another place's name: "New Jersey",
 * "New Spain", "New France" are not Jersey, Spain or France (the longer name, where it is a
 * country or in the gazetteer — "New Zealand", "Papua New Guinea" — is found whole first).
 */
export const OTHER_PLACE_BEFORE: readonly [RegExp, string, string] = [/\b(?:New|Nueva|Nuevo|Nouvelle|Nova)\s+$/u, "place:new-x", "settlers from New France"];
