import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeSupergraph, SCHEMA_DIR } from './supergraph';

/** `npm run compose`: regenerate schema/*.graphql; commit the result. */
composeSupergraph().then(
  ({ files }) => {
    for (const [name, contents] of files) writeFileSync(path.join(SCHEMA_DIR, name), contents);
    console.log(`Wrote ${[...files.keys()].map((n) => `schema/${n}`).join(', ')}`);
  },
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
