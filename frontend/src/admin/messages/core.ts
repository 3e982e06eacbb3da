export const core = {
  nl: {
    app: { name: 'Inbreng werkgroep', skip: 'Ga naar de inhoud' },
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
    app: { name: 'Inbreng working group', skip: 'Skip to content' },
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
