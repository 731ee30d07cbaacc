import { App, type CustomRoute, type Logger, type LogLevel } from '@slack/bolt';
import type { PriceBook } from './calculator/index.ts';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import { registerListeners } from './listeners/index.ts';
import { bundledCatalogue } from './prices/catalogue.ts';
import type { Catalogue } from './prices/schema.ts';
import { createReceiver } from './receiver.ts';
import { RETRY_CONFIG } from './slack/errors.ts';
import { slackFetch } from './slack/fetch.ts';

export interface CreateAppOptions {
  logger: Logger;
  prices: PriceBook;
  catalogue?: Catalogue;
  catalogueAsOf?: { oldest: string; newest: string };
  now?: () => Date;
}

const SLACK_HOOK_HOSTS = new Set(['hooks.slack.com', 'hooks.slack-gov.com']);

export function responseUrlGuard(slackApiUrl: string | undefined): (url: string) => boolean {
  const apiOrigin = slackApiUrl ? new URL(slackApiUrl).origin : undefined;
  return (url) => {
    try {
      const parsed = new URL(url);
      return (
        (parsed.protocol === 'https:' && SLACK_HOOK_HOSTS.has(parsed.hostname)) || parsed.origin === apiOrigin
      );
    } catch {
      return false;
    }
  };
}

/** Builds the Bolt app: HTTP receiver with signature checks, or Socket Mode when an app token is set. */
export function createApp(config: Config, options: CreateAppOptions): App {
  const context: AppContext = {
    prices: options.prices,
    catalogue: options.catalogue ?? bundledCatalogue,
    ...(options.catalogueAsOf ? { catalogueAsOf: options.catalogueAsOf } : {}),
    now: options.now ?? (() => new Date()),
    logger: options.logger,
    isAllowedResponseUrl: responseUrlGuard(config.SLACK_API_URL),
  };
  const healthz: CustomRoute = {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true }));
    },
  };
  const app = new App({
    token: config.SLACK_BOT_TOKEN,
    // State lives in Slack (message metadata), so Bolt's per-request conversation store is dead weight.
    convoStore: false,
    logger: options.logger,
    logLevel: config.LOG_LEVEL as LogLevel,
    ...(config.mode === 'socket'
      ? // In Socket Mode, /healthz gets its own HTTP server: on PORT, not Bolt's fixed 3000.
        { socketMode: true, appToken: config.SLACK_APP_TOKEN, customRoutes: [healthz], port: config.PORT }
      : {
          receiver: createReceiver({
            signingSecret: config.SLACK_SIGNING_SECRET ?? '',
            port: config.PORT,
            customRoutes: [healthz],
            logger: options.logger,
          }),
        }),
    clientOptions: {
      ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
      retryConfig: RETRY_CONFIG,
      fetch: slackFetch,
      timeout: config.SLACK_API_TIMEOUT_MS,
    },
  });
  app.error(async (error) => {
    // Bolt's errors can carry request bodies; log the kind and message only (the logger redacts tokens too).
    options.logger.error(`unhandled listener error: ${error.name}: ${error.message}`);
  });
  registerListeners(app, context);
  return app;
}
