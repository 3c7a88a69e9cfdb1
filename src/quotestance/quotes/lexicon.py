"""Word lists for the rule-based quote extractor: reporting verbs, titles, organisations, names."""

from __future__ import annotations

import re

_CUE_STEMS = (
    "say said says saying tell told tells telling add added adds adding warn warned warns "
    "stated states declare declared declares note noted notes argue argued argues "
    "ask asked asks explain explained explains write wrote writes writing tweet tweeted tweets "
    "announce announced announces describe described describes describing call called calls "
    "continue continued continues reply replied replies respond responded responds "
    "recall recalled recalls claim claimed claims acknowledge acknowledged acknowledges "
    "admit admitted admits concede conceded concedes complain complained complains "
    "suggest suggested suggests observe observed observes remark remarked remarks quip quipped "
    "quips joke joked jokes shout shouted shouts yell yelled yells boast boasted boasts "
    "promise promised promises predict predicted predicts vow vowed vows pledge pledged pledges "
    "urge urged urges emphasize emphasized emphasizes emphasise emphasised stress stressed "
    "stresses insist insisted insists counter countered counters retort retorted retorts "
    "contend contended contends maintain maintained maintains reiterate reiterated reiterates "
    "confirm confirmed confirms deny denied denies allege alleged alleges charge charged "
    "lament lamented laments muse mused muses post posted posts testify testified testifies "
    "assert asserted asserts agree agreed agrees caution cautioned cautions thunder thundered "
    "snap snapped proclaim proclaimed proclaims wonder wondered wonders demand demanded demands "
    "answer answered answers opine opined scoff scoffed sigh sighed whisper whispered "
    "scream screamed rant ranted blast blasted slam slammed accuse accused accuses mock mocked "
    "text texted email emailed recount recounted recounts conclude concluded concludes "
    "report reported reports reveal revealed reveals threaten threatened threatens "
    "chide chided tout touted touts hail hailed hails dismiss dismissed dismisses "
    "criticize criticized criticizes criticise criticised insist insisted explain explained"
)
_EXTRA = (
    "characterize characterized characterizes refer referred refers label labeled labels labelled "
    "dub dubbed dubs brand branded brands term termed terms read reads release released releases "
    "insist urge accusing describe tweet cite cited cites quote quoted quotes dismiss "
    "attack attacked attacks praise praised praises lash lashed blame blamed blames "
    "question questioned questions vowed decry decried decries hint hinted hints "
    "recommend recommended recommends"
)
# more standard news reporting verbs, past and third-person forms (and a few participles): a bare form
# is mostly an infinitive or after a modal ('should condemn …'), and some -s forms are nouns ('protests')
_MORE = (
    "exhorted exhorts implored implores pleaded pled pleads besought begged entreated gushed "
    "exclaimed exclaims interjected interjects concurred concurs fumed grumbled grumbles groused "
    "griped carped moaned whined wailed bemoaned bemoans deplored deplores condemned condemns "
    "denounced denounces castigated excoriated berated chastised admonished scolded ridiculed derided "
    "lambasted lambastes railed fretted vented seethed muttered murmured groaned growled sneered "
    "taunted teased jested chuckled laughed snorted sniffed huffed bellowed hollered shrieked "
    "stammered gasped bragged gloated enthused marveled marvelled reassured reassures assured "
    "assures advised advises theorized posited posits surmised reasoned averred avers affirmed "
    "affirms reaffirmed reaffirms clarified clarifies professed professes elaborated elaborates "
    "mused pondered queried inquired enquired repeated echoed rebutted rebuts refuted objected "
    "protested swore vouched attested attests confessed confesses disclosed discloses divulged "
    "prophesied lauded extolled commended appealed challenged reminisced speculated implied retweeted rebuked "
    "pleading imploring exhorting exclaiming condemning denouncing lambasting assuring reassuring stating "
    "voiced voices pronounced pronounces estimated summed radioed"
)


