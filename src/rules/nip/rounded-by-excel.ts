/**
 * A NIP held as a number. Excel keeps 15 significant digits, so the last three of 18 are already lost; only
 * re-entering it as text helps.
 */
import { defineRule } from '../define-rule.js';

export default defineRule({
  meta: {
    id: 'nip/rounded-by-excel',
    defaultSeverity: 'error',
    phase: 'read',
    description: { id: 'NIP tersimpan sebagai angka sehingga digit terakhirnya hilang', en: 'A NIP stored as a number, so its last digits are lost' },
    messages: {
      rounded: {
        id: '"{field}": NIP tersimpan sebagai angka ({value}); Excel hanya menyimpan 15 digit sehingga digit terakhir sudah hilang. Format kolom sebagai Teks lalu ketik ulang NIP (atau awali dengan tanda \').',
        en: '"{field}": the NIP is stored as a number ({value}); Excel keeps only 15 digits, so the last digits are lost. Format the column as Text and re-enter the NIP (or start it with \').',
      },
      roundedYaml: {
        id: '"{field}": NIP ditulis sebagai angka ({value}) sehingga digit terakhirnya hilang. Tulis NIP dalam tanda kutip, misalnya "198503152010121002".',
        en: '"{field}": the NIP is written as a number ({value}), so its last digits are lost. Put it in quotes, e.g. "198503152010121002".',
      },
    },
  },
});
