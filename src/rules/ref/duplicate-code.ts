/** The same unit, objective or KR code, or the same NIP, defined twice (in one file or across files). */
import { defineRule } from '../define-rule.js';

export default defineRule({
  meta: {
    id: 'ref/duplicate-code',
    defaultSeverity: 'error',
    phase: 'read',
    description: { id: 'Kode atau NIP yang sama didefinisikan dua kali', en: 'The same code or NIP defined twice' },
    messages: {
      duplicate: { id: '"{code}" sudah didefinisikan di {other}; definisi ini diabaikan. Gunakan kode yang unik.', en: '"{code}" is already defined at {other}; this definition is ignored. Use a unique code.' },
      setting: { id: 'Pengaturan "{code}" sudah diisi berbeda di {other}; nilai ini diabaikan.', en: 'Setting "{code}" already has a different value at {other}; this value is ignored.' },
    },
  },
});