# a final consonant doubles before -ing after one short vowel ('slam' → 'slamming', 'quip' → 'quipping'),
# and in 'admitting'; 'referring' is left out: after a quote it mostly glosses the narration
# ('fans chanted, “Build a wall,” referring to his vow …, the Herald reported')
_SHORT_CVC = re.compile(r"(?:qu|[^aeiou])*[aeiou][^aeiouwxy]")
_STRESSED_FINAL = frozenset(("admit",))


def _ing(verb: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if _SHORT_CVC.fullmatch(verb) or verb in _STRESSED_FINAL:
        return verb + verb[-1] + "ing"
    if verb.endswith("e") and not verb.endswith(("ee", "ye")):
        return verb[:-1] + "ing"
    return verb + "ing"


_BASE = set(_CUE_STEMS.split()) | set(_EXTRA.split()) | set(_MORE.split())
CUE_WORDS = frozenset(_BASE | {_ing(v) for v in _BASE if not v.endswith(("ed", "s", "ing")) and v not in ("said", "told", "wrote")})

# Capitalised words that introduce or qualify a name without being part of it.
TITLES = frozenset(
    """President Vice Secretary Minister Foreign Defense Defence Interior Finance Prime State
    Sen. Senator Rep. Representative Gov. Governor Mayor Chairman Chairwoman Director Chief
    General Gen. Attorney Judge Justice Dr. Mr. Mrs. Ms. Miss Prof. Professor Speaker Leader
    Majority Minority Democratic Republican GOP Democrat Former Ambassador Commissioner Deputy
    Assistant Spokesman Spokeswoman Press Rev. Rev Rt. Rt Pope King Queen Prince Princess Lt. Col. Sgt.
    Adm. Capt. Lord Sir Dame Chancellor Premier Cardinal Bishop Officer Agent Coach Candidate
    Nominee Presidential Homeland Health Trade Energy Treasury Commerce Labor Education Justice
    Transportation Agriculture Security U.S. US UK U.K. U.N. UN EU Kremlin Federal National
    Sen Rep Gov Dr Mr Mrs Ms Gen Lt Col First Lady Sheriff Detective Captain Lieutenant
    Sergeant Colonel Admiral Executive Senior Press Campaign Communications Manager Chair
    Reverend Father Rabbi Imam Ayatollah Emir Sheikh Sheikha Sayyid Crown Supreme Leader Independent Libertarian
    Treasurer Opposition Scientist Prosecutor Firefighter Forecaster Commander Inspector
    Superintendent Constable Envoy Brigadier Maj. Maj Brig. Brig Cmdr. Cmdr Lieutenant-General Attorney-General Det Sgt
    Advocate Lawyer Insp Doctor MP Councillor Councilor Congressman Congresswoman Assemblyman
    Assemblywoman Alderman Administrator Eyewitness Witness Student Pastor Anchor Correspondent
    Analyst Economist Activist CEO Spokesperson Aide Adviser Advisor Strategist Pollster
    Secretary-General Under-Secretary-General Under-Secretary President-elect Acting Interim Managing Magistrate
    Clerk Auditor Comptroller Assessor Registrar Recorder Coroner Councilman Councilwoman Trustee Selectman Selectwoman Regent
    Commodore Fisherman Fisherwoman Whip Businessman Businesswoman Entrepreneur Billionaire Philanthropist Tycoon Mogul
    Moderator Host Co-host Cohost Presenter Newscaster Emcee Interviewer Panelist Panellist Commentator Columnist
    Pundit Reporter Journalist Contributor Editor Publisher Surrogate Operative Consultant Organizer Organiser
    Campaigner Volunteer Supporter Donor Delegate Challenger Incumbent Hopeful Frontrunner Front-runner
    Chairperson Lawmaker Legislator Striker Goalkeeper Goalie Midfielder Defender Skipper Winger""".split()
)
# regional adjectives that, like nationalities, mark a plural as a noun: 'many Asian states'
REGIONAL_ADJECTIVES = frozenset("Asian African Arab Baltic Balkan Caribbean Gulf Nordic Western Eastern".split())
NATIONALITIES = frozenset(
    """Russian German American British French Turkish Ukrainian Chinese Israeli Iranian Syrian
    Mexican Canadian Belarusian Belarussian Polish Italian Spanish Japanese Korean Indian Iraqi
    Afghan Saudi Egyptian European Palestinian Cuban Venezuelan Brazilian Australian Irish
    Scottish Dutch Swedish Norwegian Finnish Danish Greek Hungarian Austrian Swiss Belgian
    Pakistani Lebanese Jordanian Libyan Qatari Emirati Yemeni Kurdish Georgian Armenian
    Kazakh Lithuanian Latvian Estonian Czech Slovak Romanian Bulgarian Serbian Croatian""".split()
)
ORG_WORDS = frozenset(
    """Ministry Department Office Committee Campaign Party Agency Council Commission Association
    Organization Organisation Institute Center Centre University Court Police Government
    Administration Service Bureau Foundation Group Network House Senate Congress Pentagon NATO
    Times Post Journal News Reuters Union Company Corp. Inc. Bank Fund Board Army Navy Forces
    Embassy Coalition Alliance Tower Hotel Hall Street Avenue Square Center Park Airport PAC Caucus Project Club Society Federation League Trust Watch
    Parliament Assembly Cabinet Command Staff Authority Commission Tribune Herald Magazine
    Television Radio Channel Agency Mission Republicans Democrats Kremlin Secretariat
    Ministry's Department's Leadership Movement Front Council's Review Initiative Media
    Institution Corporation Industries Airlines Associates Partners Conference Commission's
    Workers Panel Monitor Tribunal Observatory AP AFP CNN NBC CBS ABC Fox MSNBC BBC FBI CIA NSA DNC RNC""".split()
)
# Capitalised words that never start or form a speaker name on their own.
STOP_CAPS = frozenset(
    """The A An But And Or So Yet In On At For From With Without By To Of As If When While After
    Before Although Though Because Since Until Unless Then Now Still However Meanwhile Moreover
    It Its It's This That These Those There Here He She They We I You His Her Their Our My Your
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Mr Mrs Ms Asked Speaking Last Next
    Earlier Later Also Even Only Just Not No Yes Some Many Most Much All Both Each Every One Two
    What Who Whom Whose Which Where Why How Indeed Instead Like Unlike Despite During Under Over
    Among Against Through About Into Upon Perhaps Maybe Already Again Once Twice Today Tonight
    Neither Nor Either Whether Yesterday Tomorrow Year Week Month Day Morning Evening Night God OK Okay Well Oh See
    Any Such Wait Look Listen Please Imagine Remember Consider Name""".split()
)
PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "o", "we": "p", "i": "s"}

