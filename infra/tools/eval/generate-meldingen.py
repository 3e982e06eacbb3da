#!/usr/bin/env python3
"""Writes the evaluation corpus "meldingen openbare ruimte" (issue 13, corpus c).

Residents' reports about public space and nuisance the way a municipal reporting system receives them: one line,
often no punctuation, typos and dialect, phone notes typed by staff ("mw belt dat ..."), very short ones, exact and
near duplicates, and many reports that mention things of two categories. Labels are the categories such a system
uses. Written from general knowledge of such reports, not from the demo corpus. Some reports are labelled
inconsistently on purpose (two werkgroep members would not always agree either): see AMBIGUOUS and LABEL_NOISE.

Deterministic: `python3 infra/tools/eval/generate-meldingen.py > backend/src/test/resources/eval/meldingen.tsv`
"""
import random
import sys

SEED = 13_2026
TOTAL = 1800
LABEL_NOISE = 0.04          # share of reports filed under a random other category (human error)
EXACT_DUPLICATES = 0.05     # share that repeats an earlier report word for word (same melder, twice)
NEAR_DUPLICATES = 0.12      # share that re-tells an earlier report (other words, same problem and place)
SHORT = 0.10                # share that is only a few words
CONFUSER = 0.25             # share that mentions an object of another category (place or side remark)
AMBIGUOUS_SHARE = 0.12      # share drawn from AMBIGUOUS, whose category could go either way

AFVAL = "Afval"
WEGEN = "Wegen, straten en verkeer"
LICHT = "Openbare verlichting"
GROEN = "Groen"
PARKEREN = "Parkeren"
PERSONEN = "Overlast personen"
JEUGD = "Jeugdoverlast"
RIOOL = "Riolering, water en kolken"
SPELEN = "Speelvoorzieningen"
DIEREN = "Dieren en ongedierte"
GELUID = "Geluidsoverlast"
VANDALISME = "Graffiti, vernieling en vandalisme"
MEUBILAIR = "Straatmeubilair en bebording"
WRAKKEN = "Wrakken en weesfietsen"
OVERIG = "Overig"

# Rough shares of a year of reports in a mid-sized municipality.
WEIGHTS = {
    AFVAL: 18, WEGEN: 14, LICHT: 9, GROEN: 11, PARKEREN: 8, PERSONEN: 5, JEUGD: 5, RIOOL: 6, SPELEN: 3,
    DIEREN: 5, GELUID: 4, VANDALISME: 4, MEUBILAIR: 3, WRAKKEN: 3, OVERIG: 2,
}

