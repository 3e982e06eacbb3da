// Plain B1 Dutch first, English second. Keys are grouped per page.
export const core = {
  nl: {
    app: {
      name: 'Inbreng',
      tagline: 'Samen werken aan een veilige gemeente',
      skip: 'Ga naar de inhoud',
      nav: 'Hoofdmenu',
      phone: 'telefoon',
    },
    home: {
      title: 'Wat vindt u belangrijk voor de veiligheid in uw buurt?',
      intro:
        'De gemeente maakt elke vier jaar een plan voor veiligheid: het Integraal Veiligheidsplan. Daarin staat waar de gemeente, de politie en andere partners de komende jaren aan werken.',
      why: 'U kent uw eigen buurt het best. Daarom vragen wij u wat er speelt en wat zou helpen. Wij lezen alles en gebruiken het om te kiezen wat het belangrijkst is.',
      themesTitle: 'Onderwerpen',
      loading: 'Onderwerpen worden geladen…',
      loadError: 'Het lukt nu niet om de onderwerpen te laden. Probeer het later nog eens.',
    },
    notFound: {
      title: 'Deze pagina bestaat niet',
      body: 'Misschien is de link verouderd.',
      home: 'Naar de startpagina',
    },
    emergency:
      'Is er nu gevaar? Bel 112. Geen spoed: bel de politie op 0900-8844. Anoniem een misdaad melden: Meld Misdaad Anoniem, 0800-7000. Dit formulier is niet voor meldingen.',
  },
  en: {
    app: {
      name: 'Inbreng',
      tagline: 'Working together on a safe municipality',
      skip: 'Skip to content',
      nav: 'Main menu',
      phone: 'phone',
    },
    home: {
      title: 'What matters to you for safety in your neighbourhood?',
      intro:
        'Every four years the municipality makes a plan for safety: the Integrated Safety Plan. It says what the municipality, the police and other partners will work on in the coming years.',
      why: 'You know your own neighbourhood best. That is why we ask you what is going on and what would help. We read everything and use it to choose what matters most.',
      themesTitle: 'Topics',
      loading: 'Loading topics…',
      loadError: 'We cannot load the topics right now. Please try again later.',
    },
    notFound: {
      title: 'This page does not exist',
      body: 'The link may be out of date.',
      home: 'Go to the home page',
    },
    emergency:
      'Is there danger right now? Call 112. No emergency: call the police on 0900-8844. Report a crime anonymously: Meld Misdaad Anoniem, 0800-7000. This form is not for reports.',
  },
}
