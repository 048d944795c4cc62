import type { BatchLoad } from './batch-loader.js';
import { claimsAbout, claimsBy } from './claims.js';
import { createCorroborationLoader, type Corroboration } from './corroboration.js';
import { neighbourhood } from './neighbourhood.js';
import type { ReadRows } from './read-rows.js';
import { search } from './search.js';
import { contradictions } from './contradictions.js';
import { timeline } from './timeline.js';
import { whoClaimedCredit } from './who-claimed-credit.js';

type Resolver<TArgs> = (parent: unknown, args: TArgs, context: object | undefined) => Promise<unknown>;

/** The resolvers of the question-shaped fields of schema.graphql, each backed by named queries in cypher/query/. */
export interface QuestionResolvers {
  Query: {
    whoClaimedCredit: Resolver<{ event: string }>;
    claimsBy: Resolver<{ actor: string }>;
    claimsAbout: Resolver<{ subject: string }>;
    timeline: Resolver<{ subject: string }>;
    contradictions: Resolver<{ subject: string }>;
    search: Resolver<{ text: string; limit?: number | null }>;
    neighbourhood: Resolver<{ id: string; depth?: number | null }>;
  };
  Event: { corroboration: Resolver<Record<string, never>> };
  Claim: { corroboration: Resolver<Record<string, never>> };
}

/** Builds the question resolvers over a way to read named queries. */
export function questionResolvers(read: ReadRows): QuestionResolvers {
  // One corroboration loader per request (the request's context object), so batches never mix requests.
  const loaders = new WeakMap<object, BatchLoad<string, Corroboration>>();
  const loaderFor = (context: object | undefined): BatchLoad<string, Corroboration> => {
    if (context === undefined) return createCorroborationLoader(read);
    let loader = loaders.get(context);
    if (loader === undefined) {
      loader = createCorroborationLoader(read);
      loaders.set(context, loader);
    }
    return loader;
  };
  const corroboration: Resolver<Record<string, never>> = (parent, _args, context) =>
    loaderFor(context)(String((parent as { id: unknown }).id));

  return {
    Query: {
      whoClaimedCredit: (_parent, args) => whoClaimedCredit(read, args.event),
      claimsBy: (_parent, args) => claimsBy(read, args.actor),
      claimsAbout: (_parent, args) => claimsAbout(read, args.subject),
      timeline: (_parent, args) => timeline(read, args.subject),
      contradictions: (_parent, args) => contradictions(read, args.subject),
      search: (_parent, args) => search(read, args.text, args.limit),
      neighbourhood: (_parent, args) => neighbourhood(read, args.id, args.depth),
    },
    Event: { corroboration },
    Claim: { corroboration },
  };
}