# What is wrong, per category: full clauses a resident would type (several wordings of the same problems).
ISSUES = {
    AFVAL: [
        "vuilniszakken naast de container", "zakken naast de ondergrondse container", "container zit vol",
        "de ondergrondse container is weer vol en er staan zakken naast", "containers puilen uit",
        "iemand heeft een bank en matras gedumpt", "grofvuil op straat gezet", "oude koelkast op de stoep gezet",
        "er ligt een berg afval", "afval gedumpt", "illegale dumping van puin", "zak met bouwafval gedumpt",
        "zwerfvuil overal", "veel zwerfafval langs de weg", "blikjes en flesjes in de berm", "papier waait overal rond",
        "de papiercontainer is vol", "glasbak vol glas ernaast", "scherven naast de glasbak",
        "kliko is niet geleegd", "de groene bak is niet opgehaald", "grijze container niet geleegd vandaag",
        "vuilnis is niet opgehaald", "restafval niet opgehaald", "de pmd zakken zijn niet meegenomen",
        "klep van de container klemt je krijgt er niks meer in", "pasje werkt niet bij de container",
        "prullenbak zit propvol", "afvalbak loopt over", "afvalbak puilt uit", "meeuwen trekken de zakken open",
        "afval van de snackbar ligt op straat", "luiers en vuilnis naast de containers", "dozen bij de papierbak",
        "autobanden gedumpt", "asbest platen gedumpt", "verfblikken neergezet", "kapotte stoelen en een kast op straat",
        "vuilniszakken al een week op de hoek", "er ligt troep", "rotzooi van de markt niet opgeruimd",
        "veel sigarettenpeuken en troep", "kerstbomen liggen nog op straat", "huisvuil stinkt",
    ],
    WEGEN: [
        "gat in de weg", "diep gat in het wegdek", "groot gat in de weg fietsers vallen erin", "kuil in de straat",
        "losliggende stoeptegels", "tegels liggen los je struikelt erover", "stoep ligt scheef",
        "scheve stoeptegels oma is gevallen", "verzakte klinkers", "klinkers liggen los",
        "scheur in het fietspad", "fietspad is kapot", "fietspad is slecht", "asfalt brokkelt af",
        "drempel is kapot", "verkeersdrempel is losgeraakt", "stoeprand is kapot", "stoeprand ligt los",
        "verkeerslicht doet het niet", "stoplicht staat op rood en springt niet om", "voetgangerslicht werkt niet",
        "zebrapad is bijna weg de strepen zijn niet meer te zien", "witte strepen op de weg zijn weg",
        "auto's rijden veel te hard", "er wordt keihard gereden", "hardrijders in de 30 zone",
        "racen door de straat", "vrachtwagens rijden door de woonwijk", "gevaarlijke oversteek",
        "onoverzichtelijke kruising", "modder op de weg van de bouw", "zand op de weg", "olie op de weg",
        "de weg is glad er is niet gestrooid", "niet gestrooid", "ijzel op het fietspad",
        "putdeksel rammelt als er een auto overheen rijdt", "wegversmalling is gevaarlijk",
        "bouwhekken staan op het fietspad", "wegafzetting staat er al weken", "omleiding klopt niet",
        "de bestrating is verzakt na de werkzaamheden", "tegels niet teruggelegd na de graafwerkzaamheden",
    ],
    LICHT: [
        "lantaarnpaal is kapot", "lantaarnpaal doet het niet", "lantarenpaal brandt niet", "lamp is kapot",
        "straatverlichting is uit", "straatlantaarn brandt niet", "de hele straat is donker", "verlichting doet het niet",
        "lantaarnpaal knippert", "lamp knippert de hele nacht", "lantaarnpaal brandt overdag",
        "lampen branden overdag ook", "lantaarnpaal staat scheef", "paal is aangereden en staat scheef",
        "kap van de lantaarnpaal ligt op de grond", "luikje van de paal is open draden zichtbaar",
        "draden steken uit de lantaarnpaal", "het is pikdonker op het fietspad", "fietspad is niet verlicht",
        "verlichting in de tunnel is kapot", "verlichting bij het zebrapad is kapot", "drie palen op rij branden niet",
        "paalnummer 12 brandt niet", "lamp geeft heel weinig licht", "lamp brandt oranje en dan weer uit",
        "lantaarnpaal schijnt recht in mijn slaapkamer", "licht in het park is uit", "het is erg donker bij de brug",
        "de verlichting van het pad gaat niet meer aan", "lamp valt steeds uit",
    ],
    GROEN: [
        "boom is omgewaaid", "grote tak is afgebroken", "tak hangt los boven het fietspad", "dode boom",
        "boom staat scheef en kan omvallen", "boom moet gesnoeid worden", "bomen snoeien graag",
        "takken hangen over het trottoir", "heg groeit over de stoep", "struiken groeien over het fietspad",
        "gras is al weken niet gemaaid", "het gras staat kniehoog", "gras moet gemaaid worden", "berm niet gemaaid",
        "onkruid op de stoep", "veel onkruid tussen de tegels", "plantsoen is verwaarloosd", "perkje ligt vol onkruid",
        "bladeren liggen overal", "bladeren worden niet geveegd", "blad op het fietspad is glad",
        "wortels drukken de tegels omhoog", "boomwortels duwen het fietspad omhoog", "stobbe moet weg",
        "eikenprocessierups in de bomen", "brandnetels en bramen over het pad", "distels in de speelweide",
        "bomen in de straat zijn gekapt zonder bericht", "nieuwe boompjes zijn doodgegaan", "boomspiegel is kaal",
        "schaduw van de boom hindert", "boom laat veel hars vallen op de auto's", "hedera groeit tegen de gevel op",
        "beplanting is vertrapt", "groenstrook is een modderpoel", "heg bij de uitrit ontneemt het zicht",
    ],
    PARKEREN: [
        "auto staat op de stoep", "auto's parkeren op de stoep", "er wordt op het trottoir geparkeerd",
        "auto staat voor mijn uitrit", "busje blokkeert mijn inrit", "auto staat dubbel geparkeerd",
        "iemand staat op de invalidenparkeerplaats zonder kaart", "gehandicaptenparkeerplaats bezet",
        "auto staat al weken op dezelfde plek", "caravan staat al maanden op straat", "aanhanger staat op straat",
        "camper staat al drie weken voor de deur", "bedrijfsbus neemt twee plekken in", "vrachtwagen parkeert in de wijk",
        "foutparkeerders bij de school", "ouders parkeren op het zebrapad bij school", "geen parkeerplek te vinden",
        "te weinig parkeerplaatsen", "auto geparkeerd op het gras", "auto's staan in de bocht", "parkeren op de hoek",
        "auto staat op het fietspad", "parkeerautomaat is kapot", "parkeermeter doet het niet",
        "bezoekers parkeren in het hofje", "auto staat half op de stoep rolstoel kan er niet langs",
        "laadpaal wordt bezet door een auto die niet laadt", "deelauto staat verkeerd", "parkeerplaats voor vergunninghouders bezet",
        "taxi's staan de hele dag op de parkeerplaats",
    ],
    PERSONEN: [
        "dronken man valt mensen lastig", "er zit een verwarde man op straat", "verward persoon loopt te schreeuwen",
        "zwerver slaapt in het portiek", "dakloze slaapt in de fietsenstalling", "man ligt op de grond",
        "iemand bedelt bij de supermarkt", "mensen gebruiken drugs in het portiek", "er wordt gedeald op de hoek",
        "drugsafval spuiten gevonden", "mensen drinken bier op het bankje", "groep mannen drinkt alcohol in het park",
        "buurman scheldt iedereen uit", "buren maken ruzie op straat", "man plast tegen de gevel",
        "vrouw loopt rond in haar nachtjapon", "mensen hangen rond bij de ingang van de flat",
        "er staat al dagen een tent in het park", "iemand woont in een auto", "man met hond intimideert voorbijgangers",
        "mensen rommelen in de containers", "iemand doorzoekt de vuilniszakken", "er lopen collectanten aan de deur",
        "straatintimidatie bij het station", "mannen roepen dingen naar vrouwen", "iemand zit te blowen in het trappenhuis",
    ],
    JEUGD: [
        "hangjongeren bij het winkelcentrum", "jongeren hangen rond", "groep jongeren maakt herrie",
        "jeugd hangt elke avond bij het bankje", "jongeren in de bushalte", "jongeren op scooters scheuren rond",
        "brommers racen door het park", "scooterjochies rijden over de stoep", "jongeren gooien met stenen",
        "jongeren roken wiet", "lachgas patronen overal", "jongeren gebruiken lachgas in de auto",
        "kinderen belletje trekken", "jongeren steken vuurwerk af", "vuurwerk afgestoken", "knallen van vuurwerk bij de school",
        "jongeren intimideren voorbijgangers", "jeugd vernielt dingen", "jongeren zitten op het dak van de school",
        "tieners hangen in de portiek", "jongens voetballen tegen de garagedeuren", "jongeren klimmen over het hek van de school",
        "hangplek bij het voetbalveld", "jongeren laten troep achter", "jongeren met harde muziek uit een box",
        "jongeren op elektrische steps", "fatbikes racen over het trottoir",
    ],
    RIOOL: [
        "put is verstopt", "kolk is verstopt", "straatkolk loopt niet door", "water blijft staan op straat",
        "wateroverlast bij regen", "straat staat blank na een bui", "plassen op de stoep lopen niet weg",
        "riool stinkt", "stank uit het riool", "rioolstank in de straat", "riool loopt over", "riool is verstopt",
        "putdeksel ligt los", "putdeksel is weg", "deksel van de put is gebroken", "gemaal maakt lawaai",
        "gemaal geeft storing", "sloot is dichtgegroeid", "sloot staat droog", "sloot stinkt en er drijft schuim",
        "dode vissen in de vijver", "olie op het water", "water in de kelder na regen", "duiker is verstopt",
        "drainage werkt niet", "het water loopt de tuinen in", "greppel loopt over", "blauwalg in de vijver",
        "rooster van de goot is los", "kolkdeksel steekt omhoog",
    ],
    SPELEN: [
        "speeltoestel is kapot", "schommel is kapot", "glijbaan is kapot", "wip is kapot", "ketting van de schommel is los",
        "klimrek is kapot", "speeltuin is kapot", "spijker steekt uit het speeltoestel", "touwen van het klimnet zijn kapot",
        "zandbak is vies", "poep in de zandbak", "katten poepen in de zandbak", "glas in de speeltuin",
        "scherven in de speeltuin", "valtegels liggen los in de speeltuin", "hek van de speeltuin is kapot",
        "poortje van de speeltuin sluit niet", "basketbalring is kapot", "voetbaldoel is kapot", "net van het doel is kapot",
        "trapveldje is een modderbad", "speeltuin is verwaarloosd", "houtsnippers ontbreken onder de schommel",
        "speeltoestel is weggehaald en niet teruggezet", "wanneer komt er een nieuw speeltoestel", "kabelbaan maakt geen vaart meer",
    ],
    DIEREN: [
        "ratten bij de containers", "veel ratten in de tuin", "ratten lopen over straat", "muizen in de schuur",
        "dode kat op de weg", "dode vogel op de stoep", "dood dier in de sloot", "doodgereden egel",
        "hondenpoep op de stoep", "veel hondenpoep", "hondenpoep op het grasveld", "honden loslopend in het park",
        "loslopende hond zonder baasje", "hond blaft de hele dag", "duiven poepen alles onder", "overlast van duiven",
        "meeuwen maken veel lawaai", "meeuwen pikken vuilniszakken open", "ganzen poepen het pad onder",
        "wespennest in de boom", "wespennest bij de speeltuin", "eikenprocessierups op het schoolplein",
        "vossen in de wijk", "kraaien vallen mensen aan", "zwerfkatten in de tuin", "muskusrat in de sloot",
        "eenden met jongen op de weg", "bijen zwerm aan de lantaarnpaal", "kakkerlakken in de flat",
    ],
    GELUID: [
        "harde muziek van de buren", "buren draaien keiharde muziek", "feest tot 4 uur s nachts", "muziek tot laat",
        "lawaai van het café", "terras maakt tot laat lawaai", "horeca muziek te hard", "bouwlawaai om 6 uur s ochtends",
        "heimachine begint te vroeg", "bladblazer om 7 uur s ochtends", "warmtepomp van de buren bromt",
        "airco van de winkel maakt herrie", "alarm gaat steeds af", "autoalarm gaat de hele nacht",
        "motoren met harde uitlaten", "auto met keiharde uitlaat rijdt rondjes", "geluid van het evenement",
        "festival maakt te veel herrie", "klokken van de kerk te hard", "bas dreunt door de muur",
        "geluidsoverlast van de bovenburen", "hond blaft en janet de hele nacht", "geschreeuw op straat s nachts",
        "vrachtwagens laden en lossen om 5 uur", "containers worden s nachts geleegd met veel lawaai",
    ],
    VANDALISME: [
        "graffiti op de muur", "graffiti op het bushokje", "bekladding op de gevel", "tags op de elektriciteitskast",
        "muur beklad met verf", "hakenkruis gespoten op de brug", "bushokje is vernield", "ruit van het bushokje is ingegooid",
        "ruiten ingegooid", "brievenbus is opgeblazen", "prullenbak opgeblazen met vuurwerk", "bankje is vernield",
        "fietsenrek is vernield", "vandalen hebben de bloembakken vernield", "jonge boompjes zijn afgeknapt",
        "stickers overal op de palen", "auto's bekrast", "banden lekgestoken", "hek is opengeknipt",
        "bord is beklad", "spiegels van auto's afgetrapt", "container in brand gestoken", "afvalbak in brand gestoken",
        "het toilethokje in het park is vernield", "verlichting is kapot gegooid", "vernieling bij de skatebaan",
    ],
    MEUBILAIR: [
        "bankje is kapot", "bankje is los", "zitbank mist een plank", "picknicktafel is kapot", "paaltje is omver gereden",
        "paaltje staat scheef", "anti parkeerpaal is weg", "hek staat los", "hekwerk langs het water is kapot",
        "verkeersbord is omgereden", "verkeersbord staat scheef", "straatnaambord is weg", "straatnaambord is onleesbaar",
        "bord is gedraaid", "wegwijzer wijst de verkeerde kant op", "fietsenrek is kapot", "fietsnietjes zijn los",
        "bloembak is kapot", "afvalbak hangt scheef", "prullenbak is kapot", "klep van de prullenbak is weg",
        "hondenpoepbakje is kapot", "bushokje mist een bankje", "reclamezuil staat scheef", "spiegel bij de uitrit is kapot",
        "slagboom is kapot", "paal met informatiebord is los", "bankje is weggehaald", "er mist een bankje",
    ],
    WRAKKEN: [
        "fietswrak in het rek", "fietswrakken in de stalling", "weesfiets staat al maanden", "fiets zonder wiel in het rek",
        "kapotte fiets staat al weken", "verroeste fiets aan het hek", "fiets zonder zadel al maanden", "brommer wrak op de stoep",
        "scooter staat al weken met een lekke band", "autowrak zonder kenteken", "auto zonder kenteken staat al maanden",
        "auto met lekke banden en kapotte ruit", "uitgebrande auto", "uitgebrande scooter", "achtergelaten bakfiets",
        "kapotte scooter in de bosjes", "fiets in de sloot", "fietsen in de gracht", "deelfietsen liggen overal",
        "deelscooters liggen op de stoep", "wrak van een boot in de sloot", "aanhanger wrak zonder kenteken",
        "fiets met gebroken frame ligt in het gras", "oude fietsen bij het station opruimen",
    ],
    OVERIG: [
        "ik heb een vraag over mijn melding", "waarom is mijn melding afgesloten", "stank van de fabriek",
        "rook van houtkachel", "asbest in de tuin van de buren", "er hangt een kabel los", "glasvezelkast staat open",
        "evenement zonder vergunning", "kermis staat verkeerd", "verloren portemonnee gevonden", "kerstverlichting hangt nog",
        "vlag hangt gescheurd aan de mast", "klok op het plein loopt achter", "wifi in het park werkt niet",
        "snelheidsdisplay toont niks", "bouwbord staat er al jaren", "aanplakbiljetten overal", "reclameborden in de berm",
        "drone vliegt boven de tuinen", "rookmelder piept in leeg pand", "verlaten pand wordt gekraakt",
        "ik wil een compliment geven", "wanneer wordt de straat opnieuw bestraat", "ik wil een nieuwe container aanvragen",
    ],
}

