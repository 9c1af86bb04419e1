// Every chat command, declared once: name, aliases, who may run it, its arguments, its help line and its
// handler. Routing, the help texts, the platform command menus, the console and the README's list all come
// from this table, so a new command is one entry here plus its handler.
import { contactsCommand } from '../commands/contacts.js';
import { contactSources } from '../contacts-answer.js';
import { documentsText } from '../commands/documents.js';
import { exportMessages, exportPartChars } from '../commands/export.js';
import { detailText, queueText } from '../replies/officer.js';
import { BUTTONS, vi } from '../replies/vi.js';
import type { Actor, ChannelTraits, CommandInfo, IncomingMessage, OutgoingMessage } from '../types.js';
import type { CitizenFlow } from './citizen.js';
import { splitNumber } from './text.js';
import type { ConversationContext } from './context.js';

export type Audience = CommandInfo['audience'];

export interface CommandCall {
  ctx: ConversationContext;
  citizen: CitizenFlow;
  msg: IncomingMessage;
  actor: Actor;
  /** Everything after the command name, trimmed. */
  args: string;
  officer: boolean;
  /** Reply in the sender's chat. */
  say(text: string, kind?: OutgoingMessage['kind'], extra?: Partial<OutgoingMessage>): OutgoingMessage[];
}

/** A command whose first argument is a case number: the router resolves it, after refusing non-officers. */
export interface CaseCommandCall extends CommandCall {
  caseId: number;
  /** The text after the case number. */
  text: string;
}

type Run<C> = (call: C) => OutgoingMessage[] | Promise<OutgoingMessage[]>;

interface CommandBase extends CommandInfo {
  /** Lowercase latin, as typed after the slash (Telegram's menu accepts nothing else). */
  name: string;
  aliases?: string[];
  /** Audit action recorded when a non-officer is refused (defaults to the name). */
  auditAs?: string;
}

export type CommandSpec =
  | (CommandBase & { caseNumber?: false; run: Run<CommandCall> })
  | (CommandBase & { audience: 'officer'; caseNumber: true; run: Run<CaseCommandCall> });

const CITIZEN: CommandSpec[] = [
  {
    name: 'start',
    audience: 'everyone',
    help: 'Bắt đầu trò chuyện',
    run: ({ ctx, msg, say }) =>
      say(vi.welcome(ctx.safeProvince(ctx.deps.store.citizenRef(msg.channel, msg.userId)), ctx.citizenHelp(msg.channel)), 'notice', {
        buttons: BUTTONS.start,
      }),
  },
  {
    name: 'trogiup',
    aliases: ['help'],
    audience: 'everyone',
    help: 'Hướng dẫn sử dụng',
    run: ({ ctx, msg, officer, say }) =>
      say(officer ? `${ctx.citizenHelp(msg.channel)}\n\n${officerHelp(ctx.commands)}` : ctx.citizenHelp(msg.channel), 'notice'),
  },
  {
    name: 'tinh',
    audience: 'everyone',
    args: '[tên tỉnh]',
    help: 'Chọn tỉnh của bạn để nhận đúng số điện thoại và kế hoạch của tỉnh',
    run: ({ citizen, msg, args }) => citizen.setProvince(msg, args),
  },
  { name: 'canbo', audience: 'everyone', help: 'Đề nghị gặp cán bộ tiếp nhận', run: ({ citizen, msg }) => citizen.askOfficer(msg) },
  {
    name: 'lienhe',
    audience: 'everyone',
    args: '[tên tỉnh]',
    help: 'Số điện thoại và cơ quan hỗ trợ ở tỉnh của bạn',
    run: ({ ctx, msg, args, say }) => {
      const r = contactsCommand(
        args,
        ctx.safeProvince(ctx.deps.store.citizenRef(msg.channel, msg.userId)) ?? null,
        contactSources(ctx.deps),
      );
      return say(r.text, r.kind, { citations: r.citations });
    },
  },
  {
    name: 'xoa',
    audience: 'everyone',
    help: 'Xoá các tin nhắn của bot trong cuộc trò chuyện này',
    run: ({ citizen, msg }) => citizen.erase(msg),
  },
  {
    name: 'dongy',
    audience: 'everyone',
    help: 'Đồng ý cho cán bộ thấy tên hiển thị của bạn',
    run: ({ citizen, msg }) => citizen.consent(msg),
  },
  {
    name: 'maso',
    audience: 'everyone',
    help: 'Xem mã người dùng của bạn (để đăng ký làm cán bộ tiếp nhận)',
    run: ({ msg, say }) => say(vi.myId(msg.userId, msg.chatId), 'notice'),
  },
];

