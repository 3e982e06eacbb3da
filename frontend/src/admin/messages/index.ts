import type { MessageTree } from '@shared/i18n'
import { adminScreens } from './adminScreens'
import { core } from './core'
import { facilitator } from './facilitator'
import { inbox } from './inbox'
import { insight } from './insight'
import { kiosk } from './kiosk'
import { moderation } from './moderation'
import { pickers } from './pickers'
import { tablePlanning } from './tablePlanning'
import { privacy } from './privacy'
import { rounds } from './rounds'
import { vocabulary } from '@shared/present/vocabulary'
import { auditMessages } from '@shared/present/auditActions'
import { identityMessages } from './identity'

// Each feature keeps its texts in its own file here ({ nl: {...}, en: {...} }) and is listed once below.
const parts: Array<{ nl: MessageTree; en: MessageTree }> = [core, facilitator, kiosk, inbox, rounds, insight,
  adminScreens, moderation, pickers, tablePlanning, vocabulary, auditMessages, identityMessages, privacy]

export const messages = {
  nl: Object.assign({}, ...parts.map((part) => part.nl)) as MessageTree,
  en: Object.assign({}, ...parts.map((part) => part.en)) as MessageTree,
}