# Reports whose category two colleagues could choose differently: text with its plausible categories and chances.
AMBIGUOUS = [
    ("prullenbak is kapot", [(MEUBILAIR, 0.5), (AFVAL, 0.5)]),
    ("afvalbak is vol en de klep is kapot", [(AFVAL, 0.6), (MEUBILAIR, 0.4)]),
    ("boomwortels drukken de stoeptegels omhoog", [(GROEN, 0.5), (WEGEN, 0.5)]),
    ("takken hangen voor de lantaarnpaal het is donker", [(GROEN, 0.6), (LICHT, 0.4)]),
    ("jongeren vernielen de bankjes", [(VANDALISME, 0.5), (JEUGD, 0.4), (MEUBILAIR, 0.1)]),
    ("jongeren maken herrie met scooters", [(JEUGD, 0.6), (GELUID, 0.4)]),
    ("jongeren maken s avonds lawaai bij de speeltuin", [(JEUGD, 0.6), (GELUID, 0.25), (SPELEN, 0.15)]),
    ("buren draaien keiharde muziek en schelden", [(GELUID, 0.7), (PERSONEN, 0.3)]),
    ("verkeersbord is omgereden", [(MEUBILAIR, 0.5), (WEGEN, 0.5)]),
    ("paaltje omgereden ligt op de weg", [(MEUBILAIR, 0.5), (WEGEN, 0.5)]),
    ("fietswrak in het fietsenrek", [(WRAKKEN, 0.8), (AFVAL, 0.2)]),
    ("water blijft op de weg staan na regen", [(RIOOL, 0.6), (WEGEN, 0.4)]),
    ("ratten bij de containers", [(DIEREN, 0.6), (AFVAL, 0.4)]),
    ("glas in de speeltuin", [(SPELEN, 0.5), (AFVAL, 0.5)]),
    ("hondenpoep op het grasveld", [(DIEREN, 0.5), (GROEN, 0.2), (AFVAL, 0.3)]),
    ("hangjongeren bij de speeltuin", [(JEUGD, 0.8), (SPELEN, 0.2)]),
    ("vuurwerk afgestoken in de straat", [(JEUGD, 0.5), (GELUID, 0.3), (PERSONEN, 0.2)]),
    ("lantaarnpaal scheef na aanrijding", [(LICHT, 0.8), (WEGEN, 0.2)]),
    ("onkruid tussen de stoeptegels", [(GROEN, 0.6), (WEGEN, 0.4)]),
    ("bladeren verstoppen de put", [(RIOOL, 0.6), (GROEN, 0.4)]),
    ("auto staat al maanden stil met lekke banden", [(WRAKKEN, 0.6), (PARKEREN, 0.4)]),
    ("scooters geparkeerd op de stoep", [(PARKEREN, 0.5), (WRAKKEN, 0.2), (WEGEN, 0.3)]),
    ("auto's rijden te hard en parkeren in de bocht", [(WEGEN, 0.5), (PARKEREN, 0.5)]),
    ("gedumpt afval in de bosjes van het park", [(AFVAL, 0.8), (GROEN, 0.2)]),
    ("dronken jongeren bij het station", [(JEUGD, 0.5), (PERSONEN, 0.5)]),
    ("graffiti op de speeltoestellen", [(VANDALISME, 0.7), (SPELEN, 0.3)]),
    ("bushokje kapot", [(VANDALISME, 0.5), (MEUBILAIR, 0.5)]),
    ("tak op de weg", [(GROEN, 0.7), (WEGEN, 0.3)]),
    ("putdeksel rammelt", [(RIOOL, 0.5), (WEGEN, 0.5)]),
    ("meeuwen trekken vuilniszakken open", [(AFVAL, 0.5), (DIEREN, 0.5)]),
    ("zwerfvuil in de sloot", [(AFVAL, 0.7), (RIOOL, 0.3)]),
    ("gladheid op het fietspad door bladeren", [(GROEN, 0.4), (WEGEN, 0.6)]),
    ("mensen slapen in de bosjes", [(PERSONEN, 0.8), (GROEN, 0.2)]),
    ("lawaai van jongeren op het schoolplein", [(JEUGD, 0.6), (GELUID, 0.4)]),
    ("hond blaft de hele dag", [(GELUID, 0.5), (DIEREN, 0.5)]),
    ("kapotte lamp in het bushokje", [(LICHT, 0.6), (MEUBILAIR, 0.4)]),
    ("stank bij de containers", [(AFVAL, 0.7), (OVERIG, 0.3)]),
    ("stank uit de put", [(RIOOL, 0.9), (OVERIG, 0.1)]),
    ("vrachtwagen geparkeerd op het fietspad", [(PARKEREN, 0.7), (WEGEN, 0.3)]),
    ("auto brand", [(VANDALISME, 0.5), (WRAKKEN, 0.3), (OVERIG, 0.2)]),
    ("kabel hangt uit de lantaarnpaal", [(LICHT, 0.8), (OVERIG, 0.2)]),
    ("wespennest bij de speeltuin", [(DIEREN, 0.7), (SPELEN, 0.3)]),
    ("hek bij de speeltuin is kapot", [(SPELEN, 0.6), (MEUBILAIR, 0.4)]),
]