const OFFICER: CommandSpec[] = [
  {
    name: 'hangdoi',
    audience: 'officer',
    auditAs: 'queue',
    help: 'Xem hàng đợi (khẩn cấp trước)',
    run: async ({ ctx, actor, say }) => {
      const list = await ctx.api.queue(actor);
      if (!list.length) return say(vi.emptyQueue());
      const rows = list.map((s) => ctx.deps.store.getCase(s.id)!);
      return say(queueText(rows, new Map(list.map((s) => [s.id, s.preview])), ctx.clock()));
    },
  },
  {
    name: 'xem',
    audience: 'officer',
    caseNumber: true,
    args: '<số>',
    help: 'Xem vụ việc',
    run: async ({ ctx, actor, caseId, say }) => {
      const d = await ctx.api.read(actor, caseId);
      return say(detailText(ctx.deps.store.getCase(d.id)!, d.messages, d.channelLabel));
    },
  },
  {
    name: 'nhan',
    audience: 'officer',
    caseNumber: true,
    args: '<số>',
    help: 'Nhận xử lý',
    run: ({ ctx, actor, caseId }) => ctx.api.claim(actor, caseId),
  },
  {
    name: 'tl',
    audience: 'officer',
    caseNumber: true,
    args: '<số> <nội dung>',
    help: 'Trả lời người dân',
    run: ({ ctx, actor, caseId, text }) => ctx.api.reply(actor, caseId, text),
  },
  {
    name: 'ghichu',
    audience: 'officer',
    caseNumber: true,
    args: '<số> <nội dung>',
    help: 'Ghi chú nội bộ',
    run: ({ ctx, actor, caseId, text }) => ctx.api.note(actor, caseId, text),
  },
  {
    name: 'tra',
    audience: 'officer',
    caseNumber: true,
    args: '<số>',
    help: 'Trả lại hàng đợi',
    run: ({ ctx, actor, caseId }) => ctx.api.release(actor, caseId),
  },
  {
    name: 'dong',
    audience: 'officer',
    caseNumber: true,
    args: '<số> <ghi chú>',
    help: 'Đóng vụ việc',
    run: ({ ctx, actor, caseId, text }) => ctx.api.close(actor, caseId, text),
  },
  {
    name: 'xuat',
    audience: 'officer',
    caseNumber: true,
    args: '<số>',
    help: 'Xuất hồ sơ vụ việc bạn đang giữ',
    run: async ({ ctx, actor, caseId, say }) => {
      const doc = await ctx.api.exportCase(actor, caseId);
      ctx.deps.logger.info({ caseId, action: 'export' }, 'case exported');
      const parts = exportMessages(doc, ctx.traits(doc.case.channel).label, exportPartChars(ctx.traits(actor.channel).maxTextLength));
      return parts.flatMap((text) => say(text, 'officer', { caseId }));
    },
  },
  {
    name: 'thongke',
    audience: 'officer',
    auditAs: 'stats',
    help: 'Thống kê',
    run: async ({ ctx, actor, say }) => say(await ctx.api.stats(actor)),
  },
  {
    name: 'tailieu',
    audience: 'officer',
    help: 'Văn bản bot đang dùng (ngày, hiệu lực)',
    run: ({ ctx, say }) => say(documentsText(ctx.deps.documents?.() ?? [])),
  },
];

/** The built-in commands, citizen commands first (the order of help texts and menus). */
export const COMMANDS: readonly CommandSpec[] = [...CITIZEN, ...OFFICER];

/** Runs a command; officer commands refuse (and audit) anyone else before revealing anything, even a usage hint. */
export async function runCommand(spec: CommandSpec, call: CommandCall): Promise<OutgoingMessage[]> {
  const { ctx, actor, officer } = call;
  if (!spec.caseNumber) {
    if (spec.audience === 'officer' && !officer) ctx.api.refuse(actor, spec.auditAs ?? spec.name);
    return spec.run(call);
  }
  const [n, text] = splitNumber(call.args);
  // The typed case number becomes the internal id (unknown numbers fail in the API as not_found).
  const caseId = n === undefined ? undefined : (ctx.deps.store.getCaseByNumber(n)?.id ?? n);
  if (!officer) ctx.api.refuse(actor, spec.auditAs ?? spec.name, caseId);
  if (caseId === undefined) return call.say(vi.needNumber(usageOf(spec)));
  return spec.run({ ...call, caseId, text });
}

export function findCommand(commands: readonly CommandSpec[], typed: string): CommandSpec | undefined {
  return commands.find((c) => c.name === typed || c.aliases?.includes(typed));
}

export const usageOf = (c: CommandInfo) => `/${c.name}${c.args ? ` ${c.args}` : ''}`;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The citizens' usage text (welcome, /trogiup, unknown commands): the commands, or the channel's own controls. */
export function citizenHelp(commands: readonly CommandInfo[], traits: ChannelTraits): string {
  if (!traits.typedCommands) return vi.howToUse(vi.pageControls(traits));
  return vi.howToUse(commands.filter((c) => c.audience === 'everyone').map((c) => `• /${c.name}: ${lowerFirst(c.help)}.`));
}

export function officerHelp(commands: readonly CommandInfo[]): string {
  return ['Lệnh cán bộ:', ...commands.filter((c) => c.audience === 'officer').map((c) => `${usageOf(c)}: ${lowerFirst(c.help)}`)].join(
    '\n',
  );
}

/** A platform command menu (name + one-line description); officers' menus add their commands to the citizens'. */
export function commandMenu(commands: readonly CommandInfo[], audience: Audience): { command: string; description: string }[] {
  return commands
    .filter((c) => audience === 'officer' || c.audience === 'everyone')
    .map((c) => ({ command: c.name, description: c.args && c.audience === 'officer' ? `${c.help}: ${usageOf(c)}` : c.help }));
}
