/**
 * A local fake of Discord (gateway + REST under /api/v10) for end-to-end tests of a bot built on the
 * real discord.js `Client`. It listens on 127.0.0.1 (ephemeral port), answers with
 * discord-api-types v10 shapes and Discord's error codes, and records everything it was sent.
 *
 *   const fake = await startFakeDiscord({ guilds: [{ name: "News", channels: [{ name: "general" }] }] });
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiBase } });
 *   await client.login("a.b.c");
 *   const reply = await fake.interact(fake.chatInput({ name: "ask", options: [...] }));
 */
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type APIApplication,
  type APIApplicationCommand,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandOption,
  type APIAttachment,
  type APIChatInputApplicationCommandInteraction,
  type APIDMChannel,
  type APIGuildMember,
  type APIInteraction,
  type APIInteractionDataResolved,
  type APIInteractionGuildMember,
  type APIInteractionResponse,
  type APIMessage,
  type APIMessageApplicationCommandInteraction,
  type APIMessageComponentButtonInteraction,
  type APIMessagePin,
  type APIModalInteractionResponseCallbackData,
  type APIModalSubmissionComponent,
  type APIModalSubmitInteraction,
  type APIRole,
  type APITextChannel,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonStyle,
  ChannelType,
  ComponentType,
  GatewayDispatchEvents as Events,
  type GatewayDispatchPayload,
  type GatewayGuildCreateDispatchData,
  type GatewayIdentifyData,
  GatewayOpcodes,
  type GatewayReadyDispatchData,
  type GatewayReceivePayload,
  type GatewayResumeData,
  type GatewaySendPayload,
  InteractionResponseType,
  InteractionType,
  Locale,
  MessageFlags,
  MessageType,
  OverwriteType,
  PermissionFlagsBits as P,
  type RESTGetAPIChannelMessagesPinsResult,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChannelMessageJSONBody,
  type RESTPostAPIInteractionCallbackWithResponseResult,
  TextInputStyle,
} from "discord-api-types/v10";
import { type WebSocket, WebSocketServer } from "ws";

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;
/** A realistic snowflake (17–19 digits) for the given time; unique within this process. */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}
/** The shard Discord routes a guild's events to. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}
const NO_FLAGS = 0 as never; // Discord sends flags: 0; the enums have no zero member.
const timestamp = (ms = Date.now()) => new Date(ms).toISOString().replace("Z", "000+00:00");
const perms = (...bits: bigint[]) => bits.reduce((a, b) => a | b, 0n);

/** What the bot may do in a text channel unless a channel says otherwise. */
export const DEFAULT_BOT_PERMISSIONS = perms(
  P.ViewChannel,
  P.SendMessages,
  P.SendMessagesInThreads,
  P.EmbedLinks,
  P.AttachFiles,
  P.ReadMessageHistory,
  P.AddReactions,
  P.UseExternalEmojis,
  P.PinMessages,
);
/** What an ordinary member may do (the default `member.permissions` of interactions). */
export const DEFAULT_MEMBER_PERMISSIONS = perms(
  P.ViewChannel,
  P.SendMessages,
  P.EmbedLinks,
  P.AttachFiles,
  P.ReadMessageHistory,
  P.AddReactions,
  P.UseApplicationCommands,
  P.CreatePublicThreads,
);
export const PIN_LIMIT = 250;

export interface FakeChannelConfig {
  id?: string;
  name: string;
  topic?: string;
  /** Bot may pin/unpin here (default true); otherwise 403 50013. */
  canPin?: boolean;
  /** Bot may POST /channels/{id}/messages (default true); otherwise 403 50013. */
  canSend?: boolean;
}
export interface FakeGuildConfig {
  id?: string;
  name: string;
  channels?: FakeChannelConfig[];
  memberCount?: number;
  preferredLocale?: Locale;
}
export interface FakeDiscordOptions {
  applicationId?: string;
  botUser?: Partial<APIUser>;
  guilds?: FakeGuildConfig[];
  /** HELLO heartbeat_interval in ms (default 41250). */
  heartbeatInterval?: number;
  /** `shards` recommended by GET /gateway/bot (default 1). */
  shards?: number;
  /** session_start_limit.max_concurrency (default 16, so several shards identify without the 5 s wait). */
  maxConcurrency?: number;
  /** If set, IDENTIFY with another token closes 4004 and authed REST calls answer 401. */
  token?: string;
  /** If set, callbacks later than this after dispatch answer 404 10062 (Discord: 3000). */
  interactionDeadlineMs?: number;
}
export interface RecordedFile {
  field: string;
  name: string;
  size: number;
  contentType: string;
}
export interface RecordedRequest {
  method: string;
  /** Path without the /api/v10 prefix and without the query, e.g. "/channels/1/messages". */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body (for multipart, the parsed `payload_json`). */
  body: unknown;
  files: RecordedFile[];
  /** The Authorization header, e.g. "Bot a.b.c" (absent on interaction/webhook routes). */
  auth: string | undefined;
  /** Matched route, e.g. "POST /channels/:channel/messages"; null for an unknown route (404/405). */
  route: string | null;
  params: Record<string, string>;
  status: number;
  response: unknown;
  /** Set on interaction callback and webhook routes. */
  interactionId?: string;
}
export interface RecordedClose {
  code: number;
  reason: string;
  sessionId: string | null;
  /** True when the fake closed the socket (dropConnections), false when the client did. */
  byServer: boolean;
}
export interface InteractionOptions {
  /** Guild to interact in (default: the first configured guild); null for a DM with the bot. */
  guildId?: string | null;
  /** Default: the guild's first channel, or the user's DM channel. */
  channelId?: string;
  user?: Partial<APIUser>;
  member?: { permissions?: string; roles?: string[]; nick?: string | null };
  /** Default: the bot's permissions in the channel (PinMessages/SendMessages removed per channel access). */
  appPermissions?: string;
  locale?: Locale;
}
export interface CommandInteractionOptions extends InteractionOptions {
  name: string;
  options?: APIApplicationCommandInteractionDataOption[];
  /** Wraps `options` in a subcommand (and group), as Discord nests them. */
  subcommand?: string;
  subcommandGroup?: string;
  /** Attachment options (type 11) whose value is the id of an attachment() are resolved without this. */
  resolved?: APIInteractionDataResolved;
}
/** An interaction sent to the bot and what the bot did with it. */
export interface InteractionExchange<T extends APIInteraction = APIInteraction> {
  interaction: T;
  /** Body of the first callback (POST /interactions/{id}/{token}/callback). */
  callback: APIInteractionResponse;
  callbackRequest: RecordedRequest;
  /** Current state of @original (undefined before a message-creating callback or after deletion). */
  original(): APIMessage | undefined;
  /** Callback and webhook requests for this interaction, oldest first. */
  requests(): RecordedRequest[];
  /** The index-th (0-based) PATCH of @original, whether it already happened or not. */
  waitForEdit(index?: number, timeoutMs?: number): Promise<RecordedRequest>;
  /** The index-th follow-up (POST /webhooks/{app}/{token}), whether it already happened or not. */
  waitForFollowUp(index?: number, timeoutMs?: number): Promise<RecordedRequest>;
}

/** A canned answer for failNext, e.g. `{ status: 500, body: { code: 0, message: "boom" } }`. */
export type FakeReply = { status: number; body?: unknown; headers?: Record<string, string> };
interface Ctx {
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  files: RecordedFile[];
  rec: RecordedRequest;
}
interface ChannelState {
  id: string;
  guildId: string | null;
  name: string;
  topic: string | null;
  canPin: boolean;
  canSend: boolean;
  recipient?: APIUser;
  messageIds: string[];
  pins: { messageId: string; pinnedAt: number }[];
}
interface GuildState {
  id: string;
  name: string;
  locale: Locale;
  memberCount: number;
  channelIds: string[];
  botRoleId: string;
  joinedAt: string;
}
interface InteractionState {
  payload: APIInteraction;
  createdAt: number;
  callback?: APIInteractionResponse;
  originalId?: string;
  followUpIds: string[];
}
interface Session {
  id: string;
  shard: [number, number];
  seq: number;
  log: GatewayDispatchPayload[];
  conn: Connection | null;
  invalid: boolean;
}
interface Connection {
  ws: WebSocket;
  url: string;
  session: Session | null;
  closedByServer: boolean;
}
type DispatchData<E extends Events> = Extract<GatewayDispatchPayload, { t: E }>["d"];

const fail = (status: number, code: number, message: string, errors?: unknown): FakeReply => ({
  status,
  body: errors ? { code, message, errors } : { code, message },
});
/** Discord's 50035 body; `field` is a dotted path ("data.choices"), nested in `errors` as Discord does. */
const invalidForm = (field: string, code: string, message: string) =>
  fail(
    400,
    50035,
    "Invalid Form Body",
    field.split(".").reduceRight<unknown>((inner, key) => ({ [key]: inner }), {
      _errors: [{ code, message }],
    }),
  );
