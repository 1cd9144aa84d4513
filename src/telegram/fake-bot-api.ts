/**
 * A fake Telegram Bot API server on loopback that behaves like Telegram where a bot can tell:
 * same paths, bodies, error codes and descriptions, long polling, 409 on a second poller,
 * HTML validation, length limits, per-chat / per-group / global rate limits (429 + retry_after),
 * blocked / deactivated / migrated chats, and injected faults.
 *
 * Used by the test suite (grammY's real HTTP client via `new Bot(token, { client: { apiRoot } })`),
 * by `troika console` (a terminal chat without network) and by the broadcast benchmark.
 * Production code: no test-framework imports.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';
import { parseTelegramHtml } from '../core/telegram-html.js';
import { createFileStore, MAX_DOWNLOAD_BYTES, mimeTypeOf, pngSize, type StoredFile } from './fake-bot-api/files.js';
import type { TelegramEntity } from '../core/telegram-html.js';

// ─── Public types ──────────────────────────────────────────────────────────────────────────

export interface FakeLimits {
  /** Messages per second into one chat (Telegram: about 1). */
  perChatPerSecond: number;
  /** Messages per minute into one group or supergroup (Telegram: 20). */
  perGroupPerMinute: number;
  /** Messages per second overall (Telegram: about 30). */
  globalPerSecond: number;
  /** Multiplies every limit above (the broadcast benchmark uses 10 → 300/s overall). */
  scale: number;
}

export interface FakeBotApiOptions {
  /** Bot token; its numeric prefix is the bot's user id. */
  token?: string;
  /** Overrides for the bot's own User object (username, first_name). */
  botUser?: { first_name?: string; username?: string };
  limits?: Partial<FakeLimits>;
  /** Reject sends over the limits with 429 (default true). */
  enforceLimits?: boolean;
  /** Delay added to every response, in ms (default 0). */
  latencyMs?: number;
  /** Answer 400 "chat not found" for chats never seen (default false: unknown ids are created on first use). */
  knownChatsOnly?: boolean;
  /** Keep `calls` (default true; the benchmark may turn it off). */
  recordCalls?: boolean;
  /** Clock in ms (default Date.now). */
  now?: () => number;
  /** How long an idle keep-alive connection stays open, in ms (default Node's 5,000). */
  keepAliveTimeoutMs?: number;
}

export type FakeChatType = 'private' | 'group' | 'supergroup' | 'channel';

export interface FakeChat {
  id: number;
  type: FakeChatType;
  title?: string;
  username?: string;
  first_name?: string;
  /** A supergroup with forum topics: messages may carry message_thread_id. */
  is_forum?: boolean;
}

/** A chat id, or a chat description (type inferred from the id when omitted: >0 private, -100… supergroup, <0 group). */
export type ChatRef = number | (Partial<FakeChat> & { id: number });

export interface FakeUser {
  id: number;
  is_bot?: boolean;
  first_name?: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export type UserRef = number | FakeUser;

/** A message the bot sent (one immutable snapshot; edits create a new snapshot). */
export interface SentMessage {
  chat_id: number;
  message_id: number;
  text: string;
  parse_mode: string | undefined;
  entities: TelegramEntity[];
  reply_markup: unknown;
  link_preview_options: unknown;
  disable_web_page_preview: boolean | undefined;
  /** Unix time (s) the message was first sent, as in Message.date. */
  date: number;
  /** Clock time (ms) of the send or of the last edit. */
  time: number;
  /** Clock time (ms) of the last edit, if edited. */
  edited_at: number | undefined;
  /** All parameters as received (after decoding form/multipart values). */
  params: Record<string, unknown>;
  /** The forum topic the message went to, if any. */
  message_thread_id?: number;
  /** sendDocument / sendPhoto: the file as received (text holds the caption). */
  document?: { file_id: string; file_name: string; mime_type: string; data: Buffer };
  photo?: { file_id: string; width: number; height: number; data: Buffer };
}

/** What a user's message may carry besides text. */
export interface UserMessageOptions {
  /** A forum topic (the chat must be a forum supergroup). */
  threadId?: number;
  /** The message this one replies to (a message id in the same chat). */
  replyTo?: number;
  /** forward_origin: the message is a forward of a post from this channel. */
  forwardedFrom?: { channel: ChatRef; messageId?: number };
}

export interface EditRecord {
  method: 'editMessageText' | 'editMessageReplyMarkup';
  chat_id: number;
  message_id: number;
  before: SentMessage;
  after: SentMessage;
  time: number;
}

export interface CallbackAnswer {
  callback_query_id: string;
  text: string | undefined;
  show_alert: boolean;
  url: string | undefined;
  time: number;
}

export type OutgoingEvent =
  | { kind: 'send'; message: SentMessage }
  | { kind: 'edit'; message: SentMessage; previous: SentMessage }
  | { kind: 'delete'; chat_id: number; message_id: number }
  | { kind: 'answer-callback'; answer: CallbackAnswer }
  | { kind: 'chat-action'; chat_id: number; action: string };

export interface CallRecord {
  method: string;
  params: Record<string, unknown>;
  status: number;
  /** Error description when status ≠ 200. */
  description: string | undefined;
  time: number;
}

export interface FakeStats {
  requests: number;
  byMethod: Record<string, number>;
  tooManyRequests: { perChat: number; perGroup: number; global: number; injected: number; total: number };
  /** Responses with a status other than 200 (429s included), plus reset connections. */
  errors: number;
  sent: number;
  edits: number;
}

export interface FailNextOptions {
  /** HTTP status / error_code to answer with (omit with `hang` to only delay). */
  status?: number;
  description?: string;
  /** For 429: seconds in parameters.retry_after (default 1). */
  retryAfter?: number;
  /** How many calls to affect (default 1). */
  times?: number;
  /** Destroy the TCP connection instead of answering (grammY sees an HttpError). */
  resetConnection?: true;
  /** Wait this many ms before answering (or before handling normally when no status is given). */
  hang?: number;
}

export type { StoredFile };

export type ChatMemberStatus = 'creator' | 'administrator' | 'member' | 'restricted' | 'left' | 'kicked';

/** An administrator's rights that matter in a channel (default: all granted). */
export interface AdminRights {
  /** can_post_messages: without it the bot's sends to the channel answer 400. */
  canPostMessages?: boolean;
}

export interface FakeBotApi {
  /** e.g. http://127.0.0.1:PORT, for `new Bot(token, { client: { apiRoot } })`. */
  readonly apiRoot: string;
  readonly token: string;
  /** The bot's own User object (what getMe returns). */
  readonly botUser: Record<string, unknown>;
  /** Every accepted sendMessage, in order (snapshots as sent). */
  readonly sent: readonly SentMessage[];
  /** Every accepted edit, in order. */
  readonly edits: readonly EditRecord[];
  readonly callbackAnswers: readonly CallbackAnswer[];
  /** Every request with method, params and status (unless recordCalls is false). */
  readonly calls: readonly CallRecord[];
  readonly stats: FakeStats;
  close(): Promise<void>;

