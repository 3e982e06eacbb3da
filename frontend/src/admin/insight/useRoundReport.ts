import { onMounted, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { insightApi, type Option } from '@shared/api/insight'

/**
 * A report that can be narrowed to one round: the round choices, the chosen round ('' = all), the report itself and a
 * Dutch error. The report is fetched on mount and again whenever the chosen round changes.
 */
export function useRoundReport<T>(fetchReport: (round?: number) => Promise<T>) {
  const { t } = useI18n()
  const rounds = ref<Option[]>([])
  const round = ref('')
  const report = ref<T | null>(null) as Ref<T | null>
  const error = ref('')

  async function load() {
    try {
      report.value = await fetchReport(round.value ? Number(round.value) : undefined)
      error.value = ''
    } catch (e) {
      error.value = t('insight.error', { message: (e as Error).message })
    }
  }

  onMounted(async () => {
    // The round list only refines the filter; the report itself still loads when it fails.
    insightApi.options().then((options) => (rounds.value = options.rounds)).catch(() => undefined)
    await load()
  })
  watch(round, load)

  return { rounds, round, report, error }
}
