import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import { createAppI18n } from '@shared/i18n'
import { messages } from '../messages/index'
import { useSessionStore } from '../stores/session'
import ExportPanel from './ExportPanel.vue'

afterEach(() => cleanup())

function renderAs(roles: Array<'BEHEERDER' | 'ANALIST'>) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().apply({ username: 'u', roles, csrfToken: 't', gemeenten: [], wholeInstallation: true })
  return render(ExportPanel, {
    props: { query: { q: 'hangjongeren', theme: '3.1', unsure: false, sort: 'relevance', page: 3, size: 20 } },
    global: { plugins: [pinia, createAppI18n(messages)] },
  })
}

const download = () => screen.getByRole('link', { name: 'Downloaden' }).getAttribute('href')

describe('ExportPanel', () => {
  it('exports the filters on screen without paging, and offers an analyst no contact details', async () => {
    renderAs(['ANALIST'])

    expect(download()).toBe('/api/admin/exports/submissions.csv?q=hangjongeren&theme=3.1&sort=relevance')
    expect(screen.queryByLabelText(/contactgegevens/)).toBeNull()
    await fireEvent.click(screen.getByLabelText('Excel (.xlsx)'))
    expect(download()).toMatch(/^\/api\/admin\/exports\/submissions\.xlsx\?/)
  })

  it('lets a beheerder add contact details, with the audit warning linked to the choice', async () => {
    renderAs(['BEHEERDER'])
    const contact = screen.getByLabelText('Met contactgegevens (naam, e-mail, telefoon)')

    expect(contact.getAttribute('aria-describedby')).toBe('export-contact-warning')
    expect(document.getElementById('export-contact-warning')!.textContent).toContain('auditlog')
    expect(download()).not.toContain('includeContact')
    await fireEvent.click(contact)
    expect(download()).toContain('includeContact=true')
  })
})