# A very short way of saying the category's common problems (what people type on a phone in a hurry).
SHORT_FORMS = {
    AFVAL: ["zwerfvuil", "afval", "container vol", "vuilnis", "zakken naast container", "dumping", "grofvuil",
            "kliko niet geleegd", "troep", "afval gedumpt", "glasbak vol", "vuilniszakken"],
    WEGEN: ["gat in weg", "losse tegel", "stoeptegels los", "gat", "kuil", "stoplicht kapot", "hardrijders",
            "te hard rijden", "verzakking", "wegdek kapot", "niet gestrooid"],
    LICHT: ["lamp kapot", "lantaarnpaal kapot", "paal brandt niet", "straatverlichting", "licht uit",
            "lantarenpaal", "lamp knippert", "donker"],
    GROEN: ["gras maaien", "onkruid", "boom", "tak afgebroken", "snoeien", "heg", "boom omgewaaid", "bladeren"],
    PARKEREN: ["foutparkeerder", "auto op stoep", "fout geparkeerd", "parkeren", "uitrit geblokkeerd",
               "invalidenplek bezet", "caravan"],
    PERSONEN: ["zwerver", "verward persoon", "dronken man", "dealers", "bedelaar", "drugsgebruik"],
    JEUGD: ["hangjongeren", "jongeren", "hangjeugd", "scooters", "vuurwerk", "lachgas"],
    RIOOL: ["put verstopt", "riool", "wateroverlast", "kolk", "stank riool", "putdeksel"],
    SPELEN: ["schommel kapot", "speeltoestel", "speeltuin", "glijbaan", "zandbak"],
    DIEREN: ["ratten", "hondenpoep", "dode kat", "duiven", "wespennest", "dood dier"],
    GELUID: ["geluidsoverlast", "harde muziek", "herrie", "lawaai", "feest"],
    VANDALISME: ["graffiti", "vernieling", "bekladding", "ruit ingegooid", "vandalisme"],
    MEUBILAIR: ["bankje kapot", "paaltje", "bord scheef", "verkeersbord", "straatnaambord"],
    WRAKKEN: ["fietswrak", "weesfiets", "autowrak", "wrak", "fietswrakken"],
    OVERIG: ["vraag", "informatie", "klacht", "asbest", "stank"],
}