  /** Queues an update for getUpdates (update_id assigned when missing) and wakes a waiting poller. */
  pushUpdate(update: Omit<Update, 'update_id'> & { update_id?: number }): Update;
  /** A user writes `text` in `chat` (a leading /command gets a bot_command entity). */
  sendText(chat: ChatRef, from: UserRef, text: string, options?: UserMessageOptions): Update;
  /** A user sends a file as a document (caption optional); the bot can getFile and download it. */
  sendDocument(chat: ChatRef, from: UserRef, file: { fileName: string; content: string | Buffer; mimeType?: string; caption?: string }, options?: UserMessageOptions): Update;
  /** A post in a channel (a channel_post update, no sender). */
  sendChannelPost(channel: ChatRef, text: string): Update;
  /** The user's message `messageId` in `chat` as the Bot API delivered it. */
  userMessage(chatId: number, messageId: number): Record<string, unknown> | undefined;
  /** A file the bot uploaded or a user sent, by file_id. */
  file(fileId: string): StoredFile | undefined;
  /** A forum topic is deleted: sends with its message_thread_id answer "message thread not found". */
  deleteTopic(chatId: number, threadId: number): void;
  /** A user presses the inline button with `callbackData` under a bot message; throws if no such button. */
  clickButton(message: { chat_id: number; message_id: number }, callbackData: string, from: UserRef): Update;

  /** The bot's current (edited, not deleted) messages in a chat, oldest first. */
  messagesTo(chatId: number): SentMessage[];
  /** Resolves with the first truthy value of `predicate`, re-checked after every request and update. */
  waitFor<T>(predicate: () => T | undefined | null | false, timeoutMs?: number): Promise<T>;
  /** Calls `listener` for every message sent, edited or deleted, callback answered, chat action. Returns unsubscribe. */
  onOutgoing(listener: (event: OutgoingEvent) => void): () => void;

  /** Registers (or updates) a chat: type, title, username. */
  addChat(chat: ChatRef): FakeChat;
  /** Sets a group's administrators (and optionally its creator) for getChatMember / getChatAdministrators. */
  setAdmins(chat: ChatRef, admins: UserRef[], creator?: UserRef): void;
  /**
   * A member's status (and an administrator's rights). In a channel the bot can act only as an
   * administrator: until it is one, its requests there answer 403 as Telegram's do.
   */
  setMemberStatus(chat: ChatRef, user: UserRef, status: ChatMemberStatus, rights?: AdminRights): void;
  /** Private chat: "bot was blocked by the user"; group: "bot was kicked from the group chat". */
  blockChat(chatId: number): void;
  unblockChat(chatId: number): void;
  deactivateUser(userId: number): void;
  /** Group → supergroup: requests to oldId answer 400 with parameters.migrate_to_chat_id. */
  migrateChat(oldId: number, newId: number): void;
  /** Makes the next call(s) of `method` ('*' for any) fail or hang. */
  failNext(method: string, options: FailNextOptions): void;
  /** Commands stored by setMyCommands for a scope (default scope) and language. */
  commands(scope?: Record<string, unknown>, languageCode?: string): unknown[];
  /** Current webhook URL ('' when long polling). */
  readonly webhookUrl: string;
}

// ─── Implementation ────────────────────────────────────────────────────────────────────────

/** A token of the real shape (id:35 chars), not valid anywhere but here. */
export const DEFAULT_FAKE_TOKEN = '7000000001:AAHfakeTOKENforTROIKAtests012345678';

export const DEFAULT_LIMITS: FakeLimits = { perChatPerSecond: 1, perGroupPerMinute: 20, globalPerSecond: 30, scale: 1 };

const MAX_TEXT_LENGTH = 4096;
const MAX_CAPTION_LENGTH = 1024;
/** Bots upload documents up to 50 MB and photos up to 10 MB. */
const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
const NOT_MODIFIED =
  'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';
const CONFLICT_POLL = 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running';
const CONFLICT_WEBHOOK =
  "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";
const DEFAULT_EXCLUDED_UPDATES = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);
const CHAT_ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);
const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** An error answer from the API, thrown by method handlers. */
class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
    readonly parameters?: Record<string, unknown>,
  ) {
    super(description);
  }
}

const badRequest = (what: string): ApiError => new ApiError(400, `Bad Request: ${what}`);
const tooMany = (retryAfter: number): ApiError =>
  new ApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });

/** Timestamps of recent sends per key; keys idle for a whole window are swept so memory stays bounded. */
class SlidingWindows {
  private readonly hits = new Map<number, number[]>();
  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** ms to wait before one more hit is allowed under `key` (0 = allowed now). */
  waitMs(key: number, now: number): number {
    const arr = this.hits.get(key);
    if (arr === undefined) return this.limit >= 1 ? 0 : this.windowMs;
    const cutoff = now - this.windowMs;
    let drop = 0;
    while (drop < arr.length && (arr[drop] ?? 0) <= cutoff) drop++;
    if (drop > 0) arr.splice(0, drop);
    if (arr.length < this.limit) return 0;
    return (arr[arr.length - this.limit] ?? now) + this.windowMs - now;
  }

  record(key: number, now: number): void {
    const arr = this.hits.get(key);
    if (arr === undefined) this.hits.set(key, [now]);
    else arr.push(now);
  }

  sweep(now: number): void {
    const cutoff = now - this.windowMs;
    for (const [key, arr] of this.hits) {
      if ((arr[arr.length - 1] ?? 0) <= cutoff) this.hits.delete(key);
    }
  }

  get size(): number {
    return this.hits.size;
  }
}

interface StoredMessage {
  fromBot: boolean;
  deleted: boolean;
  /** Latest snapshot for bot messages; for user messages only text/reply_markup matter. */
  current: SentMessage;
  /** The Bot API Message object for user messages (as delivered in the update). */
  apiMessage?: Record<string, unknown>;
}

interface Poller {
  res: ServerResponse;
  limit: number;
  timer: NodeJS.Timeout;
  finish: (result: unknown[] | ApiError) => void;
}

interface Fault extends FailNextOptions {
  remaining: number;
}

type Params = Record<string, unknown>;

