import type { BulkAction, Inbox } from '@shared/api/admin'

/**
 * The page after a bulk action, from what the server confirmed. The search index follows the database a moment later,
 * so a reload right away could still show the old state. Hidden or spam inputs leave the list unless the status
 * filter asks for them.
 */
export function afterBulk(current: Inbox, changed: number[], action: BulkAction, statusFilter: string): Inbox {
  if (action.action === 'RETAG') {
    for (const item of current.items) if (changed.includes(item.id)) item.themeCodes = [action.primary]
    return current
  }
  const status = action.action === 'HIDE' ? 'VERBORGEN' : 'SPAM'
  const stays = (item: { id: number }) => !changed.includes(item.id) || statusFilter.split(',').includes(status)
  const kept = current.items.filter(stays)
  for (const item of current.items) if (changed.includes(item.id)) item.status = status
  return { ...current, total: current.total - (current.items.length - kept.length), items: kept }
}
