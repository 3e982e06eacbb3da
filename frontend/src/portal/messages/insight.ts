// Texts for the approved round summaries on "Wat doen we ermee".
export const insight = {
  nl: {
    summaries: {
      title: 'Per ronde',
      approvedOn: 'Gepubliceerd op {date}',
      councilDecision: 'Besluit van de gemeenteraad op {date}',
      loadError: 'Het lukt nu niet om de samenvattingen te laden. Probeer het later opnieuw.',
    },
  },
  en: {
    summaries: {
      title: 'Per round',
      approvedOn: 'Published on {date}',
      councilDecision: 'Decision of the municipal council on {date}',
      loadError: 'We cannot load the summaries right now. Please try again later.',
    },
  },
}
