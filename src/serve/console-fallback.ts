import type { ApolloServerPlugin, BaseContext, GraphQLServerListener } from '@apollo/server';

/** Where the bundled, offline GraphiQL console is served (built with the explorer page). */
export const OFFLINE_CONSOLE_PATH = '/graphiql/';

const OFFER = `<p class="offline-console">No network? Use the offline console: <a href="${OFFLINE_CONSOLE_PATH}">GraphiQL at ${OFFLINE_CONSOLE_PATH}</a>, served by this server with no outside request.</p>`;

/**
 * When Sandbox's script never arrived, removes its empty full-page container, which would otherwise lie
 * over the fallback text and catch the clicks meant for the link.
 */
const UNCOVER = `window.addEventListener('load', function () {
  if (window.EmbeddedSandbox) return;
  var cover = document.getElementById('embeddableSandbox');
  if (cover) cover.remove();
});`;

/**
 * Adds the offer of the offline console to the landing page's "cannot be loaded" text, and a script (with
 * the page's own nonce) that makes the offer clickable when Sandbox did not load.
 */
export function offerOfflineConsole(html: string): string {
  const fallback = /<div class="fallback">([\s\S]*?)<\/div>/;
  const nonce = /<script nonce="([^"]*)"/.exec(html)?.[1];
  const script = `<script${nonce === undefined ? '' : ` nonce="${nonce}"`}>${UNCOVER}</script>`;
  return fallback.test(html)
    ? html.replace(fallback, (match) => match.replace(/<\/div>$/, `  ${OFFER}\n</div>\n${script}`))
    : `${OFFER}\n${script}\n${html}`;
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
