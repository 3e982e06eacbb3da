import { describe, expect, it } from 'vitest'
import { describeAction } from './describe'

describe('describeAction', () => {
  it('names account changes with the account number', () => {
    expect(describeAction({ action: 'POST', target: '/api/admin/users' })).toEqual({ key: 'createUser', params: {} })
    expect(describeAction({ action: 'PUT', target: '/api/admin/users/12/roles' })).toEqual({ key: 'setRoles', params: { id: '12' } })
    expect(describeAction({ action: 'POST', target: '/api/admin/users/7/activate' })).toEqual({ key: 'activate', params: { id: '7' } })
  })

  it('tells an export with contact details apart from one without', () => {
    expect(describeAction({ action: 'GET', target: '/api/admin/exports/submissions.csv?theme=1.1' }).key).toBe('export')
    expect(describeAction({ action: 'GET', target: '/api/admin/exports/submissions.xlsx?includeContact=true' }).key)
      .toBe('exportContact')
    expect(describeAction({ action: 'GET', target: '/api/admin/exports/submissions.xlsx?includeContact=false' }).key)
      .toBe('export')
  })

  it('keeps the preview and the import itself apart', () => {
    expect(describeAction({ action: 'POST', target: '/api/admin/imports/preview' }).key).toBe('importPreview')
    expect(describeAction({ action: 'POST', target: '/api/admin/imports' }).key).toBe('import')
  })

  it('names changes to one input and bulk changes', () => {
    expect(describeAction({ action: 'POST', target: '/api/admin/submissions/99/hide' })).toEqual({ key: 'submission', params: { id: '99' } })
    expect(describeAction({ action: 'POST', target: '/api/admin/submissions/bulk' }).key).toBe('bulk')
  })

  it('falls back to method and path for anything else', () => {
    expect(describeAction({ action: 'DELETE', target: '/api/admin/rounds/3' })).toEqual({
      key: 'other', params: { method: 'DELETE', target: '/api/admin/rounds/3' },
    })
  })
})
