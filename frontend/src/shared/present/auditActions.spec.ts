import { describe, expect, it } from 'vitest'
import { auditMessages, describeAuditAction } from './auditActions'

describe('describeAuditAction', () => {
  it('names account changes with the account number', () => {
    expect(describeAuditAction({ action: 'POST', target: '/api/admin/users' })).toEqual({ key: 'createUser', params: {} })
    expect(describeAuditAction({ action: 'PUT', target: '/api/admin/users/12/roles' })).toEqual({ key: 'setRoles', params: { id: '12' } })
    expect(describeAuditAction({ action: 'POST', target: '/api/admin/users/7/activate' })).toEqual({ key: 'activate', params: { id: '7' } })
  })

  it('tells an export with contact details apart from one without', () => {
    expect(describeAuditAction({ action: 'GET', target: '/api/admin/exports/submissions.csv?theme=1.1' }).key).toBe('export')
    expect(describeAuditAction({ action: 'GET', target: '/api/admin/exports/submissions.xlsx?includeContact=true' }).key)
      .toBe('exportContact')
    expect(describeAuditAction({ action: 'GET', target: '/api/admin/exports/submissions.xlsx?includeContact=false' }).key)
      .toBe('export')
  })

  it('keeps the preview and the import itself apart', () => {
    expect(describeAuditAction({ action: 'POST', target: '/api/admin/imports/preview' }).key).toBe('importPreview')
    expect(describeAuditAction({ action: 'POST', target: '/api/admin/imports' }).key).toBe('import')
  })

  it('names each moderation step on one input', () => {
    expect(describeAuditAction({ action: 'POST', target: '/api/admin/submissions/99/hide' })).toEqual({ key: 'hide', params: { id: '99' } })
    expect(describeAuditAction({ action: 'PUT', target: '/api/admin/submissions/99/themes' }).key).toBe('retag')
    expect(describeAuditAction({ action: 'POST', target: '/api/admin/submissions/99/something-new' }).key).toBe('submission')
    expect(describeAuditAction({ action: 'POST', target: '/api/admin/submissions/bulk' }).key).toBe('bulk')
  })

  it('says what happened to a clustering, with both numbers for one cluster', () => {
    expect(describeAuditAction({ action: 'POST', target: '/api/admin/clusterings/1/merges' })).toEqual({ key: 'clusterMerge', params: { id: '1' } })
    expect(describeAuditAction({ action: 'PATCH', target: '/api/admin/clusterings/3/clusters/17' }))
      .toEqual({ key: 'clusterEdit', params: { id: '3', cluster: '17' } })
  })

  it('names sign-ins by how they ended, and refusals as refusals', () => {
    expect(describeAuditAction({ action: 'LOGIN', target: '/api/admin/login', outcome: 200 }).key).toBe('login')
    expect(describeAuditAction({ action: 'LOGIN', target: '/api/admin/login', outcome: 401 }).key).toBe('loginFailed')
    expect(describeAuditAction({ action: 'LOGIN', target: '/api/admin/login', outcome: 429 }).key).toBe('loginThrottled')
    expect(describeAuditAction({ action: 'OVERFLOW', target: '37 geweigerde verzoeken in de vorige minuut niet apart gelogd', outcome: 429 }))
      .toEqual({ key: 'overflow', params: { count: '37' } })
    expect(describeAuditAction({ action: 'GET', target: '/api/admin/users', outcome: 401 }).key).toBe('refusedSignedOut')
    expect(describeAuditAction({ action: 'POST', target: '/api/admin/submissions/4/hide', outcome: 403 }).key).toBe('refusedRole')
    expect(describeAuditAction({ action: 'POST', target: '/api/admin/submissions/4/hide', outcome: 200 }).key).toBe('hide')
  })

  it('falls back to method and path for a call no rule knows', () => {
    expect(describeAuditAction({ action: 'DELETE', target: '/api/admin/unknown/3' })).toEqual({
      key: 'other', params: { method: 'DELETE', target: '/api/admin/unknown/3' },
    })
  })

  it('has a Dutch and an English sentence for every action', () => {
    expect(Object.keys(auditMessages.en.auditActions).sort()).toEqual(Object.keys(auditMessages.nl.auditActions).sort())
  })
})
