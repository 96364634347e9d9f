/**
 * Common English words that are also names in the lists we load (GeoNames has towns
 * called "Of", "Police", "Mobile"; designation lists have aliases such as "The Base" or
 * "Islamic Group"). A surface form made only of such words would fire on ordinary
 * prose, so the dictionaries leave it out unless it names a country or province.
 */

const WORDS = `
a about above across after again against all along also am among an and any are area
army around as at away back bad bar base bath be bear because bed been before begin being
below best better between big bill black blue board body bold both box boy bridge bright
brown burn but by call camp can cape cap carry case cat center central centre chance
change chapel church city clay close coal cold come common cool corner cotton could
council county court cross crown cut dale dam dark day deal deep did do does dog done
door down draw dream drop dry due early earth east easy eat edge end energy even ever
every fair faith fall far farm fast father field fight fine fire first fish five flat
flower fly for force forest fork fort four free fresh friend from front full game garden
gate gift give glen god going gold good grace grand grant great green ground group grove
guard had half hall hand happy harbor harbour hard has have he head health hear heart
heat help her here hero high hill him his hold hole home hope horn horse hot house how
hunt idea if in inch island it its job join joy just keep key kind king lake land large
last late lead leaf league left less level liberty life light like lime line lion
little live long look lord lost love low luck made main major make male man many march
mark market may me mean meet middle might mile mill mine mission mobile moon
more most mount mountain move much must my name nation national nature near new next nice
night no none north not now number oak ocean of off office oil old on once one only open
or orange order other our out over own page palm park part party pass peace people
pine place plain plant play pleasant point police pond poor port post power pride prince
progress promise pure queen quick quiet rain range ready reading real red rest rich
ridge right ring rise river road rock rose round royal rule run safe saint salt same sand
say school sea second see seven shade she ship shore short side silver six small snow so
soldier some son sound south spring square staff star start state station still stone
storm story street strong summer sun sure sweet table tall team temple ten than that the
their them then there these they thing this those three tiger time to top tower town
trade tree trust truth try turn two under union unity up upper us use valley very view
village vista war warm was watch water way we well west what when where white who why
wild will win wind winter with wood word work world would yard year yes you young your
zone
dawn hope liberty victory independence justice freedom mercy glory honor honour
along police mosque most mission reading nice union mobile of
islamic islam holy jihad movement revolutionary brigade brigades battalion battalions
organization organisation forces soldiers supporters helpers partisans followers youth
army armies council front party committee the
tank enterprise paradise surprise split springs tours punch lash begun shaping aid
abu umm ahl dar din haq mir pir pak bab bin
jamiat jamiyat jamaat jamat tanzeem tanzim tehreek tehrik lashkar jaish jaysh sipah sepah
hizb harakat harkat majlis markaz idara
`;

/**
 * Given names and family or tribal names common in the reporting we read. A town that
 * shares one ("Hassan" in India, "Hamza" in Uzbekistan) would turn every person of
 * that name into a place, so towns with these names stay out of the dictionary.
 */
const PERSONAL = `
hassan hasan hussain husain hamza usman osman umar omar ahmad ahmed mohammad muhammad
mohammed abdullah khan ali akbar aziz karim rahim salim saeed said tariq bilal hafiz
ismail yusuf yousuf musa qasim jalal fazal hakim haji mullah maulana sheikh shaikh shah
mirza malik baig nawaz imran asif zubair javed rashid latif mehsud wazir bugti marri
mengal afridi haqqani mansoor mansur akhtar noor gul zaman sharif kamal faisal khalid
jamal majeed anwar aslam amin iqbal rehman rahman abbas yasin nasir nazir sajid shahid
rafiq hameed hamid haider zaid idris ilyas haroon fatima ayesha zainab maryam khadija
salman sultan nadir babar babu mary nancy norman tyler hala saida rania patti kati tarana
alizai achakzai kakar shinwari yusufzai bangash khattak marwat zadran ahmadzai
`;

const PERSONAL_SET: ReadonlySet<string> = new Set(PERSONAL.split(/\s+/).filter(Boolean));

/** True for a one-word name that is also a common personal or tribal name. */
export function isPersonalName(name: string): boolean {
  return PERSONAL_SET.has(name.trim().toLowerCase());
}

const SET: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/).map((w) => w.replace(/\?$/, '')).filter(Boolean),
);

/** True when the word, lower-cased, is on the stop list. */
export function isCommonWord(word: string): boolean {
  return SET.has(word.toLowerCase());
}

/** True when every word of the phrase is a common word ("Union", "Islamic Group", "The Base"). */
export function isCommonPhrase(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => SET.has(w));
}
