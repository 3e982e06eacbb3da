// Texts for the approved round summaries on "Wat doen we ermee".
export const insight = {
  nl: {
    summaries: {
      title: 'Per ronde',
      approvedOn: 'Vastgesteld op {date}',
      loadError: 'Het lukt nu niet om de samenvattingen te laden. Probeer het later opnieuw.',
    },
  },
  en: {
    summaries: {
      title: 'Per round',
      approvedOn: 'Approved on {date}',
      loadError: 'We cannot load the summaries right now. Please try again later.',
    },
  },
}
