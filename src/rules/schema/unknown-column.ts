/** A column or key the format does not know, with the closest known name. */
import { defineRule } from '../define-rule.js';

export default defineRule({
  meta: {
    id: 'schema/unknown-column',
    defaultSeverity: 'info',
    phase: 'read',
    description: { id: 'Kolom atau kunci yang tidak dikenal format', en: 'A column or key that the format does not know' },
    messages: {
      unknownColumn: { id: 'Kolom "{key}" tidak dikenal dan diabaikan.', en: 'Column "{key}" is not known and is ignored.' },
      unknownColumnSuggest: { id: 'Kolom "{key}" tidak dikenal dan diabaikan. Maksud Anda "{suggestion}"?', en: 'Column "{key}" is not known and is ignored. Did you mean "{suggestion}"?' },
      unknownKey: { id: 'Kunci "{key}" tidak dikenal dan diabaikan.', en: 'Key "{key}" is not known and is ignored.' },
      unknownKeySuggest: { id: 'Kunci "{key}" tidak dikenal dan diabaikan. Maksud Anda "{suggestion}"?', en: 'Key "{key}" is not known and is ignored. Did you mean "{suggestion}"?' },
      unknownSheet: { id: 'Lembar "{key}" tidak dikenal dan diabaikan.', en: 'Sheet "{key}" is not known and is ignored.' },
      unknownSheetSuggest: { id: 'Lembar "{key}" tidak dikenal dan diabaikan. Maksud Anda "{suggestion}"?', en: 'Sheet "{key}" is not known and is ignored. Did you mean "{suggestion}"?' },
    },
  },
});
