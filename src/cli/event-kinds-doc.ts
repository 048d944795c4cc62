/**
 * `npm run docs:events`: rewrites the generated part of docs/events.md (the tables of event kinds) from
 * src/knowledge/data/event-ontology.json, keeping the hand-written introduction above the mark.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATED_MARK, renderEventKindTables } from '../knowledge/event-kinds-doc.js';
import { PROJECT_ROOT } from '../paths.js';

const file = path.join(PROJECT_ROOT, 'docs', 'events.md');
const current = readFileSync(file, 'utf8');
const at = current.indexOf(GENERATED_MARK);
const intro = at < 0 ? current.trimEnd() + '\n\n' : current.slice(0, at);
writeFileSync(file, intro + renderEventKindTables());
console.log(`docs:events: wrote ${path.relative(PROJECT_ROOT, file)}`);
