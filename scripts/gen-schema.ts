// Regenerates the committed JSON Schema of the YAML format; test/model/schema.test.ts fails when it drifts.
import { writeFileSync } from 'node:fs';
import { planJsonSchema } from '../src/model/schema.js';

writeFileSync(new URL('../schema/okr2skp.schema.json', import.meta.url), JSON.stringify(planJsonSchema(), null, 2) + '\n');