# Details a resident adds, per category; short clauses.
DETAILS = {
    AFVAL: ["het stinkt", "meeuwen halen alles open", "al dagen", "er zitten maden in", "het waait de straat op",
            "het ligt er sinds het weekend", "mensen zetten er steeds meer bij", "vorige week ook al"],
    WEGEN: ["er is al iemand gevallen", "levensgevaarlijk voor fietsers", "mijn band is lek gereden",
            "s avonds zie je het niet", "ouderen met rollator struikelen", "ongeluk wachten te gebeuren",
            "al maanden zo", "graag een drempel"],
    LICHT: ["al twee weken", "s avonds eng om langs te lopen", "inbrekers hebben vrij spel", "sinds de storm",
            "mijn dochter durft niet meer alleen", "het paalnummer weet ik niet"],
    GROEN: ["kan zo op een auto vallen", "je kan er niet meer langs met de kinderwagen", "al maanden niet gedaan",
            "het ziet er niet uit", "gevaarlijk bij harde wind", "de buren klagen ook"],
    PARKEREN: ["ik kan mijn auto niet kwijt", "met de kinderwagen moet je de weg op", "elke dag hetzelfde",
               "het kenteken heb ik genoteerd", "de brandweer kan er niet door", "al de hele week"],
    PERSONEN: ["ik voel me niet veilig", "de kinderen zijn bang", "gebeurt elke avond", "politie is gebeld",
               "hij schreeuwt tegen voorbijgangers", "het loopt uit de hand"],
    JEUGD: ["elke avond tot laat", "ze laten rommel achter", "als je er wat van zegt krijg je een grote mond",
            "oudere mensen durven er niet langs", "in het weekend erger", "ze zijn een jaar of 15"],
    RIOOL: ["na elke regenbui", "het water komt bijna de tuin in", "het ruikt naar poep", "al een week",
            "de kelder loopt onder", "fietsers moeten door het water"],
    SPELEN: ["kinderen kunnen zich bezeren", "mijn zoon heeft zich gesneden", "niemand durft er meer te spelen",
             "al weken kapot", "graag snel repareren"],
    DIEREN: ["ze lopen zelfs overdag", "het kadaver ligt er al dagen", "de kinderen trappen erin",
             "ik ben bang voor mijn kleinkind", "ze nestelen onder de dakpannen"],
    GELUID: ["ik kan niet slapen", "elke nacht", "ik moet vroeg op", "het hele weekend", "de muren trillen"],
    VANDALISME: ["gebeurde vannacht", "voor de derde keer", "graag snel weghalen", "het ziet er niet uit",
                 "camera's zouden helpen"],
    MEUBILAIR: ["je kan er niet meer op zitten", "er steken schroeven uit", "gevaarlijk voor fietsers",
                "al een tijdje", "het ligt nu in het gras"],
    WRAKKEN: ["staat er al maanden", "neemt een plek in in het rek", "roest helemaal weg", "graag weghalen",
              "er hangt een label aan maar er gebeurt niks"],
    OVERIG: ["wie moet ik daarvoor bellen", "graag reactie", "ik weet niet waar ik dit moet melden", "kan iemand kijken"],
}