FEMALE_NAMES = frozenset(
    """Hillary Annalena Angela Nancy Elizabeth Sarah Kellyanne Melania Ivanka Michelle Maria Mary
    Susan Karen Linda Patricia Jennifer Jessica Barbara Margaret Lisa Nicole Kamala Carly Hope
    Huma Donna Debbie Jill Katie Kate Laura Lauren Rachel Rebecca Amy Anna Emily Julie Heather
    Stephanie Christine Catherine Kathleen Ann Anne Claire Samantha Theresa Condoleezza Madeleine
    Dianne Diane Marsha Tammy Kirsten Sheila Janet Joan Jane Jeanne Ruth Sonia Loretta Kristen
    Megyn Gretchen Ellen Joni Nikki Marine Ursula Liz Elise Alexandria Ilhan Rashida Ayanna
    Kelly Katy Jeanine Dana Brenda Carol Cheryl Deborah Helen Irene Judith Judy Kathy Lori
    Marie Melissa Michele Monica Pam Pamela Paula Sharon Sylvia Tina Valerie Vanessa Wendy
    Yvonne Zoe Alice Alison Allison Amanda Andrea Angelica Betsy Bridget Caroline Cindy Connie
    Cynthia Denise Dolores Doris Emma Erin Evelyn Gloria Grace Holly Jacqueline Janice Jenny
    Jo Joyce Kay Kimberly Kirstjen Leslie Lynn Marilyn Martha Maxine Meghan Mia Natalie Olivia
    Penny Peggy Rose Sandra Sara Shannon Sophie Stacey Susanna Tanya Teresa Tracy Virginia""".split()
)
MALE_NAMES = frozenset(
    """Donald Bernie Barack Joe John Ted Marco Jeb Ben Chris Mike Paul Rand Sergei Vladimir Dmitry
    Ned Antony Recep Volodymyr Bill George James Robert Michael David Richard Thomas Charles Mark
    Steve Steven Tim Tom Jim Bob Jeff Newt Rudy Reince Corey Jason Brian Eric Kevin Mitch Harry
    Lindsey Scott Rick Ron Josh Sean Jake Matt Peter Andrew Jonathan Nick Sam Dan Daniel Frank
    Henry Jack Larry Gary Greg Roger Carl Karl Jared Stephen Bernard Boris Emmanuel Justin Xi
    Benjamin Hassan Bashar Tayyip Viktor Olaf Jens Lloyd Anthony Martin Jerry Jay Al Dick Mitt
    Luca Nikita Joshua Ezra Elijah Andrea Jonah Noah Ilya Sasha Mustafa Moshe Ali Ahmed Mohammed
    Muhammad Omar Kim Ryan Adam Alan Alex Allen Barry Brad Bruce Bryan Chuck Craig Dave Dennis
    Don Doug Douglas Ed Edward Elliott Eugene Gerald Glenn Gordon Howard Hugh Ian Jesse Jimmy
    Joel Jon Joseph Keith Ken Kenneth Lee Leon Louis Marcus Matthew Mick Nathan Neil Oliver
    Patrick Phil Philip Ralph Randy Ray Raymond Reid Roy Russell Samuel Simon Stanley Terry
    Timothy Todd Tony Travis Trey Tyler Victor Vincent Walter Wayne William Willie Zach""".split()
)

