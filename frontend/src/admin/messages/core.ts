export const core = {
  nl: {
    app: { name: 'Inbreng werkgroep', skip: 'Ga naar de inhoud', submission: 'Inbreng bekijken', paperEntry: 'Papieren formulieren invoeren', scrollTable: 'Tabel, schuift opzij op een smal scherm' },
    toast: { close: 'Sluiten' },
    noAccess: {
      title: 'U heeft geen toegang tot deze pagina',
      needs: 'Voor deze pagina heeft u de rol {roles} nodig. | Voor deze pagina heeft u de rol {roles} nodig. | Voor deze pagina heeft u de rol {roles} nodig.',
      yours: 'U heeft nog geen rol. | Uw rol is {roles}. | Uw rollen zijn {roles}.',
      ask: 'Heeft u deze pagina nodig voor uw werk? Vraag een beheerder om u de rol te geven.',
      or: 'of',
    },
    nav: { label: 'Menu', overview: 'Overzicht', tables: 'Thematafels', kraammomenten: 'Kraammomenten' },
    overview: {
      title: 'Overzicht',
      intro: 'Hier beoordeelt de werkgroep alle inbreng voor het Integraal Veiligheidsplan.',
      themes: 'Veiligheidsvelden en thema’s',
      count: '{velden} velden, {themes} thema’s',
    },
    notFound: { title: 'Deze pagina bestaat niet', home: 'Naar het overzicht' },
  },
  en: {
    app: { name: 'Inbreng working group', skip: 'Skip to content', submission: 'View input', paperEntry: 'Enter paper forms', scrollTable: 'Table, scrolls sideways on a narrow screen' },
    toast: { close: 'Close' },
    noAccess: {
      title: 'You do not have access to this page',
      needs: 'This page needs the role {roles}. | This page needs the role {roles}. | This page needs the role {roles}.',
      yours: 'You have no role yet. | Your role is {roles}. | Your roles are {roles}.',
      ask: 'Do you need this page for your work? Ask an administrator to give you the role.',
      or: 'or',
    },
    nav: { label: 'Menu', overview: 'Overview', tables: 'Theme tables', kraammomenten: 'Stall days' },
    overview: {
      title: 'Overview',
      intro: 'Here the working group reviews all input for the Integrated Safety Plan.',
      themes: 'Safety fields and themes',
      count: '{velden} fields, {themes} themes',
    },
    notFound: { title: 'This page does not exist', home: 'Go to the overview' },
  },
}