# Side remarks that name another category's objects without being about them (place markers, comparisons).
PLACE_OBJECTS = [
    "bij de lantaarnpaal", "naast de container", "bij de ondergrondse containers", "onder de grote boom",
    "bij het speeltuintje", "naast het bankje", "bij het bushokje", "bij de parkeerplaats", "naast de put",
    "tegenover de glasbak", "bij het fietsenrek", "bij het trapveldje", "langs de sloot", "bij de verkeersdrempel",
    "bij het zebrapad", "naast het plantsoen", "bij de invalidenparkeerplaats", "bij de hangplek",
]

STREETS_A = ["Linden", "Eiken", "Berken", "Kastanje", "Molen", "Kerk", "Dorps", "School", "Beuken", "Wilgen",
             "Populieren", "Rozen", "Tulpen", "Vondel", "Rembrandt", "Prins Bernhard", "Juliana", "Beatrix", "Nassau",
             "Oranje", "Mozart", "Heide", "Hof", "Meidoorn", "Esdoorn", "Spoor", "Haven", "Sluis", "Veld", "Zuid"]
STREETS_B = ["laan", "straat", "weg", "plein", "hof", "singel", "kade", "pad", "dreef", "erf"]
LANDMARKS = ["de Jumbo", "de Albert Heijn", "het station", "de basisschool", "het winkelcentrum", "de kerk",
             "het gezondheidscentrum", "de sporthal", "het park", "de flat", "de snackbar", "de moskee",
             "het wijkcentrum", "de bibliotheek", "de brug", "het viaduct", "de rotonde", "de voetbalclub"]

PREFIXES = [("", 40), ("mevrouw belt dat ", 6), ("meneer belt dat ", 5), ("mw belt ivm ", 4), ("mnr belt: ", 3),
            ("melder geeft aan dat ", 5), ("melder meldt ", 2), ("tel melding ", 2), ("Bewoner belt, ", 2),
            ("mevr van nr {n} belt dat ", 2), ("via balie: ", 1), ("ik wil melden dat ", 4), ("Goedemiddag, ", 2),
            ("hallo ", 3), ("Beste gemeente, ", 2), ("melding: ", 2), ("hoi ", 1), ("graag aandacht voor ", 2),
            ("wederom ", 1), ("alweer ", 2), ("mw. belde: ", 2), ("terugbelverzoek: ", 1)]
SUFFIXES = [("", 45), (" graag actie", 5), (" al 3 keer gemeld!!", 3), (" wanneer wordt dit opgelost", 3),
            (" gevaarlijk", 2), (" svp snel oplossen", 2), (" bvd", 2), (" mvg", 2), (" melder wil teruggebeld worden", 3),
            (" foto bijgevoegd", 3), (" dit is al weken zo", 2), (" ?!", 2), (" ik ben het zat", 2), (" groet", 1),
            (" dank u", 2), (" graag terugkoppeling", 2), (". Melder anoniem", 1), (" zie foto", 2),
            (" wordt er nog iets aan gedaan??", 2)]

