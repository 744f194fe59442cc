/**
 * A NIP typed with spaces ("19850315 201012 1 002", the printed form). It is read without them, and said once so
 * the source can be cleaned: other systems that read the same sheet may not be as forgiving.
 */
import { defineRule } from '../define-rule.js';

export default defineRule({
  meta: {
    id: 'nip/spaces',
    defaultSeverity: 'info',
    phase: 'read',
    description: { id: 'NIP ditulis dengan spasi', en: 'A NIP typed with spaces' },
    messages: {
      spaces: { id: '"{field}": NIP "{value}" ditulis dengan spasi; dibaca sebagai {nip}. Sebaiknya tulis 18 digit tanpa spasi.', en: '"{field}": NIP "{value}" contains spaces; it is read as {nip}. Better write the 18 digits without spaces.' },
    },
  },
});
