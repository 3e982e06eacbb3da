// The value lists of the product and their words, in one place for both apps. Every enum the server sends is shown
// through these words, never as its code (MARKTKRAAM, INWONER). The lists follow the server's enums
// (Submission.Channel, RespondentType, SubmissionStatus, HideReason, Role, Round.Doelgroep, Organisation.Kind).

export const CHANNELS = ['ONLINE', 'MARKTKRAAM', 'PAPIER', 'THEMATAFEL', 'IMPORT'] as const
export const RESPONDENT_GROUPS = ['INWONER', 'ONDERNEMER', 'PROFESSIONAL', 'JONGERE', 'ANDERS'] as const
export const STATUSES = ['NIEUW', 'BEOORDEELD', 'VERBORGEN', 'SPAM', 'SAMENGEVOEGD', 'INGETROKKEN'] as const
export const HIDE_REASONS = ['PERSOONSGEGEVENS', 'BELEDIGEND', 'NIET_OVER_VEILIGHEID', 'DUBBEL', 'OVERIG'] as const
export const ROLES = ['BEHEERDER', 'ANALIST', 'FACILITATOR', 'KRAAM', 'INSTALLATIEBEHEERDER'] as const
export const AGE_BANDS = ['0-17', '18-29', '30-44', '45-64', '65+'] as const

export type Channel = (typeof CHANNELS)[number]
export type RespondentGroup = (typeof RESPONDENT_GROUPS)[number]
export type Status = (typeof STATUSES)[number]

/** Kinds of word the vocabulary holds; each is a message group under `vocab`. */
export type VocabularyKind = 'channel' | 'group' | 'status' | 'hideReason' | 'role' | 'doelgroep' | 'organisation'
  | 'roundState' | 'ageBand' | 'unknown'

export const vocabulary = {
  nl: {
    vocab: {
      channel: { ONLINE: 'Online', MARKTKRAAM: 'Marktkraam', PAPIER: 'Papieren formulier', THEMATAFEL: 'Thematafel', IMPORT: 'Import' },
      group: { INWONER: 'Inwoner', ONDERNEMER: 'Ondernemer', PROFESSIONAL: 'Professional', JONGERE: 'Jongere', ANDERS: 'Anders' },
      status: {
        NIEUW: 'Nieuw', BEOORDEELD: 'Beoordeeld', VERBORGEN: 'Verborgen', SPAM: 'Spam', SAMENGEVOEGD: 'Samengevoegd',
        INGETROKKEN: 'Ingetrokken',
      },
      hideReason: {
        PERSOONSGEGEVENS: 'Bevat persoonsgegevens', BELEDIGEND: 'Beledigend of kwetsend',
        NIET_OVER_VEILIGHEID: 'Gaat niet over veiligheid', DUBBEL: 'Dubbel ingestuurd', OVERIG: 'Andere reden',
      },
      role: { BEHEERDER: 'Beheerder', ANALIST: 'Analist', FACILITATOR: 'Facilitator', KRAAM: 'Kraammedewerker', INSTALLATIEBEHEERDER: 'Installatiebeheerder' },
      doelgroep: {
        INWONERS: 'Inwoners', WIJKRADEN: 'Wijkraden', ONDERNEMERS: 'Ondernemers', PROFESSIONALS: 'Professionals',
        IEDEREEN: 'Iedereen',
      },
      organisation: {
        WIJKRAAD: 'Wijkraad', ONDERNEMERSVERENIGING: 'Ondernemersvereniging', BEDRIJVENPARK: 'Bedrijvenpark',
        SCHOOL: 'School', POLITIE: 'Politie', ZORG_EN_WELZIJN: 'Zorg en welzijn', ANDERS: 'Anders',
      },
      roundState: { NOT_YET_OPEN: 'Nog niet open', OPEN: 'Open', CLOSED: 'Gesloten' },
      ageBand: {
        '0-17': 'Jonger dan 18', '18-29': '18 tot 30 jaar', '30-44': '30 tot 45 jaar', '45-64': '45 tot 65 jaar',
        '65+': '65 jaar of ouder',
      },
      unknown: 'Onbekend',
      noTheme: 'Geen thema',
    },
  },
  en: {
    vocab: {
      channel: { ONLINE: 'Online', MARKTKRAAM: 'Market stall', PAPIER: 'Paper form', THEMATAFEL: 'Theme table', IMPORT: 'Import' },
      group: { INWONER: 'Resident', ONDERNEMER: 'Business owner', PROFESSIONAL: 'Professional', JONGERE: 'Young person', ANDERS: 'Other' },
      status: {
        NIEUW: 'New', BEOORDEELD: 'Reviewed', VERBORGEN: 'Hidden', SPAM: 'Spam', SAMENGEVOEGD: 'Merged',
        INGETROKKEN: 'Withdrawn',
      },
      hideReason: {
        PERSOONSGEGEVENS: 'Contains personal data', BELEDIGEND: 'Offensive or hurtful',
        NIET_OVER_VEILIGHEID: 'Not about safety', DUBBEL: 'Sent twice', OVERIG: 'Other reason',
      },
      role: { BEHEERDER: 'Administrator', ANALIST: 'Analyst', FACILITATOR: 'Facilitator', KRAAM: 'Market stall staff', INSTALLATIEBEHEERDER: 'Installation administrator' },
      doelgroep: {
        INWONERS: 'Residents', WIJKRADEN: 'Neighbourhood councils', ONDERNEMERS: 'Business owners',
        PROFESSIONALS: 'Professionals', IEDEREEN: 'Everyone',
      },
      organisation: {
        WIJKRAAD: 'Neighbourhood council', ONDERNEMERSVERENIGING: 'Business association', BEDRIJVENPARK: 'Business park',
        SCHOOL: 'School', POLITIE: 'Police', ZORG_EN_WELZIJN: 'Care and welfare', ANDERS: 'Other',
      },
      roundState: { NOT_YET_OPEN: 'Not open yet', OPEN: 'Open', CLOSED: 'Closed' },
      ageBand: {
        '0-17': 'Under 18', '18-29': '18 to 29', '30-44': '30 to 44', '45-64': '45 to 64', '65+': '65 or older',
      },
      unknown: 'Unknown',
      noTheme: 'No theme',
    },
  },
}