DIALECT = {"het": ["ut", "'t", "het"], "een": ["un", "'n", "een"], "niet": ["nie", "niet", "ni"], "even": ["effe", "ff"],
           "er": ["d'r", "er"], "heel": ["hartstikke", "heel"], "dat": ["da", "dat"], "ze": ["ze", "hullie"],
           "zijn": ["zijn", "zijn", "zijn d'r"], "helemaal": ["helemaal", "heel"], "weer": ["weer", "wer"]}


# Other words residents use for the same thing (spelling variants and colloquial words included).
SYNONYMS = {
    "kapot": ["stuk", "defect", "kaduuk", "gesloopt", "kapot", "naar de knoppen"],
    "lantaarnpaal": ["lantarenpaal", "straatlamp", "lichtmast", "lantaarnpaal", "lantaarn paal", "paal"],
    "lamp": ["lamp", "straatlamp", "verlichting", "peertje"],
    "vuilniszakken": ["vuilniszakke", "huisvuilzakken", "zakken", "vuilnis zakken", "vuilniszakken"],
    "container": ["kontainer", "container", "bak", "afvalcontainer", "ondergrondse"],
    "containers": ["kontainers", "containers", "bakken", "afvalcontainers"],
    "prullenbak": ["prullebak", "afvalbak", "vuilnisbak", "prullenbak"],
    "afvalbak": ["prullenbak", "vuilnisbak", "afvalbak", "afval bak"],
    "stoep": ["stoep", "trottoir", "stoepje", "voetpad"],
    "stoeptegels": ["stoeptegels", "tegels", "stoep tegels", "trottoirtegels"],
    "tegels": ["tegels", "stenen", "klinkers"],
    "auto": ["auto", "wagen", "bak", "kar", "personenauto"],
    "auto's": ["auto's", "autos", "wagens", "automobilisten"],
    "jongeren": ["jongeren", "jongens", "jeugd", "tieners", "pubers", "hangjongeren", "jongelui"],
    "fiets": ["fiets", "rijwiel", "fietsje", "fiets"],
    "fietspad": ["fietspad", "fietsstrook", "fiets pad", "fietspaadje"],
    "gras": ["gras", "grasveld", "groen", "grasstrook"],
    "boom": ["boom", "boompje", "boom", "eik", "linde", "populier"],
    "takken": ["takken", "tak", "takke"],
    "ratten": ["ratten", "rat", "ratte", "knaagdieren"],
    "hondenpoep": ["hondenpoep", "honden poep", "hondepoep", "hondenstront", "poep van honden"],
    "put": ["put", "kolk", "putje", "afvoer", "straatkolk"],
    "riool": ["riool", "riolering", "rioolput"],
    "muziek": ["muziek", "muziek", "bas", "party muziek"],
    "harde": ["harde", "keiharde", "luide", "hele harde"],
    "lawaai": ["lawaai", "herrie", "kabaal", "geluid", "lawaaai"],
    "gedumpt": ["gedumpt", "neergegooid", "achtergelaten", "gedumt", "neergezet"],
    "afval": ["afval", "troep", "rommel", "vuil", "afval"],
    "zwerfvuil": ["zwerfvuil", "zwerfafval", "rommel", "zwerf vuil"],
    "speeltoestel": ["speeltoestel", "speeltoestellen", "toestel", "speel toestel"],
    "schommel": ["schommel", "schommels", "schommeltje"],
    "bankje": ["bankje", "bank", "zitbankje", "bankje"],
    "gat": ["gat", "kuil", "gat", "scheur", "put"],
    "weg": ["weg", "straat", "wegdek", "rijbaan"],
    "geparkeerd": ["geparkeerd", "neergezet", "gepakeerd", "geparkeert"],
    "parkeren": ["parkeren", "staan", "parkeeren"],
    "wrak": ["wrak", "karkas", "wrak"],
    "fietswrak": ["fietswrak", "fiets wrak", "oude fiets", "wrakke fiets"],
    "graffiti": ["graffiti", "grafitti", "grafiti", "kladderingen", "tags"],
    "vernield": ["vernield", "gesloopt", "kapot gemaakt", "vernielt"],
    "verward": ["verward", "verwarde", "in de war", "niet helemaal in orde"],
    "dronken": ["dronken", "bezopen", "zat", "beschonken"],
    "stinkt": ["stinkt", "stinkt enorm", "ruikt vies", "stank"],
    "verstopt": ["verstopt", "dicht", "verstopt", "zit dicht"],
}


def pick(rng, weighted):
    total = sum(w for _, w in weighted)
    r = rng.uniform(0, total)
    for value, weight in weighted:
        r -= weight
        if r <= 0:
            return value
    return weighted[-1][0]


def place(rng):
    roll = rng.random()
    if roll < 0.30:
        return f"{rng.choice(STREETS_A)}{rng.choice(STREETS_B)}"
    if roll < 0.45:
        return f"{rng.choice(STREETS_A)}{rng.choice(STREETS_B)} {rng.randint(1, 140)}"
    if roll < 0.60:
        return f"bij {rng.choice(LANDMARKS)}"
    if roll < 0.70:
        return f"hoek {rng.choice(STREETS_A)}{rng.choice(STREETS_B)} {rng.choice(STREETS_A)}{rng.choice(STREETS_B)}"
    if roll < 0.78:
        return f"t.h.v. nr {rng.randint(1, 99)}"
    if roll < 0.84:
        return "voor mijn deur"
    if roll < 0.88:
        return f"achter {rng.choice(LANDMARKS)}"
    return ""


