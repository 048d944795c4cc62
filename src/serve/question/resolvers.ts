import type { GraphQLResolveInfo } from 'graphql';
import type { BatchLoad } from './batch-loader.js';
import { claimsAbout, claimsBy } from './claims.js';
import { contradictions } from './contradictions.js';
import { createCorroborationLoader, type Corroboration } from './corroboration.js';
import { neighbourhood } from './neighbourhood.js';
import { pageOf } from './page-limits.js';
import type { ReadRows } from './read-rows.js';
import { search } from './search.js';
import { selectedFields, selects } from './selects.js';
import { ALL_TIMELINE_LISTS, timeline, type TimelineLists } from './timeline.js';
import { QUESTION_KINDS, whoClaimed, type EventClaimsAnswer } from './who-claimed.js';

type Resolver<TArgs> = (
  parent: unknown,
  args: TArgs,
  context: object | undefined,
  info?: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
) => Promise<unknown>;

/** The paging arguments every paged question takes. */
interface PageArgs {
  limit?: number | null;
  offset?: number | null;
}

/** The resolvers of the question-shaped fields of schema.graphql, each backed by one named query in cypher/query/. */
export interface QuestionResolvers {
  Query: {
    whoClaimedCredit: Resolver<{ event: string } & PageArgs>;
    whoClaimedResponsibility: Resolver<{ event: string; denials?: boolean | null } & PageArgs>;
    claimsBy: Resolver<{ actor: string } & PageArgs>;
    claimsAbout: Resolver<{ subject: string } & PageArgs>;
    timeline: Resolver<{ subject: string } & PageArgs>;
    contradictions: Resolver<{ subject: string }>;
    search: Resolver<{ text: string } & PageArgs>;
    neighbourhood: Resolver<{ id: string; depth?: number | null; perNode?: number | null }>;
  };
  EventClaimsPage: { named: (parent: EventClaimsAnswer) => unknown };
  Event: { corroboration: Resolver<Record<string, never>> };
  Claim: { corroboration: Resolver<Record<string, never>> };
}

/**
 * The lists of a timeline's items that the client's selection reads, and the fields of their events and places
 * (all of them when there is no selection).
 */
export function timelineLists(info?: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): TimelineLists {
  if (info === undefined) return ALL_TIMELINE_LISTS;
  const asks = (list: 'participants' | 'sources' | 'reportedDates') =>
    selects(info.fieldNodes, ['items', list], info.fragments);
  const fields = (...lists: string[]): string[] | undefined => {
    const names = new Set(['id']);
    for (const list of lists) {
      const asked = selectedFields(info.fieldNodes, ['items', list], info.fragments);
      if (asked === undefined) return undefined;
      for (const name of asked) names.add(name);
    }
    return [...names];
  };
  const eventFields = fields('event');
  const placeFields = fields('place', 'places');
  return {
    participants: asks('participants'),
    sources: asks('sources'),
    reportedDates: asks('reportedDates'),
    ...(eventFields === undefined ? {} : { eventFields }),
    ...(placeFields === undefined ? {} : { placeFields }),
  };
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
      whoClaimedCredit: (_parent, args) =>
        whoClaimed(read, args.event, QUESTION_KINDS.credit, pageOf('whoClaimedCredit', args)),
      whoClaimedResponsibility: (_parent, args) =>
        whoClaimed(
          read,
          args.event,
          args.denials === false ? QUESTION_KINDS.responsibility : QUESTION_KINDS.responsibilityAndDenials,
          pageOf('whoClaimedResponsibility', args),
        ),
      claimsBy: (_parent, args) => claimsBy(read, args.actor, pageOf('claimsBy', args)),
      claimsAbout: (_parent, args) => claimsAbout(read, args.subject, pageOf('claimsAbout', args)),
      timeline: (_parent, args, _context, info) =>
        timeline(read, args.subject, pageOf('timeline', args), timelineLists(info)),
      contradictions: (_parent, args) => contradictions(read, args.subject),
      search: (_parent, args) => search(read, args.text, pageOf('search', args)),
      neighbourhood: (_parent, args) => neighbourhood(read, args.id, args.depth, args.perNode),
    },
    EventClaimsPage: { named: (parent) => parent.terms },
    Event: { corroboration },
    Claim: { corroboration },
  };
}
