import { ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ApiError, type FieldError } from '@shared/api'
import { adminApi, type SubmissionDetail } from '@shared/api/admin'

const MAX_SECONDARY = 3

/** The themes of one input: the form's main and extra themes, saving them, and taking over a suggestion. */
export function useRetag(id: Ref<number>, after: { loadDetail: () => Promise<void>; say: (text: string) => void }) {
  const { t } = useI18n()
  const primary = ref('')
  const secondary = ref<string[]>([])
  const retagErrors = ref<FieldError[]>([])

  function fillForm(current: SubmissionDetail) {
    primary.value = current.themes.find((tag) => tag.primary)?.code ?? ''
    secondary.value = current.themes.filter((tag) => !tag.primary).map((tag) => tag.code)
  }

  async function saveThemes(nextPrimary = primary.value, nextSecondary = secondary.value) {
    retagErrors.value = []
    after.say('')
    try {
      await adminApi.retag(id.value, nextPrimary, nextSecondary.filter((code) => code !== nextPrimary))
      await after.loadDetail()
      after.say(t('detail.saved'))
    } catch (error) {
      retagErrors.value = error instanceof ApiError && error.errors.length
        ? error.errors
        : [{ field: 'primary', message: error instanceof ApiError ? error.title : t('detail.actionFailed') }]
    }
  }

  /** A suggested theme becomes the main theme; the earlier ones stay as extra themes, up to three. */
  function accept(code: string) {
    const rest = [primary.value, ...secondary.value].filter((c) => c && c !== code).slice(0, MAX_SECONDARY)
    void saveThemes(code, rest)
  }

  return { primary, secondary, retagErrors, fillForm, saveThemes, accept }
}
