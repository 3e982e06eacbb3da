import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { createAppI18n } from '@shared/i18n'
import { messages } from '../messages/index'
import TableRegistrationForm from './TableRegistrationForm.vue'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const session = {
  id: 7,
  title: 'Jeugd en veiligheid',
  description: null,
  themeCodes: ['3.1'],
  startsAt: '2030-03-01T19:30:00',
  endsAt: '2030-03-01T21:30:00',
  place: 'Gemeentehuis',
  capacity: 10,
  seatsLeft: 3,
  waitlisted: 0,
  facilitator: null,
  verslagPublished: false,
}

describe('TableRegistrationForm', () => {
  it('shows the Dutch field errors next to the fields they belong to', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(
        JSON.stringify({
          title: 'Controleer wat u heeft ingevuld',
          errors: [
            { field: 'name', message: 'Vul uw naam in.' },
            { field: 'email', message: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.' },
          ],
        }),
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    )
    render(TableRegistrationForm, { props: { session }, global: { plugins: [createAppI18n(messages)] } })

    await fireEvent.click(screen.getByRole('button', { name: 'Inschrijven' }))

    const nameError = await screen.findByText('Vul uw naam in.')
    expect(nameError.id).toBe('table-7-name-error')
    const email = screen.getByLabelText('E-mailadres')
    expect(email.getAttribute('aria-invalid')).toBe('true')
    expect(email.getAttribute('aria-describedby')).toContain('table-7-email-error')
  })

  it('reports a registration on the waitlist to the page', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(JSON.stringify({ status: 'WAITLISTED', token: 't', waitlistPosition: 2, message: 'Wachtlijst' }), {
        status: 201,
      }),
    )
    const { emitted } = render(TableRegistrationForm, {
      props: { session },
      global: { plugins: [createAppI18n(messages)] },
    })
    await fireEvent.update(screen.getByLabelText('Uw naam'), 'Anna')
    await fireEvent.update(screen.getByLabelText('E-mailadres'), 'anna@voorbeeld.nl')

    await fireEvent.click(screen.getByRole('button', { name: 'Inschrijven' }))
    await vi.waitFor(() => expect(emitted().registered).toBeTruthy())

    expect((emitted().registered[0] as unknown[])[0]).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 })
  })
})
