// The resident's answers live only in this reactive object; reset() replaces it, so nothing of the previous
// person stays in memory, and it is never written to any browser storage.
import { reactive, ref } from 'vue'
import type { KioskInput } from '@shared/api/kiosk'
import type { RespondentType } from '@shared/api/submissions'

export const steps = ['attract', 'themes', 'problem', 'solution', 'where', 'who', 'thanks'] as const
export type Step = (typeof steps)[number]

export interface Answers {
  themeCodes: string[]
  problem: string
  solution: string
  areaCode: string
  /** Asked last ("Wie bent u?"); empty until the resident picks one. */
  respondentType: RespondentType | ''
}

const empty = (): Answers => ({ themeCodes: [], problem: '', solution: '', areaCode: '', respondentType: '' })

export function useKioskFlow() {
  const step = ref<Step>('attract')
  const answers = reactive<Answers>(empty())

  function go(next: Step) {
    step.value = next
  }

  function next() {
    const index = steps.indexOf(step.value)
    if (index < steps.length - 1) step.value = steps[index + 1]
  }

  function back() {
    const index = steps.indexOf(step.value)
    if (index > 1) step.value = steps[index - 1]
  }

  function toggleTheme(code: string) {
    const at = answers.themeCodes.indexOf(code)
    if (at >= 0) answers.themeCodes.splice(at, 1)
    else answers.themeCodes.push(code)
  }

  function toInput(): KioskInput {
    return {
      themeCodes: [...answers.themeCodes],
      problem: answers.problem.trim(),
      ...(answers.solution.trim() ? { solution: answers.solution.trim() } : {}),
      ...(answers.areaCode ? { areaCode: answers.areaCode } : {}),
      ...(answers.respondentType ? { respondentType: answers.respondentType } : {}),
    }
  }

  function reset() {
    Object.assign(answers, empty())
    step.value = 'attract'
  }

  return { step, answers, go, next, back, toggleTheme, toInput, reset }
}
