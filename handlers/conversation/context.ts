// What every part of the conversation shares: the dependencies, the officer API, the clock and the small
// helpers that address a reply, name the actor and look up the citizen's province.
import type { CaseExport } from '../commands/export.js';
import { exportCase } from '../commands/export.js';
import type { Actor, Channel, ChannelTraits, IncomingMessage, OutgoingMessage } from '../types.js';
import { citizenHelp, COMMANDS, type CommandSpec } from './commands.js';
import { isOfficerGroup, traitsOf, type ConversationDeps, type TriageResult } from './deps.js';
import { createOfficerCore } from './officers.js';

/** Officer API plus the holder-only case export (the console's "Xuất hồ sơ"). */
export type ConversationOfficers = ReturnType<typeof createOfficerCore> & { exportCase(actor: Actor, caseId: number): Promise<CaseExport> };

export interface ConversationContext {
  deps: ConversationDeps;
  api: ConversationOfficers;
  /** The command table in use (the built-in one unless the deployment passes its own). */
  commands: readonly CommandSpec[];
  clock(): number;
  /** What the channel's adapter declares it can do (a plain chat app's traits when it declares nothing). */
  traits(channel: Channel): ChannelTraits;
  /** The citizens' usage text as the channel offers it: typed commands or its own controls. */
  citizenHelp(channel: Channel): string;
  reply(msg: IncomingMessage, kind: OutgoingMessage['kind'], text: string, extra?: Partial<OutgoingMessage>): OutgoingMessage;
  actorOf(msg: IncomingMessage): Actor;
  /** The officers' group chat, where chatter among officers is not addressed to the bot. */
  isGroupChat(msg: IncomingMessage): boolean;
  /** The citizen's chosen province, else the deployment's default (also when the store fails). */
  safeProvince(ref: string | undefined): string | undefined;
  /** The triage label; a classifier failure counts as a report so that a person is never dropped. */
  classify(text: string): TriageResult;
  auditCitizen(ref: string, action: string, caseId?: number): void;
}

export function createContext(deps: ConversationDeps): ConversationContext {
  const { store, logger } = deps;
  const clock = () => (deps.now ?? Date.now)();
  const commands = deps.commands ?? COMMANDS;
  const core = createOfficerCore(deps);
  const api: ConversationOfficers = Object.assign(core, {
    exportCase: async (a: Actor, caseId: number) =>
      exportCase(
        {
          store,
          identify: core.identify,
          keyOf: core.keyOf,
          typedCommands: (actor) => traitsOf(deps, actor.channel).typedCommands,
          now: clock,
        },
        a,
        caseId,
      ),
  });
  return {
    deps,
    api,
    commands,
    clock,
    traits: (channel) => traitsOf(deps, channel),
    citizenHelp: (channel) => citizenHelp(commands, traitsOf(deps, channel)),
    reply: (msg, kind, text, extra = {}) => ({ to: { channel: msg.channel, chatId: msg.chatId }, kind, text, ...extra }),
    actorOf: (msg) => ({
      channel: msg.channel,
      userId: msg.userId,
      chatId: msg.chatId,
      ...(msg.displayName ? { name: msg.displayName } : {}),
    }),
    isGroupChat: (msg) => isOfficerGroup(deps.officers, msg),
    safeProvince(ref) {
      try {
        return (ref && store.getPrefs(ref).province) || deps.defaultProvince;
      } catch {
        return deps.defaultProvince;
      }
    },
    classify(text) {
      try {
        return deps.triage.classify(text);
      } catch (err) {
        logger.error({ err }, 'triage failed; treating as report');
        return { label: 'report', confidence: 0 };
      }
    },
    auditCitizen(ref, action, caseId) {
      store.audit({
        at: clock(),
        actor: `citizen:${ref.slice(0, 16)}`,
        action,
        outcome: 'ok',
        ...(caseId !== undefined ? { caseId } : {}),
      });
    },
  };
}