def typo(rng, word):
    if len(word) < 4 or not word.isalpha():
        return word
    kind = rng.randrange(6)
    i = rng.randrange(1, len(word) - 1)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 1:
        return word[:i] + word[i + 1:]
    if kind == 2:
        return word[:i] + word[i] + word[i:]
    if kind == 3 and "ij" in word:
        return word.replace("ij", "ei", 1)
    if kind == 3 and "ei" in word:
        return word.replace("ei", "ij", 1)
    if kind == 4 and word.endswith("dt"):
        return word[:-1]
    if kind == 4 and word.endswith("t") and len(word) > 5:
        return word[:-1] + "d"
    if kind == 5 and "aa" in word:
        return word.replace("aa", "a", 1)
    keys = "qwertyuiopasdfghjklzxcvbnm"
    return word[:i] + rng.choice(keys) + word[i + 1:]


def roughen(rng, text, style):
    """Lowercase, punctuation, dialect and typos, per melder style."""
    words = text.split(" ")
    out = []
    for w in words:
        if w.lower() in SYNONYMS and rng.random() < 0.5:
            w = rng.choice(SYNONYMS[w.lower()])
        if style["dialect"] and w.lower() in DIALECT and rng.random() < 0.5:
            w = rng.choice(DIALECT[w.lower()])
        if rng.random() < style["typos"]:
            w = typo(rng, w)
        out.append(w)
    text = " ".join(out)
    if style["lower"] or style["lower"] is None:
        text = text.lower()
    elif text:
        text = text[0].upper() + text[1:]
    if style["nopunct"]:
        text = text.replace(",", "").replace(".", "").replace(":", "")
    if style["shout"]:
        text = text.upper()
    return " ".join(text.split())


def style_of(rng):
    return {
        "lower": rng.random() < 0.6,
        "nopunct": rng.random() < 0.5,
        "dialect": rng.random() < 0.2,
        "typos": rng.choice([0, 0, 0.03, 0.06, 0.12]),
        "shout": rng.random() < 0.02,
    }


def compose(rng, category, issue, with_confuser):
    prefix = pick(rng, PREFIXES).replace("{n}", str(rng.randint(1, 80)))
    where = place(rng)
    parts = [issue]
    if with_confuser:
        parts.append(rng.choice(PLACE_OBJECTS))
    if where and rng.random() < 0.8:
        parts.insert(rng.choice([0, len(parts)]) if rng.random() < 0.2 else len(parts), where)
    if rng.random() < 0.45:
        parts.append(rng.choice(DETAILS[category]))
    if with_confuser and rng.random() < 0.3:
        other = rng.choice([c for c in ISSUES if c != category])
        parts.append("en ook " + rng.choice(ISSUES[other]))
    separator = rng.choice([" ", " ", ", ", ". "])
    body = separator.join(parts)
    return prefix + body + pick(rng, SUFFIXES)


def phone_note(rng, category, issue):
    who = rng.choice(["Mw", "Dhr", "Mevr.", "Mnr", "Bewoner", "Melder"])
    return (f"{who} belt. {issue[0].upper()}{issue[1:]} {place(rng)}. "
            f"{rng.choice(DETAILS[category])}. {rng.choice(['Graag terugkoppeling.', 'Wil teruggebeld worden.', 'Ter info.', 'Doorgezet.', ''])}")


def main():
    rng = random.Random(SEED)
    categories = list(WEIGHTS)
    weights = [WEIGHTS[c] for c in categories]
    reports = []  # (text, label, issue, category)
    while len(reports) < TOTAL:
        roll = rng.random()
        if reports and roll < EXACT_DUPLICATES:
            text, label, issue, category = rng.choice(reports)
            reports.append((text, label, issue, category))
            continue
        if reports and roll < EXACT_DUPLICATES + NEAR_DUPLICATES:
            _, label, issue, category = rng.choice(reports)
            text = roughen(rng, compose(rng, category, issue, False), style_of(rng))
            reports.append((text, label, issue, category))
            continue
        style = style_of(rng)
        if roll < EXACT_DUPLICATES + NEAR_DUPLICATES + AMBIGUOUS_SHARE:
            issue, options = rng.choice(AMBIGUOUS)
            label = pick(rng, options)
            category = label
            text = compose(rng, category, issue, rng.random() < CONFUSER)
        else:
            category = rng.choices(categories, weights)[0]
            label = category
            if rng.random() < SHORT:
                issue = rng.choice(SHORT_FORMS[category])
                text = issue + (" " + place(rng) if rng.random() < 0.4 else "")
            elif rng.random() < 0.12:
                issue = rng.choice(ISSUES[category])
                text = phone_note(rng, category, issue)
                style = dict(style, lower=False, nopunct=False, dialect=False)
            else:
                issue = rng.choice(ISSUES[category])
                text = compose(rng, category, issue, rng.random() < CONFUSER)
        if rng.random() < LABEL_NOISE:
            label = rng.choice([c for c in categories if c != label])
        reports.append((roughen(rng, text, style), label, issue, category))
    out = sys.stdout
    out.write("# Evaluation corpus c (issue 13): meldingen openbare ruimte, written by "
              "infra/tools/eval/generate-meldingen.py (seed %d). Columns: category, text.\n" % SEED)
    for text, label, _, _ in reports:
        out.write(f"{label}\t{text.replace(chr(9), ' ')}\n")


if __name__ == "__main__":
    main()