/** Starts the fake Bot API on 127.0.0.1 (random port). */
export async function createFakeBotApi(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  const token = options.token ?? DEFAULT_FAKE_TOKEN;
  const botId = Number(token.split(':')[0]) || 7000000001;
  const now = options.now ?? Date.now;
  const limits: FakeLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const enforceLimits = options.enforceLimits ?? true;
  const latencyMs = options.latencyMs ?? 0;
  const recordCalls = options.recordCalls ?? true;
  const knownChatsOnly = options.knownChatsOnly ?? false;

  const botUser: Record<string, unknown> = {
    id: botId,
    is_bot: true,
    first_name: options.botUser?.first_name ?? 'Troika',
    username: options.botUser?.username ?? 'troika_test_bot',
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
  };

  const perChat = new SlidingWindows(Math.max(1, Math.floor(limits.perChatPerSecond * limits.scale)), 1000);
  const perGroup = new SlidingWindows(Math.max(1, Math.floor(limits.perGroupPerMinute * limits.scale)), 60_000);
  const global = new SlidingWindows(Math.max(1, Math.floor(limits.globalPerSecond * limits.scale)), 1000);
  let lastSweep = now();

  const chats = new Map<number, FakeChat>();
  const users = new Map<number, FakeUser>();
  const messages = new Map<number, Map<number, StoredMessage>>();
  const lastMessageId = new Map<number, number>();
  const blocked = new Set<number>();
  const deactivated = new Set<number>();
  const migrated = new Map<number, number>();
  const members = new Map<number, Map<number, ChatMemberStatus>>();
  /** `${chat}:${user}` → an administrator's rights, when some are withheld. */
  const adminRights = new Map<string, AdminRights>();
  const commandsByScope = new Map<string, unknown[]>();
  const faults = new Map<string, Fault[]>();
  const openQueries = new Set<string>();
  const files = createFileStore();
  /** Forum topics deleted by the test: sends there answer "message thread not found". */
  const deletedThreads = new Set<string>();

  const sent: SentMessage[] = [];
  const edits: EditRecord[] = [];
  const callbackAnswers: CallbackAnswer[] = [];
  const calls: CallRecord[] = [];
  const stats: FakeStats = {
    requests: 0,
    byMethod: {},
    tooManyRequests: { perChat: 0, perGroup: 0, global: 0, injected: 0, total: 0 },
    errors: 0,
    sent: 0,
    edits: 0,
  };
  const listeners = new Set<(event: OutgoingEvent) => void>();
  const changeWaiters = new Set<() => void>();

  const queue: Update[] = [];
  let lastUpdateId = 0;
  let allowedUpdates: Set<string> | null = null;
  let poller: Poller | null = null;
  let webhookUrl = '';
  let queryCounter = 0;
  let closed = false;

  // ── helpers ──

  const notifyChange = (): void => {
    for (const waiter of [...changeWaiters]) waiter();
  };
  const emit = (event: OutgoingEvent): void => {
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch {
        // A broken listener must not break the API the bot is talking to.
      }
    }
  };

  const inferType = (id: number): FakeChatType =>
    id > 0 ? 'private' : id <= -1_000_000_000_000 ? 'supergroup' : 'group';

  const addChat = (ref: ChatRef): FakeChat => {
    const id = typeof ref === 'number' ? ref : ref.id;
    const existing = chats.get(id);
    if (existing !== undefined && typeof ref === 'number') return existing;
    const type = (typeof ref === 'number' ? undefined : ref.type) ?? existing?.type ?? inferType(id);
    const chat: FakeChat = { ...existing, ...(typeof ref === 'number' ? {} : ref), id, type };
    if (type === 'private') chat.first_name ??= users.get(id)?.first_name ?? `User ${id}`;
    else chat.title ??= `Group ${id}`;
    chats.set(id, chat);
    return chat;
  };

  const addUser = (ref: UserRef): FakeUser => {
    const id = typeof ref === 'number' ? ref : ref.id;
    const existing = users.get(id);
    if (existing !== undefined && typeof ref === 'number') return existing;
    const user: FakeUser = { ...existing, ...(typeof ref === 'number' ? {} : ref), id };
    user.is_bot ??= false;
    user.first_name ??= `User ${id}`;
    users.set(id, user);
    return user;
  };

  const apiChat = (chat: FakeChat): Record<string, unknown> => {
    const out: Record<string, unknown> = { id: chat.id, type: chat.type };
    if (chat.type === 'private') out.first_name = chat.first_name;
    else out.title = chat.title;
    if (chat.username !== undefined) out.username = chat.username;
    if (chat.is_forum === true) out.is_forum = true;
    return out;
  };

  const apiUser = (user: FakeUser): Record<string, unknown> => ({ ...user });

  const nextMessageId = (chatId: number): number => {
    const id = (lastMessageId.get(chatId) ?? 0) + 1;
    lastMessageId.set(chatId, id);
    return id;
  };

  const chatMessages = (chatId: number): Map<number, StoredMessage> => {
    let map = messages.get(chatId);
    if (map === undefined) {
      map = new Map();
      messages.set(chatId, map);
    }
    return map;
  };

  const apiMessage = (m: SentMessage): Record<string, unknown> => {
    const chat = chats.get(m.chat_id) ?? addChat(m.chat_id);
    // A channel post is signed by the channel (sender_chat), not by the bot that posted it.
    const out: Record<string, unknown> = {
      message_id: m.message_id,
      ...(chat.type === 'channel' ? { sender_chat: apiChat(chat) } : { from: botUser }),
      chat: apiChat(chat),
      date: m.date,
    };
    if (m.document !== undefined || m.photo !== undefined) {
      if (m.text !== '') out.caption = m.text;
      if (m.entities.length > 0) out.caption_entities = m.entities;
      if (m.document !== undefined) {
        const f = files.get(m.document.file_id)!;
        out.document = { file_id: f.file_id, file_unique_id: f.file_unique_id, file_name: f.file_name, mime_type: f.mime_type, file_size: f.file_size };
      }
      if (m.photo !== undefined) {
        const f = files.get(m.photo.file_id)!;
        out.photo = [{ file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.file_size, width: m.photo.width, height: m.photo.height }];
      }
    } else {
      out.text = m.text;
    }
    if (m.message_thread_id !== undefined) {
      out.message_thread_id = m.message_thread_id;
      out.is_topic_message = true;
    }
    if (m.edited_at !== undefined) out.edit_date = Math.floor(m.edited_at / 1000);
    if (m.entities.length > 0 && out.text !== undefined) out.entities = m.entities;
    if (isInlineKeyboard(m.reply_markup)) out.reply_markup = m.reply_markup;
    if (m.link_preview_options !== undefined) out.link_preview_options = m.link_preview_options;
    return out;
  };

  /** Resolves chat_id (number, numeric string or @username) and applies migration / unknown-chat rules. */
  const resolveChat = (raw: unknown): FakeChat => {
    let id = asInt(raw);
    if (id === undefined && typeof raw === 'string' && raw.startsWith('@')) {
      const wanted = raw.slice(1).toLowerCase();
      for (const chat of chats.values()) if (chat.username?.toLowerCase() === wanted) id = chat.id;
      if (id === undefined) throw badRequest('chat not found');
    }
    if (id === undefined) {
      if (raw === undefined || raw === '') throw badRequest('chat_id is empty');
      throw badRequest('chat not found');
    }
    const newId = migrated.get(id);
    if (newId !== undefined) {
      throw new ApiError(400, 'Bad Request: group chat was upgraded to a supergroup chat', {
        migrate_to_chat_id: newId,
      });
    }
    const chat = chats.get(id);
    if (chat !== undefined) return chat;
    if (knownChatsOnly) throw badRequest('chat not found');
    return addChat(id);
  };

  /** Bots take part in a channel only as administrators. */
  const botInChannel = (chat: FakeChat): boolean => {
    const status = members.get(chat.id)?.get(botId);
    return status === 'administrator' || status === 'creator';
  };

  /** Errors for chats the bot can no longer write to. */
  const assertWritable = (chat: FakeChat): void => {
    if (chat.type === 'private' && deactivated.has(chat.id)) throw new ApiError(403, 'Forbidden: user is deactivated');
    if (chat.type === 'channel' && !botInChannel(chat)) throw new ApiError(403, 'Forbidden: bot is not a member of the channel chat');
    if (!blocked.has(chat.id)) return;
    const text =
      chat.type === 'private'
        ? 'Forbidden: bot was blocked by the user'
        : chat.type === 'supergroup'
          ? 'Forbidden: bot was kicked from the supergroup chat'
          : chat.type === 'channel'
            ? 'Forbidden: bot is not a member of the channel chat'
            : 'Forbidden: bot was kicked from the group chat';
    throw new ApiError(403, text);
  };

  /** Posting in a channel needs the administrator right to post. */
  const assertCanPost = (chat: FakeChat): void => {
    if (chat.type === 'channel' && adminRights.get(`${chat.id}:${botId}`)?.canPostMessages === false) {
      throw badRequest('need administrator rights in the channel chat');
    }
  };

  /** Checks the three limits without consuming; throws 429 with Telegram's retry_after. */
  const checkRateLimits = (chat: FakeChat): void => {
    if (!enforceLimits) return;
    const t = now();
    if (t - lastSweep > 1000) {
      perChat.sweep(t);
      perGroup.sweep(t);
      lastSweep = t;
    }
    const isGroup = chat.type === 'group' || chat.type === 'supergroup';
    const checks: Array<[SlidingWindows, 'perChat' | 'perGroup' | 'global', number]> = [
      [perChat, 'perChat', chat.id],
      ...(isGroup ? [[perGroup, 'perGroup', chat.id] as [SlidingWindows, 'perGroup', number]] : []),
      [global, 'global', 0],
    ];
    for (const [window, reason, key] of checks) {
      const wait = window.waitMs(key, t);
      if (wait > 0) {
        stats.tooManyRequests[reason]++;
        stats.tooManyRequests.total++;
        throw tooMany(Math.max(1, Math.ceil(wait / 1000)));
      }
    }
    perChat.record(chat.id, t);
    if (isGroup) perGroup.record(chat.id, t);
    global.record(0, t);
  };

  /** Text + parse_mode/entities → Telegram's stored text and entities, or the 400 Telegram sends. */
  const prepareText = (params: Params): { text: string; entities: TelegramEntity[]; parseMode: string | undefined } => {
    const raw = params.text;
    const input = typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '';
    const parseMode = typeof params.parse_mode === 'string' && params.parse_mode !== '' ? params.parse_mode : undefined;
    let text = input;
    let entities: TelegramEntity[] = [];
    if (parseMode !== undefined) {
      const mode = parseMode.toLowerCase();
      if (mode === 'html') {
        const parsed = parseTelegramHtml(input);
        if (!parsed.ok) throw new ApiError(400, parsed.error);
        text = parsed.text;
        entities = parsed.entities;
      } else if (mode !== 'markdown' && mode !== 'markdownv2') {
        throw badRequest('unsupported parse_mode');
      }
      // Markdown modes are not parsed by the fake: the text is stored as given.
    } else {
      const given = asJson(params.entities);
      if (Array.isArray(given)) entities = given as TelegramEntity[];
    }
    const trimmed = trimWithEntities(text, entities);
    if (trimmed.text.length === 0) throw badRequest('message text is empty');
    if (trimmed.text.length > MAX_TEXT_LENGTH) throw badRequest('message is too long');
    return { text: trimmed.text, entities: trimmed.entities, parseMode };
  };

  const snapshot = (
    chatId: number,
    messageId: number,
    params: Params,
    prepared: { text: string; entities: TelegramEntity[]; parseMode: string | undefined },
    replyMarkup: unknown,
    time: number,
    editedAt: number | undefined,
    date: number = Math.floor(time / 1000),
  ): SentMessage => ({
    chat_id: chatId,
    message_id: messageId,
    text: prepared.text,
    parse_mode: prepared.parseMode,
    entities: prepared.entities,
    reply_markup: replyMarkup,
    link_preview_options: asJson(params.link_preview_options),
    disable_web_page_preview: asBool(params.disable_web_page_preview),
    date,
    time,
    edited_at: editedAt,
    params,
  });

  /** Finds a message the bot may edit; Telegram's wording for each failure. */
  const editableMessage = (params: Params, verb: 'edit' | 'delete'): { chat: FakeChat; stored: StoredMessage } => {
    const chat = resolveChat(params.chat_id);
    assertWritable(chat);
    const messageId = asInt(params.message_id);
    if (messageId === undefined) throw badRequest(`message identifier is not specified`);
    const stored = messages.get(chat.id)?.get(messageId);
    if (stored === undefined || stored.deleted) throw badRequest(`message to ${verb} not found`);
    if (verb === 'edit' && !stored.fromBot) throw badRequest(`message can't be edited`);
    return { chat, stored };
  };

  const applyEdit = (
    method: EditRecord['method'],
    stored: StoredMessage,
    after: SentMessage,
  ): Record<string, unknown> => {
    const before = stored.current;
    if (
      before.text === after.text &&
      JSON.stringify(before.entities) === JSON.stringify(after.entities) &&
      JSON.stringify(before.reply_markup ?? null) === JSON.stringify(after.reply_markup ?? null)
    ) {
      throw new ApiError(400, NOT_MODIFIED);
    }
    stored.current = after;
    const record: EditRecord = {
      method,
      chat_id: after.chat_id,
      message_id: after.message_id,
      before,
      after,
      time: after.time,
    };
    edits.push(record);
    stats.edits++;
    emit({ kind: 'edit', message: after, previous: before });
    return apiMessage(after);
  };

  const memberStatus = (chat: FakeChat, userId: number): ChatMemberStatus => {
    const set = members.get(chat.id)?.get(userId);
    if (set !== undefined) return set;
    return 'member';
  };

  const apiMember = (userId: number, status: ChatMemberStatus, chat?: FakeChat): Record<string, unknown> => {
    const user = userId === botId ? botUser : apiUser(users.get(userId) ?? addUser(userId));
    switch (status) {
      case 'creator':
        return { status, user, is_anonymous: false };
      case 'administrator':
        return {
          status,
          user,
          can_be_edited: false,
          is_anonymous: false,
          can_manage_chat: true,
          can_delete_messages: true,
          can_manage_video_chats: true,
          can_restrict_members: true,
          can_promote_members: false,
          can_change_info: true,
          can_invite_users: true,
          can_post_stories: false,
          can_edit_stories: false,
          can_delete_stories: false,
          can_pin_messages: true,
          ...(chat?.type === 'channel' ? { can_post_messages: adminRights.get(`${chat.id}:${userId}`)?.canPostMessages ?? true, can_edit_messages: true } : {}),
        };
      case 'restricted':
        return { status, user, is_member: true, until_date: 0 };
      case 'kicked':
        return { status, user, until_date: 0 };
      default:
        return { status, user };
    }
  };

  const updateType = (update: Update): string =>
    Object.keys(update).find((k) => k !== 'update_id') ?? 'unknown';

  const isAllowed = (update: Update): boolean => {
    const type = updateType(update);
    return allowedUpdates === null ? !DEFAULT_EXCLUDED_UPDATES.has(type) : allowedUpdates.has(type);
  };

  const deliverToPoller = (): void => {
    if (poller === null) return;
    // Updates the bot did not ask for are dropped, as Telegram does.
    for (let i = queue.length - 1; i >= 0; i--) {
      const u = queue[i];
      if (u !== undefined && !isAllowed(u)) queue.splice(i, 1);
    }
    if (queue.length === 0) return;
    const p = poller;
    p.finish(queue.slice(0, p.limit));
  };

  /** message_thread_id: only in forum supergroups, and only for topics that exist. */
  const threadOf = (chat: FakeChat, params: Params): number | undefined => {
    const id = asInt(params.message_thread_id);
    if (id === undefined) return undefined;
    if (chat.type !== 'supergroup' || chat.is_forum !== true || id < 1 || deletedThreads.has(`${chat.id}:${id}`)) {
      throw badRequest('message thread not found');
    }
    return id;
  };

  /** A caption: optional, HTML-parsed like text, at most 1024 characters. */
  const prepareCaption = (params: Params): { text: string; entities: TelegramEntity[]; parseMode: string | undefined } => {
    const raw = params.caption;
    if (raw === undefined || raw === '') return { text: '', entities: [], parseMode: undefined };
    const prepared = prepareText({ ...params, text: raw, entities: params.caption_entities });
    if (prepared.text.length > MAX_CAPTION_LENGTH) throw badRequest('message caption is too long');
    return prepared;
  };

  /** sendDocument and sendPhoto: the upload (multipart or file_id), Telegram's checks, a stored message. */
  const sendMedia = (params: Params, kind: 'document' | 'photo'): Record<string, unknown> => {
    const chat = resolveChat(params.chat_id);
    assertWritable(chat);
    assertCanPost(chat);
    const threadId = threadOf(chat, params);
    const caption = prepareCaption(params);
    const replyMarkup = asJson(params.reply_markup);
    validateReplyMarkup(replyMarkup);
    const file = files.resolveUpload(params, kind, kind === 'photo' ? 'photos' : 'documents');
    if (typeof file === 'string') throw badRequest(file);
    let photo: SentMessage['photo'];
    if (kind === 'photo') {
      const size = pngSize(file.data) ?? jpegProbe(file.data);
      if (size === null) throw badRequest('IMAGE_PROCESS_FAILED');
      if (file.file_size > MAX_PHOTO_BYTES) throw badRequest('PHOTO_SAVE_FILE_INVALID');
      if (size.width + size.height > 10_000 || Math.max(size.width, size.height) / Math.max(1, Math.min(size.width, size.height)) > 20) {
        throw badRequest('PHOTO_INVALID_DIMENSIONS');
      }
      photo = { file_id: file.file_id, width: size.width, height: size.height, data: file.data };
    } else if (file.file_size > MAX_UPLOAD_BYTES) {
      throw new ApiError(413, 'Request Entity Too Large');
    }
    checkRateLimits(chat);
    const t = now();
    const messageId = nextMessageId(chat.id);
    const message: SentMessage = {
      ...snapshot(chat.id, messageId, params, caption, replyMarkup, t, undefined),
      ...(threadId !== undefined ? { message_thread_id: threadId } : {}),
      ...(kind === 'document' ? { document: { file_id: file.file_id, file_name: file.file_name, mime_type: file.mime_type, data: file.data } } : { photo }),
    };
    chatMessages(chat.id).set(messageId, { fromBot: true, deleted: false, current: message });
    sent.push(message);
    stats.sent++;
    emit({ kind: 'send', message });
    return apiMessage(message);
  };

  /** Stores a user's message (text or document) and queues it as an update. */
  const pushUserMessage = (chatRef: ChatRef, fromRef: UserRef, fields: Record<string, unknown>, text: string, options: UserMessageOptions): Update => {
    const user = addUser(fromRef);
    const chat = typeof chatRef === 'number' && !chats.has(chatRef) && chatRef === user.id
      ? addChat({ id: chatRef, type: 'private', first_name: user.first_name, ...(user.username !== undefined ? { username: user.username } : {}) })
      : addChat(chatRef);
    const messageId = nextMessageId(chat.id);
    const message: Record<string, unknown> = { message_id: messageId, from: apiUser(user), chat: apiChat(chat), date: Math.floor(now() / 1000), ...fields };
    if (options.threadId !== undefined) {
      if (chat.is_forum !== true) throw new Error(`sendText: chat ${chat.id} is not a forum; addChat({ id, type: 'supergroup', is_forum: true }) first`);
      message.message_thread_id = options.threadId;
      message.is_topic_message = true;
    }
    if (options.replyTo !== undefined) {
      const target = messages.get(chat.id)?.get(options.replyTo);
      if (target === undefined) throw new Error(`sendText: no message ${options.replyTo} in chat ${chat.id} to reply to`);
      message.reply_to_message = target.fromBot ? apiMessage(target.current) : target.apiMessage;
    }
    if (options.forwardedFrom !== undefined) {
      const ref = options.forwardedFrom.channel;
      const channel = addChat(typeof ref === 'number' ? { id: ref, type: 'channel' } : { ...ref, type: 'channel' });
      message.forward_origin = { type: 'channel', chat: apiChat(channel), message_id: options.forwardedFrom.messageId ?? 1, date: Math.floor(now() / 1000) - 60 };
    }
    const t = now();
    chatMessages(chat.id).set(messageId, {
      fromBot: false,
      deleted: false,
      apiMessage: message,
      current: {
        chat_id: chat.id, message_id: messageId, text, parse_mode: undefined, entities: [], reply_markup: undefined,
        link_preview_options: undefined, disable_web_page_preview: undefined, date: Math.floor(t / 1000), time: t, edited_at: undefined, params: {},
      },
    });
    return pushUpdate({ message } as unknown as Omit<Update, 'update_id'>);
  };

  // ── methods ──

  const methods: Record<string, (params: Params, res: ServerResponse) => unknown> = {
    getme: () => botUser,
    logout: () => true,

    getupdates: (params, res) => {
      if (webhookUrl !== '') throw new ApiError(409, CONFLICT_WEBHOOK);
      const offset = asInt(params.offset);
      if (offset !== undefined && offset > 0) {
        let drop = 0;
        while (drop < queue.length && (queue[drop]?.update_id ?? 0) < offset) drop++;
        queue.splice(0, drop);
      } else if (offset !== undefined && offset < 0 && queue.length > -offset) {
        queue.splice(0, queue.length + offset);
      }
      const allowed = asJson(params.allowed_updates);
      if (Array.isArray(allowed)) allowedUpdates = allowed.length === 0 ? null : new Set(allowed.map(String));
      const limit = Math.min(100, Math.max(1, asInt(params.limit) ?? 100));
      const timeout = Math.max(0, asInt(params.timeout) ?? 0);
      // The client may have given up (aborted) while its body was being read.
      if (res.destroyed || res.socket === null || res.socket.destroyed) return [];
      if (poller !== null) {
        // Telegram answers the older request with 409 and serves the newer one.
        poller.finish(new ApiError(409, CONFLICT_POLL));
      }
      return new Promise<unknown[]>((resolve, reject) => {
        const self: Poller = {
          res,
          limit,
          timer: setTimeout(() => self.finish([]), timeout * 1000),
          finish: (result) => {
            clearTimeout(self.timer);
            if (poller === self) poller = null;
            if (result instanceof ApiError) reject(result);
            else resolve(result);
          },
        };
        poller = self;
        res.on('close', () => {
          if (poller === self) {
            clearTimeout(self.timer);
            poller = null;
          }
        });
        deliverToPoller();
        if (timeout === 0 && poller === self) self.finish([]);
      });
    },

    setwebhook: (params) => {
      const url = typeof params.url === 'string' ? params.url : '';
      if (url !== '' && !/^https:\/\//i.test(url)) throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
      webhookUrl = url;
      if (url !== '' && poller !== null) poller.finish(new ApiError(409, CONFLICT_WEBHOOK));
      return true;
    },
    deletewebhook: (params) => {
      webhookUrl = '';
      if (asBool(params.drop_pending_updates) === true) queue.splice(0, queue.length);
      return true;
    },
    getwebhookinfo: () => ({
      url: webhookUrl,
      has_custom_certificate: false,
      pending_update_count: queue.length,
      ...(allowedUpdates !== null ? { allowed_updates: [...allowedUpdates] } : {}),
    }),

    setmycommands: (params) => {
      const list = asJson(params.commands);
      if (!Array.isArray(list)) throw badRequest('field "commands" must be of type Array');
      if (list.length > 100) throw badRequest('too many commands');
      for (const c of list) {
        const cmd = (c as { command?: unknown }).command;
        const desc = (c as { description?: unknown }).description;
        if (typeof cmd !== 'string' || !/^[a-z0-9_]{1,32}$/.test(cmd)) throw badRequest('BOT_COMMAND_INVALID');
        if (typeof desc !== 'string' || desc.trim().length === 0 || desc.length > 256) {
          throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
        }
      }
      commandsByScope.set(scopeKey(asJson(params.scope), params.language_code), list);
      return true;
    },
    getmycommands: (params) => commandsByScope.get(scopeKey(asJson(params.scope), params.language_code)) ?? [],
    deletemycommands: (params) => {
      commandsByScope.delete(scopeKey(asJson(params.scope), params.language_code));
      return true;
    },

    sendmessage: (params) => {
      const chat = resolveChat(params.chat_id);
      assertWritable(chat);
      assertCanPost(chat);
      const threadId = threadOf(chat, params);
      const prepared = prepareText(params);
      const replyMarkup = asJson(params.reply_markup);
      validateReplyMarkup(replyMarkup);
      checkRateLimits(chat);
      const t = now();
      const messageId = nextMessageId(chat.id);
      const message: SentMessage = { ...snapshot(chat.id, messageId, params, prepared, replyMarkup, t, undefined), ...(threadId !== undefined ? { message_thread_id: threadId } : {}) };
      chatMessages(chat.id).set(messageId, { fromBot: true, deleted: false, current: message });
      sent.push(message);
      stats.sent++;
      emit({ kind: 'send', message });
      return apiMessage(message);
    },

    senddocument: (params) => sendMedia(params, 'document'),
    sendphoto: (params) => sendMedia(params, 'photo'),

    getfile: (params) => {
      const id = typeof params.file_id === 'string' ? params.file_id : '';
      const file = files.get(id);
      if (file === undefined) throw badRequest('wrong file_id or the file is temporarily unavailable');
      if (file.file_size > MAX_DOWNLOAD_BYTES) throw badRequest('file is too big');
      return { file_id: file.file_id, file_unique_id: file.file_unique_id, file_size: file.file_size, file_path: file.file_path };
    },

    editmessagetext: (params) => {
      if (params.inline_message_id !== undefined) {
        prepareText(params);
        return true;
      }
      const { stored } = editableMessage(params, 'edit');
      const prepared = prepareText(params);
      const replyMarkup = asJson(params.reply_markup);
      validateReplyMarkup(replyMarkup);
      const t = now();
      const before = stored.current;
      const after = snapshot(before.chat_id, before.message_id, params, prepared, replyMarkup, t, t, before.date);
      return applyEdit('editMessageText', stored, after);
    },

    editmessagereplymarkup: (params) => {
      if (params.inline_message_id !== undefined) return true;
      const { stored } = editableMessage(params, 'edit');
      const replyMarkup = asJson(params.reply_markup);
      validateReplyMarkup(replyMarkup);
      const t = now();
      const after: SentMessage = { ...stored.current, reply_markup: replyMarkup, time: t, edited_at: t };
      return applyEdit('editMessageReplyMarkup', stored, after);
    },

    deletemessage: (params) => {
      const { chat, stored } = editableMessage(params, 'delete');
      stored.deleted = true;
      emit({ kind: 'delete', chat_id: chat.id, message_id: stored.current.message_id });
      return true;
    },

    answercallbackquery: (params) => {
      const id = typeof params.callback_query_id === 'string' ? params.callback_query_id : String(params.callback_query_id ?? '');
      if (!openQueries.delete(id)) {
        throw badRequest('query is too old and response timeout expired or query ID is invalid');
      }
      const text = typeof params.text === 'string' ? params.text : undefined;
      if (text !== undefined && text.length > 200) throw badRequest('MESSAGE_TOO_LONG');
      const answer: CallbackAnswer = {
        callback_query_id: id,
        text,
        show_alert: asBool(params.show_alert) ?? false,
        url: typeof params.url === 'string' ? params.url : undefined,
        time: now(),
      };
      callbackAnswers.push(answer);
      emit({ kind: 'answer-callback', answer });
      return true;
    },

    sendchataction: (params) => {
      const chat = resolveChat(params.chat_id);
      assertWritable(chat);
      const action = typeof params.action === 'string' ? params.action : '';
      if (!CHAT_ACTIONS.has(action)) throw badRequest('wrong parameter action in request');
      emit({ kind: 'chat-action', chat_id: chat.id, action });
      return true;
    },

    getchat: (params) => {
      const chat = resolveChat(params.chat_id);
      // A public channel (one with a username) can be looked up by anyone; a private one is unknown to outsiders.
      if (chat.type === 'channel' && !botInChannel(chat)) {
        if (chat.username === undefined) throw badRequest('chat not found');
      } else if (chat.type !== 'private') assertWritable(chat);
      return { ...apiChat(chat), accent_color_id: 0, max_reaction_count: 11 };
    },

    getchatmember: (params) => {
      const chat = resolveChat(params.chat_id);
      const userId = asInt(params.user_id);
      if (userId === undefined) throw badRequest('invalid user_id specified');
      if (chat.type === 'private') {
        if (userId !== chat.id && userId !== botId) throw badRequest('user not found');
        return apiMember(userId, 'member');
      }
      assertWritable(chat);
      return apiMember(userId, userId === botId ? (members.get(chat.id)?.get(botId) ?? 'member') : memberStatus(chat, userId), chat);
    },

    getchatadministrators: (params) => {
      const chat = resolveChat(params.chat_id);
      if (chat.type === 'private') throw badRequest('there are no administrators in the private chat');
      assertWritable(chat);
      const out: Record<string, unknown>[] = [];
      for (const [userId, status] of members.get(chat.id) ?? []) {
        if (status === 'creator') out.unshift(apiMember(userId, status, chat));
        else if (status === 'administrator') out.push(apiMember(userId, status, chat));
      }
      return out;
    },
  };

  // ── HTTP ──

  const takeFault = (method: string): Fault | undefined => {
    for (const key of [method.toLowerCase(), '*']) {
      const list = faults.get(key);
      const fault = list?.[0];
      if (list === undefined || fault === undefined) continue;
      fault.remaining--;
      if (fault.remaining <= 0) list.shift();
      return fault;
    }
    return undefined;
  };

  const record = (method: string, params: Params, status: number, description?: string): void => {
    if (status !== 200) stats.errors++;
    if (recordCalls) calls.push({ method, params, status, description, time: now() });
  };

  const send = (res: ServerResponse, status: number, body: unknown): void => {
    if (res.destroyed || res.writableEnded) return;
    const json = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
    res.end(json);
  };

  const sendError = (res: ServerResponse, method: string, params: Params, err: ApiError): void => {
    const body: Record<string, unknown> = { ok: false, error_code: err.status, description: err.description };
    if (err.parameters !== undefined) body.parameters = err.parameters;
    send(res, err.status, body);
    record(method, params, err.status, err.description);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (download !== null) {
      req.resume();
      stats.requests++;
      stats.byMethod['file download'] = (stats.byMethod['file download'] ?? 0) + 1;
      const file = download[1] === token ? files.byPath(decodeURIComponent(download[2] ?? '')) : undefined;
      if (file === undefined) {
        send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
      } else {
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.data.length });
        res.end(file.data);
      }
      notifyChange();
      return;
    }
    const match = /^\/bot([^/]+)\/([^/]+)$/.exec(url.pathname);
    stats.requests++;
    if (match === null) {
      req.resume();
      sendError(res, '', {}, new ApiError(404, 'Not Found'));
      return;
    }
    const [, reqToken = '', methodName = ''] = match;
    const method = decodeURIComponent(methodName);
    stats.byMethod[method] = (stats.byMethod[method] ?? 0) + 1;
    let params: Params;
    try {
      params = { ...Object.fromEntries(url.searchParams), ...(await readParams(req)) };
    } catch {
      sendError(res, method, {}, badRequest("can't parse request body"));
      return;
    }
    if (reqToken !== token) {
      sendError(res, method, params, new ApiError(401, 'Unauthorized'));
      return;
    }
    const handler = methods[method.toLowerCase()];
    if (handler === undefined) {
      sendError(res, method, params, new ApiError(404, 'Not Found'));
      return;
    }

    const fault = takeFault(method);
    if (fault !== undefined) {
      if (fault.hang !== undefined) await delay(fault.hang);
      if (fault.resetConnection === true) {
        stats.errors++;
        if (recordCalls) calls.push({ method, params, status: 0, description: 'connection reset', time: now() });
        req.socket.destroy();
        notifyChange();
        return;
      }
      if (fault.status !== undefined) {
        let err: ApiError;
        if (fault.status === 429) {
          stats.tooManyRequests.injected++;
          stats.tooManyRequests.total++;
          const retryAfter = fault.retryAfter ?? 1;
          err = new ApiError(429, fault.description ?? `Too Many Requests: retry after ${retryAfter}`, {
            retry_after: retryAfter,
          });
        } else {
          err = new ApiError(fault.status, fault.description ?? STATUS_TEXT[fault.status] ?? `Error ${fault.status}`);
        }
        sendError(res, method, params, err);
        notifyChange();
        return;
      }
    }
    if (latencyMs > 0) await delay(latencyMs);

    try {
      const result = await handler(params, res);
      send(res, 200, { ok: true, result });
      record(method, params, 200);
    } catch (err) {
      if (err instanceof ApiError) sendError(res, method, params, err);
      else sendError(res, method, params, new ApiError(500, `Internal Server Error: ${String(err)}`));
    }
    notifyChange();
  };

  const server = createServer({ keepAlive: true }, (req, res) => {
    handle(req, res).catch((err: unknown) => {
      send(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(err)}` });
    });
  });
  if (options.keepAliveTimeoutMs !== undefined) server.keepAliveTimeout = options.keepAliveTimeoutMs;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  // ── test-side API ──

  const pushUpdate = (update: Omit<Update, 'update_id'> & { update_id?: number }): Update => {
    const id = update.update_id ?? lastUpdateId + 1;
    lastUpdateId = Math.max(lastUpdateId, id);
    const full = { ...update, update_id: id } as Update;
    queue.push(full);
    // Deliver on the next tick so several pushes in one synchronous block arrive together.
    setImmediate(deliverToPoller);
    notifyChange();
    return full;
  };

  const api: FakeBotApi = {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    botUser,
    sent,
    edits,
    callbackAnswers,
    calls,
    stats,
    get webhookUrl() {
      return webhookUrl;
    },

    async close() {
      if (closed) return;
      closed = true;
      if (poller !== null) poller.finish([]);
      for (const waiter of [...changeWaiters]) waiter();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },

    pushUpdate,

    sendText(chatRef, fromRef, text, options = {}) {
      const fields: Record<string, unknown> = { text };
      const command = /^\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?/.exec(text);
      if (command !== null) fields.entities = [{ type: 'bot_command', offset: 0, length: command[0].length }];
      return pushUserMessage(chatRef, fromRef, fields, text, options);
    },

    sendDocument(chatRef, fromRef, file, options = {}) {
      const data = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
      const stored = files.put(data, file.fileName, file.mimeType ?? mimeTypeOf(file.fileName), 'documents');
      const fields: Record<string, unknown> = {
        document: { file_id: stored.file_id, file_unique_id: stored.file_unique_id, file_name: stored.file_name, mime_type: stored.mime_type, file_size: stored.file_size },
      };
      if (file.caption !== undefined) {
        fields.caption = file.caption;
        const command = /^\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?/.exec(file.caption);
        if (command !== null) fields.caption_entities = [{ type: 'bot_command', offset: 0, length: command[0].length }];
      }
      return pushUserMessage(chatRef, fromRef, fields, file.caption ?? '', options);
    },

    sendChannelPost(channelRef, text) {
      const chat = addChat(typeof channelRef === 'number' ? { id: channelRef, type: 'channel' } : { ...channelRef, type: 'channel' });
      const messageId = nextMessageId(chat.id);
      const message = { message_id: messageId, sender_chat: apiChat(chat), chat: apiChat(chat), date: Math.floor(now() / 1000), text };
      return pushUpdate({ channel_post: message } as unknown as Omit<Update, 'update_id'>);
    },

    userMessage(chatId, messageId) {
      return messages.get(chatId)?.get(messageId)?.apiMessage;
    },

    file(fileId) {
      return files.get(fileId);
    },

    deleteTopic(chatId, threadId) {
      deletedThreads.add(`${chatId}:${threadId}`);
    },

    clickButton(ref, callbackData, fromRef) {
      const stored = messages.get(ref.chat_id)?.get(ref.message_id);
      if (stored === undefined || stored.deleted || !stored.fromBot) {
        throw new Error(`clickButton: no bot message ${ref.message_id} in chat ${ref.chat_id}`);
      }
      const available = callbackDataOf(stored.current.reply_markup);
      if (!available.includes(callbackData)) {
        throw new Error(
          `clickButton: message ${ref.message_id} in chat ${ref.chat_id} has no button with callback_data ${JSON.stringify(callbackData)}; it has ${JSON.stringify(available)}`,
        );
      }
      const user = addUser(fromRef);
      const id = `${botId}${String(++queryCounter).padStart(6, '0')}`;
      openQueries.add(id);
      return pushUpdate({
        callback_query: {
          id,
          from: apiUser(user),
          message: apiMessage(stored.current),
          chat_instance: String(Math.abs(ref.chat_id * 7919 + botId)),
          data: callbackData,
        },
      } as unknown as Omit<Update, 'update_id'>);
    },

    messagesTo(chatId) {
      const out: SentMessage[] = [];
      for (const m of messages.get(chatId)?.values() ?? []) if (m.fromBot && !m.deleted) out.push(m.current);
      return out;
    },

    waitFor<T>(predicate: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const check = (): boolean => {
          let value: T | undefined | null | false;
          try {
            value = predicate();
          } catch (err) {
            cleanup();
            reject(err instanceof Error ? err : new Error(String(err)));
            return true;
          }
          if (value === undefined || value === null || value === false) return false;
          cleanup();
          resolve(value);
          return true;
        };
        const waiter = (): void => {
          check();
        };
        const poll = setInterval(waiter, 20);
        const timer = setTimeout(() => {
          if (check()) return;
          cleanup();
          const recent = calls
            .slice(-5)
            .map((c) => `${c.method} → ${c.status}${c.description !== undefined ? ` (${c.description})` : ''}`)
            .join('; ');
          reject(new Error(`waitFor timed out after ${timeoutMs} ms; last calls: ${recent || 'none'}`));
        }, timeoutMs);
        const cleanup = (): void => {
          clearInterval(poll);
          clearTimeout(timer);
          changeWaiters.delete(waiter);
        };
        if (check()) return;
        changeWaiters.add(waiter);
      });
    },

    onOutgoing(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    addChat,

    setAdmins(chatRef, admins, creator) {
      const chat = addChat(chatRef);
      const map = new Map<number, ChatMemberStatus>();
      for (const [userId, status] of members.get(chat.id) ?? []) {
        if (status !== 'administrator' && status !== 'creator') map.set(userId, status);
      }
      if (creator !== undefined) map.set(addUser(creator).id, 'creator');
      for (const admin of admins) {
        const id = typeof admin === 'number' ? admin : admin.id;
        if (id !== botId) addUser(admin);
        if (map.get(id) !== 'creator') map.set(id, 'administrator');
      }
      members.set(chat.id, map);
    },

    setMemberStatus(chatRef, userRef, status, rights) {
      const chat = addChat(chatRef);
      const id = typeof userRef === 'number' ? userRef : userRef.id;
      if (rights !== undefined && status === 'administrator') adminRights.set(`${chat.id}:${id}`, rights);
      else adminRights.delete(`${chat.id}:${id}`);
      if (id !== botId) addUser(userRef);
      let map = members.get(chat.id);
      if (map === undefined) {
        map = new Map();
        members.set(chat.id, map);
      }
      map.set(id, status);
    },

    blockChat(chatId) {
      addChat(chatId);
      blocked.add(chatId);
    },
    unblockChat(chatId) {
      blocked.delete(chatId);
    },
    deactivateUser(userId) {
      addChat(userId);
      deactivated.add(userId);
    },
    migrateChat(oldId, newId) {
      const old = addChat(oldId);
      addChat({ id: newId, type: 'supergroup', ...(old.title !== undefined ? { title: old.title } : {}) });
      const oldMembers = members.get(oldId);
      if (oldMembers !== undefined && !members.has(newId)) members.set(newId, new Map(oldMembers));
      migrated.set(oldId, newId);
    },

    failNext(method, failOptions) {
      const key = method === '*' ? '*' : method.toLowerCase();
      const list = faults.get(key) ?? [];
      list.push({ ...failOptions, remaining: Math.max(1, failOptions.times ?? 1) });
      faults.set(key, list);
    },

    commands(scope, languageCode) {
      return commandsByScope.get(scopeKey(scope, languageCode)) ?? [];
    },
  };
  return api;
}

// ─── Pure helpers ──────────────────────────────────────────────────────────────────────────

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Integer from a JSON number or a form/query string. */
function asInt(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v.trim());
  return undefined;
}

function asBool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  return undefined;
}

/** Objects arrive as JSON values in JSON bodies and as JSON strings in form/multipart bodies. */
function asJson(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const s = v.trim();
  if (!s.startsWith('{') && !s.startsWith('[')) return v;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return v;
  }
}

function scopeKey(scope: unknown, languageCode: unknown): string {
  const s = scope !== null && typeof scope === 'object' ? (scope as Record<string, unknown>) : { type: 'default' };
  const sorted = Object.keys(s)
    .sort()
    .map((k) => `${k}=${String(s[k])}`)
    .join('&');
  return `${sorted}|${typeof languageCode === 'string' ? languageCode : ''}`;
}

function isInlineKeyboard(markup: unknown): markup is { inline_keyboard: unknown[][] } {
  return markup !== null && typeof markup === 'object' && Array.isArray((markup as { inline_keyboard?: unknown }).inline_keyboard);
}

function callbackDataOf(markup: unknown): string[] {
  if (!isInlineKeyboard(markup)) return [];
  const out: string[] = [];
  for (const row of markup.inline_keyboard) {
    if (!Array.isArray(row)) continue;
    for (const b of row) {
      const data = (b as { callback_data?: unknown } | null)?.callback_data;
      if (typeof data === 'string') out.push(data);
    }
  }
  return out;
}

const BUTTON_ACTIONS = [
  'url',
  'callback_data',
  'web_app',
  'login_url',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat',
  'copy_text',
  'callback_game',
  'pay',
];

/** The checks Telegram applies to an inline keyboard that a bot is likely to trip over. */
function validateReplyMarkup(markup: unknown): void {
  if (markup === undefined || markup === null) return;
  if (typeof markup !== 'object') throw badRequest("can't parse reply keyboard markup JSON object");
  const kb = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (kb === undefined) return; // reply keyboards, remove_keyboard, force_reply: accepted as is
  if (!Array.isArray(kb)) throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array');
  for (const row of kb) {
    if (!Array.isArray(row)) throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays');
    for (const b of row) {
      if (b === null || typeof b !== 'object') throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
      const button = b as Record<string, unknown>;
      if (typeof button.text !== 'string') throw badRequest("can't parse inline keyboard button: Field \"text\" must be of type String");
      if (!BUTTON_ACTIONS.some((k) => button[k] !== undefined)) {
        throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
      }
      if (button.callback_data !== undefined) {
        const data = button.callback_data;
        const bytes = typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : 0;
        if (bytes < 1 || bytes > 64) throw badRequest('BUTTON_DATA_INVALID');
      }
    }
  }
}

/** Telegram strips leading and trailing whitespace from message text and clips entities to match. */
function trimWithEntities(text: string, entities: TelegramEntity[]): { text: string; entities: TelegramEntity[] } {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (lead === 0 && trimmed.length === text.length) return { text, entities };
  const out: TelegramEntity[] = [];
  for (const e of entities) {
    const start = Math.max(0, e.offset - lead);
    const end = Math.min(trimmed.length, e.offset + e.length - lead);
    if (end > start) out.push({ ...e, offset: start, length: end - start });
  }
  return { text: trimmed, entities: out };
}

/** Reads JSON, urlencoded or multipart/form-data bodies into a flat parameter object. */
async function readParams(req: IncomingMessage): Promise<Params> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return {};
  const body = Buffer.concat(chunks);
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (type.includes('application/json')) {
    const parsed = JSON.parse(body.toString('utf8')) as unknown;
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Params) : {};
  }
  if (type.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(body.toString('utf8')));
  }
  if (type.includes('multipart/form-data')) {
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(req.headers['content-type'] ?? '');
    const b = boundary?.[1] ?? boundary?.[2];
    if (b === undefined) throw new Error('multipart without boundary');
    return parseMultipart(body, b);
  }
  return {};
}

function parseMultipart(body: Buffer, boundary: string): Params {
  const out: Params = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delimiter);
  while (pos !== -1) {
    const start = pos + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    let part = body.subarray(start, next);
    if (part.subarray(0, 2).toString() === '\r\n') part = part.subarray(2);
    if (part.subarray(part.length - 2).toString() === '\r\n') part = part.subarray(0, part.length - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      const value = part.subarray(headerEnd + 4);
      // grammY writes filename=x.opml unquoted; browsers and curl quote it.
      const name = /(?:^|[;\s])name="([^"]*)"/i.exec(headers)?.[1];
      const filenameMatch = /filename=(?:"([^"]*)"|([^;\r\n]*))/i.exec(headers);
      const filename = filenameMatch === null ? undefined : (filenameMatch[1] ?? filenameMatch[2] ?? '').trim();
      if (name !== undefined) {
        out[name] = filename !== undefined ? { filename, size: value.length, data: Buffer.from(value) } : value.toString('utf8');
      }
    }
    pos = next;
  }
  return out;
}

/** A JPEG's size from its first SOF marker, or null. */
function jpegProbe(data: Buffer): { width: number; height: number } | null {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return null;
  let pos = 2;
  while (pos + 9 < data.length) {
    if (data[pos] !== 0xff) return null;
    const marker = data[pos + 1]!;
    const length = data.readUInt16BE(pos + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: data.readUInt16BE(pos + 5), width: data.readUInt16BE(pos + 7) };
    }
    pos += 2 + length;
  }
  return null;
}
