// Texts of the admin pickers shared by several screens (themes, "Wie bent u?").
export const pickers = {
  nl: {
    themePicker: {
      chosen: 'Gekozen',
      noneMultiple: 'Nog niets gekozen.',
      noneSingle: 'Nog geen onderwerp gekozen.',
      remove: 'Weghalen',
      search: 'Zoek op code of woord',
      searchHint: 'Typ bijvoorbeeld 3.1 of jeugd. Met Enter kiest u het eerste onderwerp in de lijst.',
      found: 'Geen onderwerp gevonden | 1 onderwerp gevonden | {n} onderwerpen gevonden',
      nothingFound: 'Geen onderwerp past bij wat u typte. Probeer een ander woord of een code.',
    },
    respondent: {
      legend: 'Wie bent u?',
      INWONER: 'Inwoner (ik woon hier)',
      ONDERNEMER: 'Ondernemer (ik heb hier een bedrijf of winkel)',
      PROFESSIONAL: 'Ik werk in de veiligheid, de zorg of het onderwijs',
      JONGERE: 'Jongere',
      ANDERS: 'Anders, of niets aangekruist',
    },
  },
  en: {
    themePicker: {
      chosen: 'Chosen',
      noneMultiple: 'Nothing chosen yet.',
      noneSingle: 'No topic chosen yet.',
      remove: 'Remove',
      search: 'Search by code or word',
      searchHint: 'Type for example 3.1 or youth. Enter picks the first topic in the list.',
      found: 'No topic found | 1 topic found | {n} topics found',
      nothingFound: 'No topic matches what you typed. Try another word or a code.',
    },
    respondent: {
      legend: 'Who are you?',
      INWONER: 'Resident (I live here)',
      ONDERNEMER: 'Business owner (I run a business or shop here)',
      PROFESSIONAL: 'I work in safety, care or education',
      JONGERE: 'Young person',
      ANDERS: 'Other, or nothing ticked',
    },
  },
}