const unknownMessage = () => fail(404, 10008, "Unknown Message");
const missingPermissions = () => fail(403, 50013, "Missing Permissions");
const noContent: FakeReply = { status: 204 };
const ok = (body: unknown): FakeReply => ({ status: 200, body });
const CALLBACK_ROUTE = "POST /interactions/:interaction/:token/callback";
const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const R = InteractionResponseType;
const ALLOWED_CALLBACKS: Record<number, InteractionResponseType[]> = {
  [InteractionType.ApplicationCommand]: [
    R.ChannelMessageWithSource,
    R.DeferredChannelMessageWithSource,
    R.Modal,
  ],
  [InteractionType.MessageComponent]: [
    R.ChannelMessageWithSource,
    R.DeferredChannelMessageWithSource,
    R.DeferredMessageUpdate,
    R.UpdateMessage,
    R.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [R.ApplicationCommandAutocompleteResult],
  [InteractionType.ModalSubmit]: [
    R.ChannelMessageWithSource,
    R.DeferredChannelMessageWithSource,
    R.DeferredMessageUpdate,
    R.UpdateMessage,
  ],
};

export class FakeDiscord {
  /** e.g. "http://127.0.0.1:PORT/api" — pass as `rest: { api }`; discord.js appends /v10. */
  readonly apiBase: string;
  readonly gatewayUrl: string;
  readonly applicationId: string;
  readonly botUser: APIUser;
  /** The user interactions come from unless overridden. */
  readonly testUser: APIUser;
  /** Every REST request, in arrival order (recorded before the response is written). */
  readonly requests: RecordedRequest[] = [];
  /** Every gateway payload received from clients. */
  readonly received: GatewaySendPayload[] = [];
  readonly identifies: GatewayIdentifyData[] = [];
  readonly resumes: GatewayResumeData[] = [];
  readonly closes: RecordedClose[] = [];
  /** Request URL of every gateway connection, e.g. "/?v=10&encoding=json". */
  readonly connectionUrls: string[] = [];
  heartbeats = 0;
  private readonly guilds = new Map<string, GuildState>();
  private readonly channels = new Map<string, ChannelState>();
  private readonly store = new Map<string, APIMessage>();
  private readonly uploads = new Map<string, { attachment: APIAttachment; bytes: Buffer }>();
  /** The last modal shown with each custom_id (modalSubmit answers in its layout). */
  private readonly modals = new Map<string, APIModalInteractionResponseCallbackData>();
  private readonly interactions = new Map<string, InteractionState>();
  private readonly byToken = new Map<string, InteractionState>();
  private readonly globalCommands: APIApplicationCommand[] = [];
  private readonly guildCommands = new Map<string, APIApplicationCommand[]>();
  private readonly sessions = new Map<string, Session>();
  private readonly connections = new Set<Connection>();
  private readonly waiters = new Set<() => void>();
  /** Each interaction's requests: a load run's waiters look theirs up, not scan every request. */
  private readonly requestsByInteraction = new Map<string, RecordedRequest[]>();
  private readonly faults: {
    match: (r: RecordedRequest) => boolean;
    reply: FakeReply;
    times: number;
  }[] = [];
  private readonly routes: {
    method: string;
    route: string;
    re: RegExp;
    handler: (c: Ctx) => FakeReply;
  }[] = [];
  private readonly wss: WebSocketServer;
  private readonly origin: string;

  private constructor(
    private readonly options: FakeDiscordOptions,
    private readonly http: Server,
  ) {
    const { port } = http.address() as AddressInfo;
    http.on("request", (req, res) => void this.onHttp(req, res));
    this.wss = new WebSocketServer({ server: http });
    this.origin = `http://127.0.0.1:${port}`;
    this.apiBase = `${this.origin}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}`;
    this.applicationId = options.applicationId ?? snowflake();
    this.botUser = {
      id: this.applicationId,
      username: "Byline",
      discriminator: "0",
      global_name: null,
      avatar: null,
      bot: true,
      ...options.botUser,
    };
    this.testUser = {
      id: snowflake(),
      username: "reader",
      discriminator: "0",
      global_name: "Reader",
      avatar: null,
    };
    for (const g of options.guilds ?? []) this.addGuild(g);
    this.defineRoutes();
    this.wss.on("connection", (ws, req) => this.onConnection(ws, req));
  }

  /** @internal use startFakeDiscord */
  static async listen(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const http = createServer();
    await new Promise<void>((resolve, reject) => {
      http.once("error", reject);
      http.listen(0, "127.0.0.1", resolve);
    });
    return new FakeDiscord(options, http);
  }

  // ---------- test-facing state ----------

  /** Stored application commands: global ones, or those of one guild. */
  commands(guildId?: string): APIApplicationCommand[] {
    return guildId ? (this.guildCommands.get(guildId) ?? []) : this.globalCommands;
  }
  /** Messages in a channel, oldest first, including ephemeral ones (flag 64). */
  messages(channelId: string): APIMessage[] {
    return this.channel(channelId).messageIds.flatMap((id) => this.store.get(id) ?? []);
  }
  /** A stored message by id (any channel), in its current state. */
  message(id: string): APIMessage | undefined {
    return this.store.get(id);
  }
  /** Pins of a channel, newest first. */
  pins(channelId: string): APIMessagePin[] {
    return [...this.channel(channelId).pins]
      .sort((a, b) => b.pinnedAt - a.pinnedAt)
      .map((p) => ({
        pinned_at: timestamp(p.pinnedAt),
        message: this.store.get(p.messageId) as APIMessage,
      }));
  }
  /** Requests that hit no route (answered 404/405). */
  unexpectedRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.route === null);
  }
  /** Ids of the configured guilds, in configuration order. */
  guildIds(): string[] {
    return [...this.guilds.keys()];
  }
  /** Ids of a guild's channels, in configuration order. */
  channelIds(guildId: string): string[] {
    return this.guild(guildId).channelIds;
  }

  /**
   * A file a user uploaded (e.g. into an Attachment option of chatInput); its `url` is served by
   * this fake: GET answers the bytes with their content-type and content-length.
   */
  attachment(name: string, bytes: Uint8Array | string, contentType?: string): APIAttachment {
    const id = snowflake();
    const data = typeof bytes === "string" ? Buffer.from(bytes, "utf8") : Buffer.from(bytes);
    const url = `${this.origin}/attachments/${id}/${encodeURIComponent(name)}`;
    const attachment: APIAttachment = {
      id,
      filename: name,
      size: data.length,
      url,
      proxy_url: url,
      content_type: contentType ?? guessContentType(name),
      // Discord: files uploaded into command options are ephemeral attachments.
      ephemeral: true,
    };
    this.uploads.set(id, { attachment, bytes: data });
    return attachment;
  }
  /** A message by a user (default: the test user) in a channel, stored there. */
  userMessage(channelId: string, content: string, author?: Partial<APIUser>): APIMessage {
    return this.createMessage(
      this.channel(channelId),
      { content },
      { ...this.testUser, ...author },
    );
  }
  /** Posts `count` messages by the test user, pinned over the past `count` minutes. */
  prefillPins(channelId: string, count: number): APIMessage[] {
    const ch = this.channel(channelId);
    if (ch.pins.length + count > PIN_LIMIT) throw new Error(`prefillPins: over ${PIN_LIMIT}`);
    const now = Date.now();
    return Array.from({ length: count }, (_, i) => {
      const at = now - (count - i) * 60_000;
      const msg = this.createMessage(ch, { content: `pinned ${i + 1}` }, this.testUser, { at });
      msg.pinned = true;
      ch.pins.push({ messageId: msg.id, pinnedAt: at });
      return msg;
    });
  }
  /** Changes what the bot may do in a channel; dispatches CHANNEL_UPDATE with matching overwrites. */
  setChannelAccess(channelId: string, access: { pin?: boolean; send?: boolean }): void {
    const ch = this.channel(channelId);
    ch.canPin = access.pin ?? ch.canPin;
    ch.canSend = access.send ?? ch.canSend;
    if (ch.guildId)
      this.dispatch(
        Events.ChannelUpdate,
        { ...this.textChannel(ch), guild_id: ch.guildId },
        ch.guildId,
      );
  }
  /** Answers the next `times` requests matching `match` with `reply` (e.g. a 500 or 429) instead. */
  failNext(match: (r: RecordedRequest) => boolean, reply: FakeReply, times = 1): void {
    this.faults.push({ match, reply, times });
  }

  // ---------- waiting ----------

  /**
   * Resolves with the first truthy value of `probe`, checked whenever the fake's state changes and
   * every 10 ms (so the probe may also look at client-side state).
   */
  waitFor<T>(
    probe: () => T | undefined | null | false,
    timeoutMs = 2000,
    what = "a condition",
  ): Promise<T> {
    return new Promise((resolve, reject) => {
      const first = probe();
      if (first) return resolve(first);
      const stop = () => {
        clearTimeout(timer);
        clearInterval(poll);
        this.waiters.delete(check);
      };
      const check = () => {
        const value = probe();
        if (!value) return;
        stop();
        resolve(value);
      };
      const poll = setInterval(check, 10);
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`fake Discord: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.waiters.add(check);
    });
  }
  /** The first recorded request (past or future) matching `predicate`. */
  waitForRequest(
    predicate: (r: RecordedRequest) => boolean,
    timeoutMs = 2000,
  ): Promise<RecordedRequest> {
    return this.waitFor(() => this.requests.find(predicate), timeoutMs, "a matching request");
  }
  /** The count-th IDENTIFY (READY and GUILD_CREATEs have been sent by then). */
  waitForIdentify(count = 1, timeoutMs = 2000): Promise<GatewayIdentifyData> {
    return this.waitFor(() => this.identifies[count - 1], timeoutMs, `IDENTIFY #${count}`);
  }
  /** The count-th RESUME (replay and RESUMED have been sent by then). */
  waitForResume(count = 1, timeoutMs = 3000): Promise<GatewayResumeData> {
    return this.waitFor(() => this.resumes[count - 1], timeoutMs, `RESUME #${count}`);
  }
  /** The first client-initiated close with `code` (e.g. 1000 on client.destroy()). */
  waitForClose(code = 1000, timeoutMs = 2000): Promise<RecordedClose> {
    return this.waitFor(
      () => this.closes.find((c) => !c.byServer && c.code === code),
      timeoutMs,
      `close ${code}`,
    );
  }

  // ---------- gateway control ----------

  /** Sends a dispatch to every live session, or only to the shard owning `guildId` (null: DMs, shard 0). */
  dispatch<E extends Events>(event: E, data: DispatchData<E>, guildId?: string | null): void {
    if (event === Events.InteractionCreate) this.register(data as APIInteraction);
    const gid =
      guildId === undefined ? (data as { guild_id?: string } | undefined)?.guild_id : guildId;
    for (const s of this.sessions.values()) {
      if (s.invalid) continue;
      if (gid !== undefined && (gid === null ? 0 : shardOf(gid, s.shard[1])) !== s.shard[0])
        continue;
      this.sendDispatch(s, event, data);
    }
  }
  /** Closes every gateway socket with `code` (1006: drop without a close frame); sessions stay resumable. */
  dropConnections(code = 4000): void {
    for (const conn of this.connections) {
      conn.closedByServer = true;
      if (code === 1006) conn.ws.terminate();
      else conn.ws.close(code, "fake Discord dropped the connection");
    }
  }
  /** Sends op 7 RECONNECT: the client should close 4200 and resume. */
  requestReconnect(): void {
    for (const conn of this.connections)
      this.send(conn, { op: GatewayOpcodes.Reconnect, d: undefined, s: null, t: null });
  }

  // ---------- interactions ----------

  /** Dispatches INTERACTION_CREATE and resolves once the bot has called back. */
  async interact<T extends APIInteraction>(
    interaction: T,
    timeoutMs = 2000,
  ): Promise<InteractionExchange<T>> {
    // Discord routes DM interactions to shard 0.
    this.dispatch(Events.InteractionCreate, interaction, interaction.guild_id ?? null);
    const mine = () => [...(this.requestsByInteraction.get(interaction.id) ?? [])];
    const nth = (
      pred: (r: RecordedRequest) => boolean,
      index: number,
      timeout: number,
      what: string,
    ) =>
      this.waitFor(
        () => mine().filter(pred)[index],
        timeout,
        `${what} #${index} of interaction ${interaction.id}`,
      );
    const callbackRequest = await nth((r) => r.route === CALLBACK_ROUTE, 0, timeoutMs, "callback");
    return {
      interaction,
      callback: callbackRequest.body as APIInteractionResponse,
      callbackRequest,
      original: () => {
        const id = this.interactions.get(interaction.id)?.originalId;
        return id ? this.store.get(id) : undefined;
      },
      requests: mine,
      waitForEdit: (index = 0, timeout = 2000) =>
        nth(
          (r) => r.method === "PATCH" && r.params.message === "@original",
          index,
          timeout,
          "edit",
        ),
      waitForFollowUp: (index = 0, timeout = 2000) =>
        nth((r) => r.route === "POST /webhooks/:app/:token", index, timeout, "follow-up"),
    };
  }

  /** A slash-command interaction; `data.id` is the stored command's id when one has this name. */
  chatInput(o: CommandInteractionOptions): APIChatInputApplicationCommandInteraction {
    return { ...this.base(o), type: InteractionType.ApplicationCommand, data: this.commandData(o) };
  }
  /** An autocomplete interaction; the option named `focused` gets `focused: true`. */
  autocomplete(
    o: CommandInteractionOptions & { focused: string },
  ): APIApplicationCommandAutocompleteInteraction {
    const mark = (
      opts: APIApplicationCommandInteractionDataOption[],
    ): APIApplicationCommandInteractionDataOption[] =>
      opts.map((opt) =>
        "options" in opt
          ? ({
              ...opt,
              options: mark(opt.options ?? []),
            } as APIApplicationCommandInteractionDataOption)
          : opt.name === o.focused
            ? { ...opt, focused: true }
            : opt,
      );
    const data = this.commandData(o);
    return {
      ...this.base(o),
      type: InteractionType.ApplicationCommandAutocomplete,
      data: {
        ...data,
        options: mark(data.options ?? []),
      } as APIApplicationCommandAutocompleteInteraction["data"],
    };
  }
  /** A button click on a message (a stored message id, or a message object, which gets stored). */
  buttonClick(
    o: InteractionOptions & { customId: string; message: APIMessage | string },
  ): APIMessageComponentButtonInteraction {
    const message = this.adopt(o.message, "buttonClick");
    return {
      ...this.base({ ...o, channelId: o.channelId ?? message.channel_id }),
      type: InteractionType.MessageComponent,
      data: { custom_id: o.customId, component_type: ComponentType.Button },
      message,
    };
  }
  /** A message context-menu command (type 3) on a message (stored id, or an object, which gets stored). */
  messageCommand(
    o: InteractionOptions & { name: string; message: APIMessage | string },
  ): APIMessageApplicationCommandInteraction {
    const message = this.adopt(o.message, "messageCommand");
    const command = this.findCommand(o, ApplicationCommandType.Message);
    return {
      ...this.base({ ...o, channelId: o.channelId ?? message.channel_id }),
      type: InteractionType.ApplicationCommand,
      data: {
        id: command?.id ?? snowflake(),
        type: ApplicationCommandType.Message,
        name: o.name,
        ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
        target_id: message.id,
        resolved: { messages: { [message.id]: message } },
      },
    };
  }
  /**
   * A modal submitted with `values` (text inputs' custom_id → text). When the bot showed a modal with
   * this custom_id, the components follow its layout (labels or action rows; unfilled inputs ""),
   * and a value for an input it lacks, or one its limits refuse, throws; otherwise action rows of
   * text inputs. `message`: the message whose component opened the modal.
   */
  modalSubmit(
    o: InteractionOptions & {
      customId: string;
      values: Record<string, string>;
      message?: APIMessage | string;
    },
  ): APIModalSubmitInteraction {
    const message = o.message === undefined ? undefined : this.adopt(o.message, "modalSubmit");
    const shown = this.modals.get(o.customId);
    const layout = (shown?.components ?? []) as LooseComponent[];
    const used = new Set<number>();
    const visit = (cs: LooseComponent[]): void => {
      for (const c of cs) {
        if (typeof c.id === "number" && c.id > 0) used.add(c.id);
        visit([...(c.components ?? []), ...(c.component ? [c.component] : [])]);
      }
    };
    visit(layout);
    let next = 0;
    // Discord numbers components without an id in order, skipping ids already in use.
    const idOf = (c: LooseComponent) => {
      if (typeof c.id === "number" && c.id > 0) return c.id;
      do next += 1;
      while (used.has(next));
      return next;
    };
    const unused = new Set(Object.keys(o.values));
    const input = (c: LooseComponent) => {
      const id = idOf(c);
      const customId = c.custom_id ?? "";
      const value = o.values[customId] ?? "";
      unused.delete(customId);
      if (shown && (c.required ?? true) && !value)
        throw new Error(`modalSubmit: ${customId} is required`);
      if (
        shown &&
        value &&
        (value.length < (c.min_length ?? 0) || value.length > (c.max_length ?? 4000))
      )
        throw new Error(
          `modalSubmit: ${customId} must be ${c.min_length ?? 0}–${c.max_length ?? 4000} long`,
        );
      return { type: ComponentType.TextInput as const, id, custom_id: customId, value };
    };
    const components: APIModalSubmissionComponent[] = shown
      ? layout.map((c): APIModalSubmissionComponent => {
          const id = idOf(c);
          if (c.type === ComponentType.TextDisplay) return { type: ComponentType.TextDisplay, id };
          const inner = c.type === ComponentType.Label ? c.component : c.components?.[0];
          if (inner?.type !== ComponentType.TextInput)
            throw new Error("modalSubmit: only text inputs can be filled in");
          return c.type === ComponentType.Label
            ? { type: ComponentType.Label, id, component: input(inner) }
            : { type: ComponentType.ActionRow, id, components: [input(inner)] };
        })
      : Object.keys(o.values).map((customId) => ({
          type: ComponentType.ActionRow,
          id: idOf({}),
          components: [input({ custom_id: customId })],
        }));
    if (unused.size)
      throw new Error(`modalSubmit: the modal has no input ${[...unused].join(", ")}`);
    return {
      ...this.base({ ...o, channelId: o.channelId ?? message?.channel_id }),
      type: InteractionType.ModalSubmit,
      data: { custom_id: o.customId, components },
      ...(message ? { message } : {}),
    };
  }

  /** Stops the fake. Destroy clients first, or they will try to reconnect. */
  async close(): Promise<void> {
    for (const conn of this.connections) conn.ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  // ---------- internals: model ----------

  private changed(): void {
    for (const check of [...this.waiters]) check();
  }
  private guild(id: string): GuildState {
    const g = this.guilds.get(id);
    if (!g) throw new Error(`fake Discord: unknown guild ${id}`);
    return g;
  }
  private channel(id: string): ChannelState {
    const ch = this.channels.get(id);
    if (!ch) throw new Error(`fake Discord: unknown channel ${id}`);
    return ch;
  }
  private addGuild(config: FakeGuildConfig): void {
    const id = config.id ?? snowflake();
    const channels = config.channels ?? [{ name: "general" }];
    for (const c of channels) {
      const cid = c.id ?? snowflake();
      this.channels.set(cid, {
        id: cid,
        guildId: id,
        name: c.name,
        topic: c.topic ?? null,
        canPin: c.canPin ?? true,
        canSend: c.canSend ?? true,
        messageIds: [],
        pins: [],
      });
    }
    this.guilds.set(id, {
      id,
      name: config.name,
      locale: config.preferredLocale ?? Locale.EnglishUS,
      memberCount: config.memberCount ?? 42,
      botRoleId: snowflake(),
      joinedAt: timestamp(),
      channelIds: [...this.channels.values()].filter((c) => c.guildId === id).map((c) => c.id),
    });
  }
  private dmChannel(user: APIUser): ChannelState {
    const existing = [...this.channels.values()].find((c) => c.recipient?.id === user.id);
    if (existing) return existing;
    const ch: ChannelState = {
      id: snowflake(),
      guildId: null,
      name: "",
      topic: null,
      canPin: true,
      canSend: true,
      recipient: user,
      messageIds: [],
      pins: [],
    };
    this.channels.set(ch.id, ch);
    return ch;
  }
  private botPermissions(ch: ChannelState): bigint {
    return (
      DEFAULT_BOT_PERMISSIONS &
      ~(ch.canPin ? 0n : P.PinMessages) &
      ~(ch.canSend ? 0n : P.SendMessages)
    );
  }
  private textChannel(ch: ChannelState): APITextChannel {
    const g = this.guild(ch.guildId as string);
    const deny = DEFAULT_BOT_PERMISSIONS & ~this.botPermissions(ch);
    return {
      id: ch.id,
      type: ChannelType.GuildText,
      guild_id: g.id,
      name: ch.name,
      topic: ch.topic,
      position: g.channelIds.indexOf(ch.id),
      parent_id: null,
      nsfw: false,
      rate_limit_per_user: 0,
      last_message_id: ch.messageIds.at(-1) ?? null,
      last_pin_timestamp: null,
      flags: NO_FLAGS,
      permission_overwrites: deny
        ? [{ id: g.botRoleId, type: OverwriteType.Role, allow: "0", deny: deny.toString() }]
        : [],
    };
  }
  private channelPayload(ch: ChannelState): APITextChannel | APIDMChannel {
    if (ch.guildId) return this.textChannel(ch);
    return {
      id: ch.id,
      type: ChannelType.DM,
      last_message_id: ch.messageIds.at(-1) ?? null,
      flags: NO_FLAGS,
      name: null,
      recipients: ch.recipient ? [ch.recipient] : [],
    };
  }
  private guildCreate(g: GuildState): GatewayGuildCreateDispatchData {
    const role = (
      id: string,
      name: string,
      permissions: bigint,
      position: number,
      managed: boolean,
    ): APIRole => ({
      id,
      name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position,
      permissions: permissions.toString(),
      managed,
      mentionable: false,
      flags: NO_FLAGS,
      ...(managed ? { tags: { bot_id: this.botUser.id } } : {}),
    });
    const botMember: APIGuildMember = {
      user: this.botUser,
      nick: null,
      avatar: null,
      banner: null,
      roles: [g.botRoleId],
      joined_at: g.joinedAt,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: NO_FLAGS,
    };
    return {
      id: g.id,
      name: g.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: snowflake(),
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: NO_FLAGS,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: g.locale,
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      hub_type: null,
      incidents_data: null,
      emojis: [],
      stickers: [],
      roles: [
        role(g.id, "@everyone", DEFAULT_MEMBER_PERMISSIONS, 0, false),
        role(g.botRoleId, this.botUser.username, DEFAULT_BOT_PERMISSIONS, 1, true),
      ],
      joined_at: g.joinedAt,
      large: false,
      unavailable: false,
      member_count: g.memberCount,
      voice_states: [],
      members: [botMember],
      channels: g.channelIds.map((id) => this.textChannel(this.channel(id))),
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  private base(o: InteractionOptions) {
    const user: APIUser = { ...this.testUser, ...o.user };
    const guildId = o.guildId === undefined ? this.guildIds()[0] : o.guildId;
    const g = guildId ? this.guild(guildId) : undefined;
    const ch = o.channelId
      ? this.channel(o.channelId)
      : g
        ? this.channel(g.channelIds[0] as string)
        : this.dmChannel(user);
    const id = snowflake();
    const common = {
      id,
      application_id: this.applicationId,
      version: 1 as const,
      token: Buffer.from(`interaction:${id}:${randomBytes(24).toString("base64url")}`).toString(
        "base64url",
      ),
      locale: o.locale ?? Locale.EnglishUS,
      entitlements: [],
      attachment_size_limit: 10 * 1024 * 1024,
      app_permissions: o.appPermissions ?? this.botPermissions(ch).toString(),
      authorizing_integration_owners: { 0: g?.id ?? "0" },
      context: g ? 0 : 1,
      channel: this.channelPayload(ch),
      channel_id: ch.id,
    };
    if (!g) return { ...common, user };
    const member: APIInteractionGuildMember = {
      user,
      roles: o.member?.roles ?? [],
      nick: o.member?.nick ?? null,
      avatar: null,
      banner: null,
      joined_at: timestamp(Date.now() - 86_400_000),
      premium_since: null,
      deaf: false,
      mute: false,
      flags: NO_FLAGS,
      pending: false,
      communication_disabled_until: null,
      permissions: o.member?.permissions ?? DEFAULT_MEMBER_PERMISSIONS.toString(),
    };
    return {
      ...common,
      guild_id: g.id,
      guild: { id: g.id, features: [], locale: g.locale },
      guild_locale: g.locale,
      member,
    };
  }
  private commandData(
    o: CommandInteractionOptions,
  ): APIChatInputApplicationCommandInteraction["data"] {
    const command = this.findCommand(o, ApplicationCommandType.ChatInput);
    let options = o.options ?? [];
    if (o.subcommand)
      options = [
        {
          type: ApplicationCommandOptionType.Subcommand,
          name: o.subcommand,
          options,
        } as APIApplicationCommandInteractionDataOption,
      ];
    if (o.subcommandGroup)
      options = [
        {
          type: ApplicationCommandOptionType.SubcommandGroup,
          name: o.subcommandGroup,
          options,
        } as APIApplicationCommandInteractionDataOption,
      ];
    const attachmentIds = (opts: APIApplicationCommandInteractionDataOption[]): string[] =>
      opts.flatMap((opt) =>
        "options" in opt
          ? attachmentIds(opt.options ?? [])
          : opt.type === ApplicationCommandOptionType.Attachment
            ? [opt.value]
            : [],
      );
    const uploaded = attachmentIds(options).flatMap((id) => this.uploads.get(id)?.attachment ?? []);
    const resolved: APIInteractionDataResolved | undefined = uploaded.length
      ? {
          ...o.resolved,
          attachments: {
            ...Object.fromEntries(uploaded.map((a) => [a.id, a])),
            ...o.resolved?.attachments,
          },
        }
      : o.resolved;
    return {
      id: command?.id ?? snowflake(),
      type: ApplicationCommandType.ChatInput,
      name: o.name,
      ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
      ...(options.length
        ? { options: options as APIChatInputApplicationCommandInteraction["data"]["options"] }
        : {}),
      ...(resolved ? { resolved } : {}),
    };
  }
  /** A stored message, or a message object, stored (in its channel) if it was not. */
  private adopt(m: APIMessage | string, what: string): APIMessage {
    const message = typeof m === "string" ? this.store.get(m) : m;
    if (!message) throw new Error(`${what}: unknown message ${String(m)}`);
    if (!this.store.has(message.id)) {
      this.store.set(message.id, message);
      this.channels.get(message.channel_id)?.messageIds.push(message.id);
    }
    return message;
  }
  /** The stored command of this name and type the interaction's guild (or the app) has. */
  private findCommand(
    o: InteractionOptions & { name: string },
    type: ApplicationCommandType,
  ): APIApplicationCommand | undefined {
    const guildId = o.guildId === undefined ? this.guildIds()[0] : o.guildId;
    return (guildId ? this.commands(guildId) : [])
      .concat(this.globalCommands)
      .find((c) => c.name === o.name && c.type === type);
  }
  private register(payload: APIInteraction): void {
    const state: InteractionState = { payload, createdAt: Date.now(), followUpIds: [] };
    this.interactions.set(payload.id, state);
    this.byToken.set(payload.token, state);
  }

  private createMessage(
    ch: ChannelState,
    body: RESTPostAPIChannelMessageJSONBody,
    author: APIUser,
    extra: { at?: number; files?: RecordedFile[]; interaction?: InteractionState } = {},
  ): APIMessage {
    const id = snowflake(extra.at);
    const it = extra.interaction?.payload;
    const message: APIMessage = {
      id,
      channel_id: ch.id,
      author,
      content: body.content ?? "",
      timestamp: timestamp(extra.at),
      edited_timestamp: null,
      tts: body.tts ?? false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: (extra.files ?? []).map((f, i) => ({
        id: String(i),
        filename: f.name,
        size: f.size,
        url: `https://cdn.discordapp.com/attachments/${ch.id}/${id}/${f.name}`,
        proxy_url: `https://media.discordapp.net/attachments/${ch.id}/${id}/${f.name}`,
        content_type: f.contentType,
      })),
      embeds: body.embeds ?? [],
      pinned: false,
      flags: body.flags ?? NO_FLAGS,
      components: (body.components ?? []) as APIMessage["components"],
      type:
        it?.type !== InteractionType.ApplicationCommand
          ? MessageType.Default
          : it.data.type === ApplicationCommandType.ChatInput
            ? MessageType.ChatInputCommand
            : MessageType.ContextMenuCommand,
      ...(it
        ? {
            webhook_id: this.applicationId,
            application_id: this.applicationId,
            interaction_metadata: {
              id: it.id,
              type: it.type,
              user: (it.member?.user ?? it.user) as APIUser,
              authorizing_integration_owners: it.authorizing_integration_owners,
            } as APIMessage["interaction_metadata"],
          }
        : {}),
    };
    this.store.set(id, message);
    ch.messageIds.push(id);
    return message;
  }
  private editMessage(
    id: string,
    body: Partial<APIMessage>,
    files: RecordedFile[] = [],
  ): APIMessage {
    const old = this.store.get(id) as APIMessage;
    const loading = ((old.flags ?? 0) & MessageFlags.Loading) !== 0;
    const next: APIMessage = {
      ...old,
      edited_timestamp: loading ? null : timestamp(),
      flags: (old.flags ?? 0) & ~MessageFlags.Loading,
    };
    for (const key of ["content", "embeds", "components", "attachments"] as const) {
      if (body[key] !== undefined && body[key] !== null) Object.assign(next, { [key]: body[key] });
    }
    if (files.length)
      next.attachments = [
        ...next.attachments,
        ...files.map((f, i) => ({
          id: snowflake(),
          filename: f.name,
          size: f.size,
          url: `https://cdn.discordapp.com/attachments/${old.channel_id}/${id}/${i}`,
          proxy_url: "",
          content_type: f.contentType,
        })),
      ];
    this.store.set(id, next);
    return next;
  }
  private deleteMessage(id: string): void {
    const msg = this.store.get(id);
    if (!msg) return;
    this.store.delete(id);
    const ch = this.channel(msg.channel_id);
    ch.messageIds = ch.messageIds.filter((m) => m !== id);
    ch.pins = ch.pins.filter((p) => p.messageId !== id);
  }
  /**
   * Returns an error reply when Discord would reject the message body. `at`: where the body sits in
   * the request ("data" in an interaction callback); `flags`: those of the message being edited.
   */
  private validateMessage(
    body: RESTPostAPIChannelMessageJSONBody | undefined,
    files: RecordedFile[],
    create: boolean,
    { at = "", flags = 0 }: { at?: string; flags?: number } = {},
  ): FakeReply | null {
    const field = (name: string) => (at ? `${at}.${name}` : name);
    const content = body?.content ?? "";
    if (content.length > 2000)
      return invalidForm(
        field("content"),
        "BASE_TYPE_MAX_LENGTH",
        "Must be 2000 or fewer in length.",
      );
    if ((body?.embeds?.length ?? 0) > 10)
      return invalidForm(field("embeds"), "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
    const v2 = (((body?.flags ?? 0) | flags) & MessageFlags.IsComponentsV2) !== 0;
    const invalid = validateComponents(
      (body?.components ?? []) as LooseComponent[],
      v2,
      field("components"),
    );
    if (invalid) return invalid;
    const empty =
      !content &&
      !body?.embeds?.length &&
      !body?.components?.length &&
      !files.length &&
      !body?.poll &&
      !body?.sticker_ids?.length;
    return create && empty ? fail(400, 50006, "Cannot send an empty message") : null;
  }

  // ---------- internals: gateway ----------

  private send(conn: Connection, payload: GatewayReceivePayload): void {
    if (conn.ws.readyState === conn.ws.OPEN) conn.ws.send(JSON.stringify(payload));
  }
  private sendDispatch<E extends Events>(s: Session, t: E, d: DispatchData<E>): void {
    s.seq += 1;
    const payload = { op: GatewayOpcodes.Dispatch, t, s: s.seq, d } as GatewayDispatchPayload;
    s.log.push(payload);
    if (s.conn) this.send(s.conn, payload);
  }
  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    const conn: Connection = { ws, url: req.url ?? "/", session: null, closedByServer: false };
    this.connections.add(conn);
    this.connectionUrls.push(conn.url);
    this.send(conn, {
      op: GatewayOpcodes.Hello,
      s: null,
      t: null,
      d: { heartbeat_interval: this.options.heartbeatInterval ?? 41_250 },
    });
    ws.on("message", (raw) => {
      let payload: GatewaySendPayload;
      try {
        payload = JSON.parse(String(raw));
      } catch {
        ws.close(4002, "Error while decoding payload.");
        return;
      }
      this.received.push(payload);
      this.onGatewayPayload(conn, payload);
      this.changed();
    });
    ws.on("close", (code, reason) => {
      this.connections.delete(conn);
      const s = conn.session;
      this.closes.push({
        code,
        reason: String(reason),
        sessionId: s?.id ?? null,
        byServer: conn.closedByServer,
      });
      if (s?.conn === conn) {
        s.conn = null;
        // Discord ends the session when the client closes normally (1000/1001); others stay resumable.
        if (!conn.closedByServer && (code === 1000 || code === 1001)) s.invalid = true;
      }
      this.changed();
    });
  }
  private onGatewayPayload(conn: Connection, payload: GatewaySendPayload): void {
    if (payload.op === GatewayOpcodes.Heartbeat) {
      this.heartbeats += 1;
      this.send(conn, { op: GatewayOpcodes.HeartbeatAck, d: undefined, s: null, t: null });
    } else if (payload.op === GatewayOpcodes.Identify) {
      this.identify(conn, payload.d);
    } else if (payload.op === GatewayOpcodes.Resume) {
      this.resume(conn, payload.d);
    } else if (!conn.session) {
      conn.ws.close(4003, "Not authenticated.");
    }
  }
  private identify(conn: Connection, d: GatewayIdentifyData): void {
    const shard = d.shard ?? [0, 1];
    const refusal: [number, string] | null = conn.session
      ? [4005, "Already authenticated."]
      : this.options.token && d.token !== this.options.token
        ? [4004, "Authentication failed."]
        : shard[0] >= shard[1]
          ? [4010, "Invalid shard."]
          : null;
    if (refusal) {
      conn.ws.close(...refusal);
      return;
    }
    this.identifies.push(d);
    const session: Session = {
      id: randomBytes(16).toString("hex"),
      shard,
      seq: 0,
      log: [],
      conn,
      invalid: false,
    };
    this.sessions.set(session.id, session);
    conn.session = session;
    const mine = [...this.guilds.values()].filter((g) => shardOf(g.id, shard[1]) === shard[0]);
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: this.botUser,
      session_id: session.id,
      guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
      resume_gateway_url: this.gatewayUrl,
      application: { id: this.applicationId, flags: NO_FLAGS, flags_new: "0" },
      ...(d.shard ? { shard: d.shard } : {}),
    };
    this.sendDispatch(session, Events.Ready, ready);
    for (const g of mine) this.sendDispatch(session, Events.GuildCreate, this.guildCreate(g));
  }
  private resume(conn: Connection, d: GatewayResumeData): void {
    const session = this.sessions.get(d.session_id);
    if (!session || session.invalid || (this.options.token && d.token !== this.options.token)) {
      this.send(conn, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    this.resumes.push(d);
    if (session.conn && session.conn !== conn) session.conn.ws.terminate();
    session.conn = conn;
    conn.session = session;
    for (const p of session.log) if (p.s > d.seq) this.send(conn, p);
    this.sendDispatch(session, Events.Resumed, undefined);
  }

  // ---------- internals: REST ----------

  private route(spec: string, handler: (c: Ctx) => FakeReply): void {
    const [methods = "", path = ""] = spec.split(" ");
    const re = new RegExp(`^${path.replace(/[.@]/g, "\\$&").replace(/:(\w+)/g, "(?<$1>[^/]+)")}$`);
    for (const method of methods.split("|"))
      this.routes.push({ method, route: `${method} ${path}`, re, handler });
  }
  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = req.method ?? "GET";
    if (url.pathname.startsWith("/attachments/")) {
      this.serveAttachment(method, url.pathname, res);
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const { body, files } = await parseBody(Buffer.concat(chunks), req.headers["content-type"]);
    const prefix = "/api/v10";
    const pathname = decodeURIComponent(url.pathname); // @discordjs/rest sends "%40original"
    const path = pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
    const rec: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body,
      files,
      auth: req.headers.authorization,
      route: null,
      params: {},
      status: 0,
      response: undefined,
    };
    const candidates = path === pathname ? [] : this.routes.filter((r) => r.re.test(path));
    const match = candidates.find((r) => r.method === method);
    let reply: FakeReply;
    if (!match) {
      reply = candidates.length
        ? fail(405, 0, "405: Method Not Allowed")
        : fail(404, 0, "404: Not Found");
    } else {
      rec.route = match.route;
      rec.params = { ...match.re.exec(path)?.groups };
      const fault = this.faults.find((f) => f.times > 0 && f.match(rec));
      const authed = !path.startsWith("/interactions/") && !path.startsWith("/webhooks/");
      if (fault) {
        fault.times -= 1;
        reply = fault.reply;
      } else if (authed && this.options.token && rec.auth !== `Bot ${this.options.token}`) {
        reply = fail(401, 0, "401: Unauthorized");
      } else {
        try {
          reply = match.handler({ params: rec.params, query: rec.query, body, files, rec });
        } catch (error) {
          reply = fail(500, 0, `fake Discord crashed: ${String(error)}`);
        }
      }
    }
    rec.status = reply.status;
    rec.response = reply.body;
    this.requests.push(rec);
    if (rec.interactionId) {
      const forInteraction = this.requestsByInteraction.get(rec.interactionId);
      if (forInteraction) forInteraction.push(rec);
      else this.requestsByInteraction.set(rec.interactionId, [rec]);
    }
    const now = Date.now();
    const headers: Record<string, string> = {
      "x-ratelimit-bucket": createHash("sha1")
        .update(rec.route ?? "unknown")
        .digest("hex")
        .slice(0, 16),
      "x-ratelimit-limit": "50",
      "x-ratelimit-remaining": "49",
      "x-ratelimit-reset": ((now + 1000) / 1000).toFixed(3),
      "x-ratelimit-reset-after": "1.000",
      ...reply.headers,
    };
    if (reply.status === 429)
      Object.assign(headers, { "retry-after": "0", "x-ratelimit-scope": "user" });
    if (reply.body !== undefined) headers["content-type"] = "application/json";
    res.writeHead(reply.status, headers);
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
    this.changed();
  }

  /** The CDN side: /attachments/{id}/{filename} of attachment() (not recorded in `requests`). */
  private serveAttachment(method: string, pathname: string, res: ServerResponse): void {
    const [id = "", ...name] = pathname.slice("/attachments/".length).split("/");
    const file = this.uploads.get(id);
    if (method !== "GET" && method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
    } else if (!file || decodeURIComponent(name.join("/")) !== file.attachment.filename) {
      res.writeHead(404, { "content-type": "text/plain" }).end("404: Not Found");
    } else {
      res.writeHead(200, {
        "content-type": file.attachment.content_type ?? "application/octet-stream",
        "content-length": String(file.bytes.length),
      });
      res.end(method === "HEAD" ? undefined : file.bytes);
    }
  }

  private defineRoutes(): void {
    const app = this.applicationId;
    this.route("GET /gateway/bot", () =>
      ok({
        url: this.gatewayUrl,
        shards: this.options.shards ?? 1,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 14_400_000,
          max_concurrency: this.options.maxConcurrency ?? 16,
        },
      }),
    );
    this.route("GET /gateway", () => ok({ url: this.gatewayUrl }));
    this.route("GET /users/@me", () => ok(this.botUser));
    this.route("GET /applications/@me", () =>
      ok({
        id: app,
        name: this.botUser.username,
        icon: null,
        description: "",
        bot_public: true,
        bot_require_code_grant: false,
        verify_key: "0".repeat(64),
        flags: NO_FLAGS,
        summary: "",
        team: null,
        bot: this.botUser,
        approximate_guild_count: this.guilds.size,
      } satisfies Partial<APIApplication>),
    );

    const list = (p: Record<string, string>) => {
      if (p.app !== app) return null;
      if (!p.guild) return this.globalCommands;
      if (!this.guilds.has(p.guild)) return null;
      return (
        this.guildCommands.get(p.guild) ?? this.guildCommands.set(p.guild, []).get(p.guild) ?? []
      );
    };
    // Unknown application, or (guild routes) a guild the bot is not in.
    const unknownApp = (p: Record<string, string>) =>
      p.app !== app ? fail(404, 10002, "Unknown Application") : fail(403, 50001, "Missing Access");
    for (const base of [
      "/applications/:app/commands",
      "/applications/:app/guilds/:guild/commands",
    ]) {
      this.route(`GET ${base}`, ({ params }) => {
        const cmds = list(params);
        return cmds ? ok(cmds) : unknownApp(params);
      });
      this.route(`PUT ${base}`, ({ params, body }) => {
        const cmds = list(params);
        if (!cmds) return unknownApp(params);
        if (!Array.isArray(body)) return invalidForm("_root", "LIST_TYPE_CONVERT", "Not a list.");
        const inputs = body as RESTPostAPIApplicationCommandsJSONBody[];
        const invalid = inputs.map((c, i) => validateCommand(c, `${i}`)).find(Boolean);
        if (invalid) return invalid;
        const next = inputs.map((c) => this.toCommand(c, params.guild, cmds));
        cmds.splice(0, cmds.length, ...next);
        return ok(cmds);
      });
      this.route(`POST ${base}`, ({ params, body }) => {
        const cmds = list(params);
        if (!cmds) return unknownApp(params);
        const input = body as RESTPostAPIApplicationCommandsJSONBody;
        const invalid = validateCommand(input, "");
        if (invalid) return invalid;
        const cmd = this.toCommand(input, params.guild, cmds);
        const at = cmds.findIndex((c) => c.id === cmd.id);
        if (at >= 0) cmds[at] = cmd;
        else cmds.push(cmd);
        return { status: at >= 0 ? 200 : 201, body: cmd };
      });
      const one = (params: Record<string, string>) =>
        list(params)?.findIndex((c) => c.id === params.command) ?? -1;
      const unknownCommand = () => fail(404, 10063, "Unknown application command");
      this.route(`GET ${base}/:command`, ({ params }) => {
        const i = one(params);
        return i < 0 ? unknownCommand() : ok(list(params)?.[i]);
      });
      this.route(`PATCH ${base}/:command`, ({ params, body }) => {
        const cmds = list(params);
        const i = one(params);
        if (!cmds || i < 0) return unknownCommand();
        const merged = {
          ...cmds[i],
          ...(body as object),
        } as RESTPostAPIApplicationCommandsJSONBody;
        const invalid = validateCommand(merged, "");
        if (invalid) return invalid;
        cmds[i] = { ...(merged as APIApplicationCommand), version: snowflake() };
        return ok(cmds[i]);
      });
      this.route(`DELETE ${base}/:command`, ({ params }) => {
        const i = one(params);
        if (i < 0) return unknownCommand();
        list(params)?.splice(i, 1);
        return noContent;
      });
    }

    this.route(`${CALLBACK_ROUTE}`, (c) => this.interactionCallback(c));
    this.route("POST /webhooks/:app/:token", (c) =>
      this.withWebhook(c, (st) => {
        const body = c.body as RESTPostAPIChannelMessageJSONBody;
        const invalid = this.validateMessage(body, c.files, true);
        if (invalid) return invalid;
        const ch = this.channel(st.payload.channel?.id as string);
        const original = st.originalId ? this.store.get(st.originalId) : undefined;
        let message: APIMessage;
        // Discord: the first follow-up after a deferred reply fills in the "thinking…" message.
        if (
          st.callback?.type === R.DeferredChannelMessageWithSource &&
          original &&
          (original.flags ?? 0) & MessageFlags.Loading
        ) {
          message = this.editMessage(original.id, body as Partial<APIMessage>, c.files);
        } else {
          message = this.createMessage(ch, body, this.botUser, { files: c.files, interaction: st });
          st.followUpIds.push(message.id);
        }
        return c.query.wait === "true" ? ok(message) : noContent;
      }),
    );
    const webhookMessage = (c: Ctx, st: InteractionState): string | undefined => {
      const id = c.params.message === "@original" ? st.originalId : c.params.message;
      return id && (id === st.originalId || st.followUpIds.includes(id)) && this.store.has(id)
        ? id
        : undefined;
    };
    this.route("GET /webhooks/:app/:token/messages/:message", (c) =>
      this.withWebhook(c, (st) => {
        const id = webhookMessage(c, st);
        return id ? ok(this.store.get(id)) : unknownMessage();
      }),
    );
    this.route("PATCH /webhooks/:app/:token/messages/:message", (c) =>
      this.withWebhook(c, (st) => {
        const id = webhookMessage(c, st);
        if (!id) return unknownMessage();
        const invalid = this.validateMessage(
          c.body as RESTPostAPIChannelMessageJSONBody,
          c.files,
          false,
          { flags: this.store.get(id)?.flags ?? 0 },
        );
        return invalid ?? ok(this.editMessage(id, c.body as Partial<APIMessage>, c.files));
      }),
    );
    this.route("DELETE /webhooks/:app/:token/messages/:message", (c) =>
      this.withWebhook(c, (st) => {
        const id = webhookMessage(c, st);
        if (!id) return unknownMessage();
        this.deleteMessage(id);
        return noContent;
      }),
    );

    const channelOr404 = (id: string | undefined) => (id ? this.channels.get(id) : undefined);
    const visible = (ch: ChannelState, id: string | undefined) => {
      const m = id && ch.messageIds.includes(id) ? this.store.get(id) : undefined;
      return m && !((m.flags ?? 0) & MessageFlags.Ephemeral) ? m : undefined;
    };
    const unknownChannel = () => fail(404, 10003, "Unknown Channel");
    this.route("GET /channels/:channel", ({ params }) => {
      const ch = channelOr404(params.channel);
      return ch ? ok(this.channelPayload(ch)) : unknownChannel();
    });
    this.route("POST /channels/:channel/messages", ({ params, body, files }) => {
      const ch = channelOr404(params.channel);
      if (!ch) return unknownChannel();
      if (!ch.canSend) return missingPermissions();
      const input = body as RESTPostAPIChannelMessageJSONBody;
      return (
        this.validateMessage(input, files, true) ??
        ok(this.createMessage(ch, input, this.botUser, { files }))
      );
    });
    this.route("GET /channels/:channel/messages/pins", ({ params, query }) => {
      const ch = channelOr404(params.channel);
      if (!ch) return unknownChannel();
      const limit = query.limit === undefined ? 50 : Number(query.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
        return invalidForm("limit", "NUMBER_TYPE_MAX", "int value should be between 1 and 50.");
      }
      const before =
        query.before === undefined ? Number.POSITIVE_INFINITY : Date.parse(query.before);
      if (Number.isNaN(before))
        return invalidForm("before", "DATE_TYPE_PARSE", "Could not parse the date.");
      const older = this.pins(ch.id).filter((p) => Date.parse(p.pinned_at) < before);
      return ok({
        items: older.slice(0, limit),
        has_more: older.length > limit,
      } satisfies RESTGetAPIChannelMessagesPinsResult);
    });
    this.route("PUT /channels/:channel/messages/pins/:message", ({ params }) => {
      const ch = channelOr404(params.channel);
      if (!ch) return unknownChannel();
      if (!ch.canPin) return missingPermissions();
      const msg = visible(ch, params.message);
      if (!msg) return unknownMessage();
      if (msg.pinned) return noContent;
      if (ch.pins.length >= PIN_LIMIT)
        return fail(400, 30003, `Maximum number of pins reached (${PIN_LIMIT})`);
      const pinnedAt = Math.max(Date.now(), ...ch.pins.map((p) => p.pinnedAt + 1));
      ch.pins.push({ messageId: msg.id, pinnedAt });
      msg.pinned = true;
      this.pinsUpdated(ch);
      return noContent;
    });
    this.route("DELETE /channels/:channel/messages/pins/:message", ({ params }) => {
      const ch = channelOr404(params.channel);
      if (!ch) return unknownChannel();
      if (!ch.canPin) return missingPermissions();
      const msg = visible(ch, params.message);
      if (!msg) return unknownMessage();
      if (!msg.pinned) return noContent;
      ch.pins = ch.pins.filter((p) => p.messageId !== msg.id);
      msg.pinned = false;
      this.pinsUpdated(ch);
      return noContent;
    });
    this.route("GET /channels/:channel/messages/:message", ({ params }) => {
      const ch = channelOr404(params.channel);
      if (!ch) return unknownChannel();
      const msg = visible(ch, params.message);
      return msg ? ok(msg) : unknownMessage();
    });
    this.route("PATCH /channels/:channel/messages/:message", ({ params, body, files }) => {
      const ch = channelOr404(params.channel);
      if (!ch) return unknownChannel();
      const msg = visible(ch, params.message);
      if (!msg) return unknownMessage();
      if (msg.author.id !== this.botUser.id)
        return fail(403, 50005, "Cannot edit a message authored by another user");
      const invalid = this.validateMessage(
        body as RESTPostAPIChannelMessageJSONBody,
        files,
        false,
        {
          flags: msg.flags ?? 0,
        },
      );
      return invalid ?? ok(this.editMessage(msg.id, body as Partial<APIMessage>, files));
    });
    this.route("DELETE /channels/:channel/messages/:message", ({ params }) => {
      const ch = channelOr404(params.channel);
      if (!ch) return unknownChannel();
      const msg = visible(ch, params.message);
      if (!msg) return unknownMessage();
      if (msg.author.id !== this.botUser.id) return missingPermissions();
      this.deleteMessage(msg.id);
      return noContent;
    });
  }

  private pinsUpdated(ch: ChannelState): void {
    const last = Math.max(...ch.pins.map((p) => p.pinnedAt));
    this.dispatch(
      Events.ChannelPinsUpdate,
      {
        channel_id: ch.id,
        last_pin_timestamp: ch.pins.length ? timestamp(last) : null,
        ...(ch.guildId ? { guild_id: ch.guildId } : {}),
      },
      ch.guildId,
    );
  }
  private toCommand(
    input: RESTPostAPIApplicationCommandsJSONBody,
    guildId: string | undefined,
    existing: APIApplicationCommand[],
  ): APIApplicationCommand {
    const type = input.type ?? ApplicationCommandType.ChatInput;
    const old = existing.find((c) => c.name === input.name && c.type === type);
    return {
      ...(input as Partial<APIApplicationCommand>),
      id: old?.id ?? snowflake(),
      application_id: this.applicationId,
      type,
      name: input.name,
      description: "description" in input ? (input.description ?? "") : "",
      default_member_permissions: input.default_member_permissions ?? null,
      version: snowflake(),
      ...(guildId ? { guild_id: guildId } : {}),
    } as APIApplicationCommand;
  }
  private withWebhook(c: Ctx, handle: (st: InteractionState) => FakeReply): FakeReply {
    if (c.params.app !== this.applicationId) return fail(404, 10015, "Unknown Webhook");
    const st = this.byToken.get(c.params.token ?? "");
    if (!st) return fail(401, 50027, "Invalid Webhook Token");
    c.rec.interactionId = st.payload.id;
    return st.callback ? handle(st) : fail(404, 10015, "Unknown Webhook");
  }
  private interactionCallback({ params, query, body, files, rec }: Ctx): FakeReply {
    const st = this.interactions.get(params.interaction ?? "");
    if (!st || st.payload.token !== params.token) return fail(404, 10062, "Unknown interaction");
    rec.interactionId = st.payload.id;
    const deadline = this.options.interactionDeadlineMs;
    if (deadline !== undefined && Date.now() - st.createdAt > deadline)
      return fail(404, 10062, "Unknown interaction");
    if (st.callback) return fail(400, 40060, "Interaction has already been acknowledged.");
    const cb = body as APIInteractionResponse;
    if (!ALLOWED_CALLBACKS[st.payload.type]?.includes(cb?.type)) {
      return invalidForm(
        "type",
        "INTERACTION_RESPONSE_TYPE_INVALID",
        "Invalid interaction response type",
      );
    }
    const ch = this.channel(st.payload.channel?.id as string);
    let message: APIMessage | undefined;
    if (cb.type === R.ChannelMessageWithSource) {
      const invalid = this.validateMessage(
        cb.data as RESTPostAPIChannelMessageJSONBody,
        files,
        true,
        { at: "data" },
      );
      if (invalid) return invalid;
      message = this.createMessage(ch, cb.data as RESTPostAPIChannelMessageJSONBody, this.botUser, {
        files,
        interaction: st,
      });
      st.originalId = message.id;
    } else if (cb.type === R.DeferredChannelMessageWithSource) {
      const flags = ((cb.data?.flags ?? 0) & MessageFlags.Ephemeral) | MessageFlags.Loading;
      st.originalId = this.createMessage(ch, { flags }, this.botUser, { interaction: st }).id;
    } else if (cb.type === R.DeferredMessageUpdate || cb.type === R.UpdateMessage) {
      st.originalId = st.payload.message?.id;
      if (cb.type === R.UpdateMessage && st.originalId) {
        const invalid = this.validateMessage(
          cb.data as RESTPostAPIChannelMessageJSONBody,
          files,
          false,
          { at: "data", flags: this.store.get(st.originalId)?.flags ?? 0 },
        );
        if (invalid) return invalid;
        message = this.editMessage(st.originalId, (cb.data ?? {}) as Partial<APIMessage>, files);
      }
    } else if (cb.type === R.Modal) {
      const invalid = validateModal(cb.data);
      if (invalid) return invalid;
      this.modals.set(cb.data.custom_id, cb.data);
    } else if (
      cb.type === R.ApplicationCommandAutocompleteResult &&
      (cb.data?.choices?.length ?? 0) > 25
    ) {
      return invalidForm("data.choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    }
    st.callback = cb;
    if (query.with_response !== "true") return noContent;
    const original = st.originalId ? this.store.get(st.originalId) : undefined;
    const result: RESTPostAPIInteractionCallbackWithResponseResult = {
      interaction: {
        id: st.payload.id,
        type: st.payload.type,
        ...(original
          ? {
              response_message_id: original.id,
              response_message_loading: ((original.flags ?? 0) & MessageFlags.Loading) !== 0,
              response_message_ephemeral: ((original.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
            }
          : {}),
      },
      resource: { type: cb.type, ...(message ? { message } : {}) },
    };
    return ok(result);
  }
}

/** Starts a fake Discord on 127.0.0.1 with an ephemeral port. */
export function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return FakeDiscord.listen(options);
}

async function parseBody(
  raw: Buffer,
  contentType: string | undefined,
): Promise<{ body: unknown; files: RecordedFile[] }> {
  if (!raw.length) return { body: undefined, files: [] };
  if (contentType?.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
    const files: RecordedFile[] = [];
    let body: unknown;
    for (const [field, value] of form.entries()) {
      if (typeof value === "string") {
        if (field === "payload_json") body = JSON.parse(value);
      } else {
        files.push({ field, name: value.name, size: value.size, contentType: value.type });
      }
    }
    return { body, files };
  }
  const text = raw.toString("utf8");
  try {
    return { body: JSON.parse(text), files: [] };
  } catch {
    return { body: text, files: [] };
  }
}

/** Discord's checks on an application command body (names, descriptions, option order and counts). */
function validateCommand(
  c: RESTPostAPIApplicationCommandsJSONBody | undefined,
  at: string,
): FakeReply | null {
  const bad = (field: string, message: string) =>
    invalidForm(at ? `${at}.${field}` : field, "INVALID_COMMAND", message);
  if (!c || typeof c.name !== "string") return bad("name", "This field is required");
  const chat = (c.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput;
  if (chat && (!COMMAND_NAME.test(c.name) || c.name !== c.name.toLowerCase()))
    return bad("name", "Invalid command name");
  const description = "description" in c ? c.description : undefined;
  if (!chat) {
    // User and message commands: any case, spaces allowed; no description (fetched as "") nor options.
    const length = [...c.name].length;
    if (length < 1 || length > 32) return bad("name", "Must be between 1 and 32 in length.");
    if (description) return bad("description", "Context menu commands cannot have description");
    if ("options" in c && c.options?.length)
      return bad("options", "Context menu commands cannot have options");
    return null;
  }
  if (!description || description.length > 100)
    return bad("description", "Must be between 1 and 100 in length.");
  const checkOptions = (
    options: APIApplicationCommandOption[] | undefined,
    path: string,
  ): FakeReply | null => {
    if (!options) return null;
    if (options.length > 25) return bad(path, "Must be 25 or fewer in length.");
    let seenOptional = false;
    for (const [i, o] of options.entries()) {
      if (!COMMAND_NAME.test(o.name) || o.name !== o.name.toLowerCase())
        return bad(`${path}.${i}.name`, "Invalid option name");
      if (!o.description || o.description.length > 100)
        return bad(`${path}.${i}.description`, "Must be between 1 and 100 in length.");
      if ("required" in o && o.required && seenOptional)
        return bad(`${path}.${i}`, "Required options must be placed before non-required options");
      if (!("required" in o && o.required)) seenOptional = true;
      if ("choices" in o && (o.choices?.length ?? 0) > 25)
        return bad(`${path}.${i}.choices`, "Must be 25 or fewer in length.");
      const nested =
        "options" in o
          ? checkOptions(
              o.options as APIApplicationCommandOption[] | undefined,
              `${path}.${i}.options`,
            )
          : null;
      if (nested) return nested;
    }
    return null;
  };
  return checkOptions("options" in c ? c.options : undefined, "options");
}

const CONTENT_TYPES: Record<string, string> = {
  txt: "text/plain; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  json: "application/json; charset=utf-8",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  pdf: "application/pdf",
};
/** What Discord records as an upload's content_type: from the file's extension. */
function guessContentType(name: string): string {
  const ext = name.includes(".") ? name.split(".").pop()?.toLowerCase() : undefined;
  return (ext && CONTENT_TYPES[ext]) ?? "application/octet-stream";
}

/** A component as sent by a bot, before Discord checked it. */
interface LooseComponent {
  type?: number;
  id?: number;
  custom_id?: string;
  style?: number;
  label?: string;
  description?: string;
  emoji?: unknown;
  url?: string;
  sku_id?: string;
  min_length?: number;
  max_length?: number;
  required?: boolean;
  value?: string;
  placeholder?: string;
  components?: LooseComponent[];
  component?: LooseComponent;
  accessory?: LooseComponent;
}
const SELECTS: number[] = [
  ComponentType.StringSelect,
  ComponentType.UserSelect,
  ComponentType.RoleSelect,
  ComponentType.MentionableSelect,
  ComponentType.ChannelSelect,
];
const tooLong = (max: number) =>
  ["BASE_TYPE_MAX_LENGTH", `Must be ${max} or fewer in length.`] as const;
const badLength = (min: number, max: number) =>
  ["BASE_TYPE_BAD_LENGTH", `Must be between ${min} and ${max} in length.`] as const;
const customIdLength = (id: unknown) => typeof id !== "string" || id.length < 1 || id.length > 100;

/**
 * Discord's checks on a message's components: at most 5 action rows (Components V2 messages: 40
 * components in all), each with 1–5 buttons or a single select; buttons' custom_id (1–100, not on
 * link buttons, required on the others), url (link buttons only), label (≤ 80; a label or an
 * emoji); custom_ids unique within the message.
 */
function validateComponents(
  components: LooseComponent[],
  v2: boolean,
  at: string,
): FakeReply | null {
  if (!v2 && components.length > 5) return invalidForm(at, ...tooLong(5));
  const seen = new Set<string>();
  let total = 0;
  const check = (c: LooseComponent, path: string): FakeReply | null => {
    const bad = (field: string, code: string, message: string) =>
      invalidForm(field ? `${path}.${field}` : path, code, message);
    total += 1;
    if (c.type === ComponentType.ActionRow) {
      const children = c.components ?? [];
      if (children.length < 1 || children.length > 5) return bad("components", ...badLength(1, 5));
      if (children.length > 1 && children.some((k) => SELECTS.includes(k.type ?? 0)))
        return bad(
          "components",
          "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
          "The specified component exceeds the maximum width",
        );
    } else if (c.type === ComponentType.Button) {
      if (c.style === undefined || c.style < ButtonStyle.Primary || c.style > ButtonStyle.Premium)
        return bad("style", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5, 6}.");
      if (c.style === ButtonStyle.Link) {
        if (!c.url) return bad("url", "BUTTON_COMPONENT_URL_REQUIRED", "A url is required");
        if (c.custom_id !== undefined)
          return bad(
            "custom_id",
            "BUTTON_COMPONENT_CUSTOM_ID_URL_MUTUALLY_EXCLUSIVE",
            "A custom id and url cannot both be specified",
          );
      } else if (c.style === ButtonStyle.Premium) {
        if (!c.sku_id)
          return bad("sku_id", "BUTTON_COMPONENT_SKU_ID_REQUIRED", "A sku id is required");
      } else {
        if (c.custom_id === undefined)
          return bad("custom_id", "BUTTON_COMPONENT_CUSTOM_ID_REQUIRED", "A custom id required");
        if (c.url !== undefined)
          return bad(
            "url",
            "BUTTON_COMPONENT_CUSTOM_ID_URL_MUTUALLY_EXCLUSIVE",
            "A custom id and url cannot both be specified",
          );
      }
      if (c.label !== undefined && c.label.length > 80) return bad("label", ...tooLong(80));
      if (c.style !== ButtonStyle.Premium && !c.label && !c.emoji)
        return bad(
          "",
          "BUTTON_COMPONENT_LABEL_OR_EMOJI_REQUIRED",
          "A label or an emoji is required",
        );
    }
    if (c.custom_id !== undefined) {
      if (customIdLength(c.custom_id)) return bad("custom_id", ...badLength(1, 100));
      if (seen.has(c.custom_id))
        return bad(
          "custom_id",
          "COMPONENT_CUSTOM_ID_DUPLICATED",
          "Component custom id cannot be duplicated",
        );
      seen.add(c.custom_id);
    }
    for (const [i, child] of (c.components ?? []).entries()) {
      const invalid = check(child, `${path}.components.${i}`);
      if (invalid) return invalid;
    }
    return c.accessory ? check(c.accessory, `${path}.accessory`) : null;
  };
  for (const [i, c] of components.entries()) {
    const invalid = check(c, `${at}.${i}`);
    if (invalid) return invalid;
  }
  return v2 && total > 40 ? invalidForm(at, ...tooLong(40)) : null;
}

const LABEL_CHILDREN: number[] = [
  ComponentType.TextInput,
  ...SELECTS,
  ComponentType.FileUpload,
  ComponentType.RadioGroup,
  ComponentType.CheckboxGroup,
  ComponentType.Checkbox,
];
/**
 * Discord's checks on a MODAL callback's data: custom_id 1–100, title 1–45, 1–5 components, each a
 * Label (label ≤ 45, description ≤ 100, one modal component), a Text Display, or (deprecated) an
 * action row holding one text input; text inputs: custom_id 1–100 and unique, style 1 or 2, label
 * ≤ 45 (required in an action row), min_length 0–4000, max_length 1–4000, value ≤ 4000,
 * placeholder ≤ 100.
 */
function validateModal(
  data: APIModalInteractionResponseCallbackData | undefined,
): FakeReply | null {
  const bad = (field: string, code: string, message: string) =>
    invalidForm(`data.${field}`, code, message);
  const required = (field: string) => bad(field, "BASE_TYPE_REQUIRED", "This field is required");
  if (!data) return invalidForm("data", "BASE_TYPE_REQUIRED", "This field is required");
  if (data.custom_id === undefined) return required("custom_id");
  if (customIdLength(data.custom_id)) return bad("custom_id", ...badLength(1, 100));
  if (data.title === undefined) return required("title");
  if (data.title.length < 1 || data.title.length > 45) return bad("title", ...badLength(1, 45));
  const components = (data.components ?? []) as LooseComponent[];
  if (components.length < 1 || components.length > 5) return bad("components", ...badLength(1, 5));
  const seen = new Set<string>();
  const textInput = (t: LooseComponent, path: string, inRow: boolean): FakeReply | null => {
    if (t.custom_id === undefined) return required(`${path}.custom_id`);
    if (customIdLength(t.custom_id)) return bad(`${path}.custom_id`, ...badLength(1, 100));
    if (seen.has(t.custom_id))
      return bad(
        `${path}.custom_id`,
        "COMPONENT_CUSTOM_ID_DUPLICATED",
        "Component custom id cannot be duplicated",
      );
    seen.add(t.custom_id);
    if (t.style !== TextInputStyle.Short && t.style !== TextInputStyle.Paragraph)
      return bad(`${path}.style`, "BASE_TYPE_CHOICES", "Value must be one of {1, 2}.");
    if (inRow && t.label === undefined) return required(`${path}.label`);
    if (t.label !== undefined && t.label.length > 45) return bad(`${path}.label`, ...tooLong(45));
    for (const [key, min] of [
      ["min_length", 0],
      ["max_length", 1],
    ] as const) {
      const n = t[key];
      if (n === undefined) continue;
      if (!Number.isInteger(n) || n < min)
        return bad(
          `${path}.${key}`,
          "NUMBER_TYPE_MIN",
          `int value should be greater than or equal to ${min}.`,
        );
      if (n > 4000)
        return bad(
          `${path}.${key}`,
          "NUMBER_TYPE_MAX",
          "int value should be less than or equal to 4000.",
        );
    }
    if (t.value !== undefined && t.value.length > 4000)
      return bad(`${path}.value`, ...tooLong(4000));
    if (t.placeholder !== undefined && t.placeholder.length > 100)
      return bad(`${path}.placeholder`, ...tooLong(100));
    return null;
  };
  for (const [i, c] of components.entries()) {
    const path = `components.${i}`;
    let invalid: FakeReply | null = null;
    if (c.type === ComponentType.ActionRow) {
      const children = c.components ?? [];
      if (children.length !== 1) return bad(`${path}.components`, ...badLength(1, 1));
      const [only] = children as [LooseComponent];
      if (only.type !== ComponentType.TextInput)
        return bad(
          `${path}.components.0.type`,
          "UNION_TYPE_CHOICES",
          'Value of field "type" must be one of (4,).',
        );
      invalid = textInput(only, `${path}.components.0`, true);
    } else if (c.type === ComponentType.Label) {
      if (c.label === undefined) return required(`${path}.label`);
      if (c.label.length > 45) return bad(`${path}.label`, ...tooLong(45));
      if (c.description !== undefined && c.description.length > 100)
        return bad(`${path}.description`, ...tooLong(100));
      const child = c.component;
      if (!child) return required(`${path}.component`);
      if (!LABEL_CHILDREN.includes(child.type ?? 0))
        return bad(
          `${path}.component.type`,
          "UNION_TYPE_CHOICES",
          `Value of field "type" must be one of (${LABEL_CHILDREN.join(", ")}).`,
        );
      if (child.type === ComponentType.TextInput)
        invalid = textInput(child, `${path}.component`, false);
      else if (customIdLength(child.custom_id))
        return bad(`${path}.component.custom_id`, ...badLength(1, 100));
    } else if (c.type !== ComponentType.TextDisplay) {
      return bad(
        `${path}.type`,
        "UNION_TYPE_CHOICES",
        'Value of field "type" must be one of (1, 10, 18).',
      );
    }
    if (invalid) return invalid;
  }
  return null;
}
