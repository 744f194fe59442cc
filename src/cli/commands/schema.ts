/** `okr2skp schema`: the JSON Schema of the YAML format, for editors (yaml-language-server) and CI. */
import { Command } from 'commander';
import { planJsonSchema } from '../../model/schema.js';
import type { CliIO } from '../io.js';

export function schemaCommand(io: CliIO, done: (code: number) => void): Command {
  return new Command('schema')
    .description('Print the JSON Schema of the YAML plan format')
    .action(() => {
      io.stdout.write(JSON.stringify(planJsonSchema(), null, 2) + '\n');
      done(0);
    });
}
