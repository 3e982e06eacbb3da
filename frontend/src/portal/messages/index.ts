import type { MessageTree } from '@shared/i18n'
import { core } from './core'
import { insight } from './insight'
import { kiosk } from './kiosk'
import { participation } from './participation'
import { rounds } from './rounds'
import { tables } from './tables'
import { vocabulary } from '@shared/present/vocabulary'

// Each feature keeps its texts in its own file here ({ nl: {...}, en: {...} }) and is listed once below.
const parts: Array<{ nl: MessageTree; en: MessageTree }> = [core, participation, tables, rounds, kiosk, insight,
  vocabulary]

export const messages = {
  nl: Object.assign({}, ...parts.map((part) => part.nl)) as MessageTree,
  en: Object.assign({}, ...parts.map((part) => part.en)) as MessageTree,
}
