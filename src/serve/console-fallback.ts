import type { ApolloServerPlugin, BaseContext, GraphQLServerListener } from '@apollo/server';

/** Where the bundled, offline GraphiQL console is served (built with the explorer page). */
export const OFFLINE_CONSOLE_PATH = '/graphiql/';

const OFFER = `<p class="offline-console">No network? Use the offline console: <a href="${OFFLINE_CONSOLE_PATH}">GraphiQL at ${OFFLINE_CONSOLE_PATH}</a>, served by this server with no outside request.</p>`;

/** Adds the offer of the offline console to the landing page's "cannot be loaded" text. */
export function offerOfflineConsole(html: string): string {
  const fallback = /<div class="fallback">([\s\S]*?)<\/div>/;
  return fallback.test(html)
    ? html.replace(fallback, (match) => match.replace(/<\/div>$/, `  ${OFFER}\n</div>`))
    : `${OFFER}\n${html}`;
}

/**
 * Wraps Apollo's landing page plugin so that the text it shows when Sandbox cannot load from Apollo's CDN
 * (offline, or blocked) links to the offline GraphiQL console. When Sandbox loads, it covers that text.
 */
export function withOfflineConsoleOffer<TContext extends BaseContext>(
  inner: ApolloServerPlugin<TContext>,
): ApolloServerPlugin<TContext> {
  return {
    async serverWillStart(service): Promise<GraphQLServerListener | void> {
      const listener = await inner.serverWillStart?.(service);
      if (!listener?.renderLandingPage) return listener;
      const render = listener.renderLandingPage.bind(listener);
      return {
        ...listener,
        async renderLandingPage() {
          const page = await render();
          const html = page.html;
          return {
            html:
              typeof html === 'string'
                ? offerOfflineConsole(html)
                : async () => offerOfflineConsole(await html()),
          };
        },
      };
    },
  };
}