# US states and their wire abbreviations: the 'State' in a dateline-like 'in Salem, New Hampshire,'.
US_STATES = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii
    Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
    Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
    Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming D.C. Ala. Ariz. Ark. Calif.
    Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb.
    Nev. Okla. Ore. Pa. Tenn. Tex. Va. Vt. Wash. Wis. Wisc. Wyo.""".split()
) | {"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
     "Rhode Island", "South Carolina", "South Dakota", "West Virginia", "N.H.", "N.J.", "N.Y.", "N.C.",
     "S.C.", "N.M.", "N.D.", "S.D.", "R.I.", "W.Va."}

# What a state's people are called: 'the Montanan said' for a senator of Montana
STATE_DEMONYMS = {
    "Alabamian": "Alabama", "Alaskan": "Alaska", "Arizonan": "Arizona", "Arkansan": "Arkansas",
    "Californian": "California", "Coloradan": "Colorado", "Delawarean": "Delaware", "Floridian": "Florida",
    "Georgian": "Georgia", "Hawaiian": "Hawaii", "Idahoan": "Idaho", "Illinoisan": "Illinois", "Hoosier": "Indiana",
    "Iowan": "Iowa", "Kansan": "Kansas", "Kentuckian": "Kentucky", "Louisianan": "Louisiana", "Mainer": "Maine",
    "Marylander": "Maryland", "Michigander": "Michigan", "Minnesotan": "Minnesota", "Mississippian": "Mississippi",
    "Missourian": "Missouri", "Montanan": "Montana", "Nebraskan": "Nebraska", "Nevadan": "Nevada",
    "New Hampshirite": "New Hampshire", "New Jerseyan": "New Jersey", "New Mexican": "New Mexico",
    "New Yorker": "New York", "North Carolinian": "North Carolina", "North Dakotan": "North Dakota",
    "Ohioan": "Ohio", "Oklahoman": "Oklahoma", "Oregonian": "Oregon", "Pennsylvanian": "Pennsylvania",
    "Rhode Islander": "Rhode Island", "South Carolinian": "South Carolina", "South Dakotan": "South Dakota",
    "Tennessean": "Tennessee", "Texan": "Texas", "Utahn": "Utah", "Vermonter": "Vermont", "Virginian": "Virginia",
    "Washingtonian": "Washington", "West Virginian": "West Virginia", "Wisconsinite": "Wisconsin",
    "Wyomingite": "Wyoming",
}

# A capital that speaks stands for its country's government ('Moscow said', 'Washington has said it is
# willing to …'), as conflict event data codes actors by country; Brussels (EU or Belgium) is left alone
CAPITAL_GOVERNMENTS = {
    "Washington": "United States", "Moscow": "Russia", "Kyiv": "Ukraine", "Kiev": "Ukraine", "Minsk": "Belarus",
    "Beijing": "China", "Tokyo": "Japan", "Seoul": "South Korea", "Pyongyang": "North Korea", "New Delhi": "India",
    "Islamabad": "Pakistan", "Kabul": "Afghanistan", "Tehran": "Iran", "Baghdad": "Iraq", "Damascus": "Syria",
    "Beirut": "Lebanon", "Cairo": "Egypt", "Riyadh": "Saudi Arabia", "Doha": "Qatar", "Ankara": "Turkey",
    "Athens": "Greece", "Rome": "Italy", "Paris": "France", "Berlin": "Germany", "London": "Britain",
    "Madrid": "Spain", "Warsaw": "Poland", "Vienna": "Austria", "Budapest": "Hungary", "Belgrade": "Serbia",
    "Taipei": "Taiwan", "Manila": "Philippines", "Hanoi": "Vietnam", "Jakarta": "Indonesia", "Ottawa": "Canada",
    "Canberra": "Australia", "Havana": "Cuba", "Caracas": "Venezuela", "Tripoli": "Libya", "Khartoum": "Sudan",
    "Addis Ababa": "Ethiopia", "Baku": "Azerbaijan", "Yerevan": "Armenia", "Tbilisi": "Georgia",
}

# Countries, US states and large cities: named places are never a 'he'/'she' (they resolve like
# organisations: 'Russia said it ...').
PLACES = frozenset(
    line.strip() for line in """
    Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas
    Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei
    Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica
    Croatia|Cuba|Cyprus|Czech Republic|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt
    El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana
    Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq
    Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos
    Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia
    Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco
    Mozambique|Myanmar|Burma|Namibia|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria
    North Korea|South Korea|Korea|North Macedonia|Macedonia|Norway|Oman|Pakistan|Palestine|Panama
    Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa
    Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa
    South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania
    Thailand|Tibet|Togo|Tonga|Trinidad|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|United Arab Emirates
    United Kingdom|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|United States|America
    Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Crimea|Gaza|West Bank
    Chechnya|Kashmir|Donbas|Europe|Asia|Africa|Latin America|Middle East
    Queensland|New South Wales|Victoria|Tasmania|Ontario|Quebec|Alberta|Bavaria|Punjab
    Moscow|Kyiv|Kiev|Minsk|Beijing|Shanghai|Hong Kong|Tokyo|Seoul|Pyongyang|Delhi|New Delhi|Mumbai
    Islamabad|Karachi|Lahore|Kabul|Kandahar|Tehran|Baghdad|Damascus|Beirut|Jerusalem|Tel Aviv|Cairo
    Riyadh|Doha|Dubai|Ankara|Istanbul|Athens|Rome|Paris|Berlin|Brussels|London|Madrid|Lisbon|Vienna
    Geneva|Zurich|Amsterdam|Stockholm|Oslo|Copenhagen|Helsinki|Warsaw|Prague|Budapest|Bucharest
    Belgrade|Sofia|Nairobi|Lagos|Johannesburg|Cape Town|Sydney|Melbourne|Brisbane|Perth|Adelaide
    Canberra|Auckland|Wellington|Jakarta|Manila|Bangkok|Hanoi|Singapore|Ottawa|Toronto|Montreal
    Vancouver|Havana|Caracas|Bogota|Lima|Santiago|Buenos Aires|Brasilia|Mexico City|Chicago|Boston
    Los Angeles|San Francisco|Seattle|Miami|Atlanta|Dallas|Houston|Philadelphia|Detroit|Baltimore
    Denver|Phoenix|Las Vegas|Fort Lauderdale|Manhattan|Brooklyn|Washington D.C.|Wall Street|Silicon Valley
    """.replace("\n", "|").split("|") if line.strip()
) | US_STATES
