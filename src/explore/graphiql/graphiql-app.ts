/**
 * The offline API console: GraphiQL, bundled with its styles by src/explore/build.ts and served at
 * /graphiql/ by the API server itself, so it works with no network (Apollo Sandbox loads from a CDN).
 */
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

/** The query the console opens with: the README's first question. */
export const DEFAULT_QUERY = `# The offline GraphQL console of this server. Press the run button (or Ctrl-Enter).
query WhoClaimedCredit {
  whoClaimedCredit(event: "recapture of Palmyra") {
    note
    total
    items {
      claimant { name }
      text
    }
  }
}
`;

const container = document.getElementById('graphiql');
if (container) {
  const endpoint = new URL('../graphql', window.location.href).pathname;
  const fetcher = createGraphiQLFetcher({ url: endpoint });
  createRoot(container).render(
    createElement(GraphiQL, { fetcher, defaultQuery: DEFAULT_QUERY, defaultEditorToolsVisibility: false }),
  );
}
