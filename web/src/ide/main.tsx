import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './ide.css';
import { GraphiQL } from 'graphiql';
import { parse, print } from 'graphql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { fetcher } from './fetcher.js';

const DEFAULT_QUERY = `# claimgraph: who said what, citing whom.
# Ctrl-Enter runs the query; the Docs button lists every type and field.

query WhoSaid {
  whoSaid(query: "security guarantees", first: 3) {
    score
    claim { id text firstSeenAt }
    stances {
      polarity
      holder { name type }
      cue { text }
      chainNames
      outlet { name }
    }
  }
}
`;

function Header() {
  return (
    <a className="ide-back" href="/" title="Back to the explorer">
      ← explorer
    </a>
  );
}

// `?query=` (and `?variables=`) open a given operation, so the explorer and docs can link to one.
const params = new URLSearchParams(location.search);

/** Pretty-prints a linked operation; leaves it as given when it does not parse. */
function pretty(query: string | null): string | undefined {
  if (!query) return undefined;
  try {
    return print(parse(query));
  } catch {
    return query;
  }
}

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={DEFAULT_QUERY}
      initialQuery={pretty(params.get('query'))}
      initialVariables={params.get('variables') ?? undefined}
      defaultEditorToolsVisibility={true}
      shouldPersistHeaders={false}
    >
      <GraphiQL.Logo>
        <Header /> claimgraph
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
