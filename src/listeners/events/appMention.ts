import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { compareMessage, inputErrorsMessage, shortHelpMessage } from '../../blocks/thread.ts';
import { type Analysis, analyse } from '../../calculator/index.ts';
import type { AppContext } from '../../context.ts';
import { deliver, type OutgoingMessage } from '../../slack/deliver.ts';
import { slackErrorCode } from '../../slack/errors.ts';
import { parseMentionText } from '../../slack/mentionText.ts';
import { replyMetadata } from '../../slack/metadata.ts';
import { RecentIds } from '../../slack/recentIds.ts';
import { nextRevision, resultMessage, type ThreadEntry, threadResults } from '../../slack/results.ts';
import { runInlineText } from '../../slack/runScenario.ts';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>;

/**
 * `@ftroi …`: in a result's thread, what-if / compare / help; elsewhere an inline calculation or help.
 * Replies go in the mention's thread and name the mention they answer, so a retried event (same
 * event_id, or a fresh replica) can see it was already answered.
 */
export const appMention = (context: AppContext) => {
  const handled = new RecentIds(2000);
  return async ({ event, client, body, context: bolt }: Args) => {
    if (!handled.add(body.event_id)) return;
    const channelId = event.channel;
    const threadTs = event.thread_ts ?? event.ts;
    const deliverer = { client, logger: context.logger, isAllowedResponseUrl: context.isAllowedResponseUrl };
    const destination = { channelId, threadTs, ...(event.user ? { userId: event.user } : {}) };
    const reply = (message: OutgoingMessage) =>
      deliver(deliverer, destination, { ...message, metadata: message.metadata ?? replyMetadata(event.ts) });

    let entries: ThreadEntry[] = [];
    let unreadable = 0;
    try {
      const thread = await threadResults(client, channelId, threadTs);
      if ((bolt.retryNum ?? 0) > 0 && thread.answered.has(event.ts)) return;
      entries = thread.entries;
      unreadable = thread.rejected;
    } catch (error) {
      context.logger.warn(`conversations.replies failed: ${slackErrorCode(error)}`);
    }

    const intent = parseMentionText(event.text);
    if (entries.length === 0 && unreadable > 0 && intent.kind !== 'help') {
      // A result whose metadata was altered: say so rather than silently treat the thread as new.
      await reply({
        text: "This thread's ftroi result can't be read back (its stored scenario is missing or was altered), so I can't build on it. Run /ftroi to post a fresh result.",
        blocks: [],
      });
      return;
    }
    const analysisOf = (entry: ThreadEntry): Analysis | undefined => {
      const result = analyse(entry.record.scenario, { prices: context.prices, today: context.now() });
      return result.ok ? result.value : undefined;
    };
    const latest = entries.at(-1);

    if (intent.kind === 'compare' && entries.length > 0) {
      const rows = entries.flatMap((e) => {
        const analysis = analysisOf(e);
        return analysis ? [{ label: e.record.label, analysis }] : [];
      });
      await reply(compareMessage(rows));
      return;
    }
    if (intent.kind !== 'what-if') {
      await reply(shortHelpMessage());
      return;
    }

    const outcome = runInlineText(intent.text, context, latest?.record.scenario);
    if (outcome.kind === 'invalid') {
      await reply(inputErrorsMessage(outcome.issues));
      return;
    }
    if (outcome.kind === 'incomplete') {
      await reply(inputErrorsMessage(outcome.missing));
      return;
    }
    const previous = latest && analysisOf(latest);
    const revision = latest ? nextRevision(entries) : 0;
    const record = {
      scenario: outcome.analysis.scenario,
      revision,
      label: latest ? `what-if ${revision}` : 'original',
      replyTo: event.ts,
      ...(latest ? { derivedFromTs: latest.ts } : {}),
    };
    await reply(
      resultMessage(
        {
          analysis: outcome.analysis,
          record,
          ...(event.user ? { userId: event.user } : {}),
          ...(latest && previous ? { previous: { analysis: previous, label: latest.record.label } } : {}),
        },
        context,
      ),
    );
  };
};
