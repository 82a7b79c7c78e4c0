import { once } from "node:events";
import {
  type BaseInteraction,
  Client,
  type ClientOptions,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type InteractionCallbackResponse,
  PermissionFlagsBits,
  type TextChannel,
} from "discord.js";
import {
  type APIModalInteractionResponseCallbackData,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonStyle,
  ComponentType,
  InteractionResponseType,
  MessageFlags,
  MessageType,
  Routes,
  TextInputStyle,
} from "discord-api-types/v10";
import { afterEach, describe, expect, it } from "vitest";
import {
  type FakeDiscord,
  type FakeDiscordOptions,
  snowflake,
  startFakeDiscord,
} from "./fakeDiscord.js";

const GUILD = snowflake();
const GENERAL = snowflake();
const FULL = snowflake();

let fake: FakeDiscord | undefined;
let client: Client | undefined;
let handlerErrors: unknown[] = [];

/** Starts a fake and logs a real discord.js client in; resolves once `clientReady` fired. */
async function connect(
  options: FakeDiscordOptions = {},
  clientOptions: Partial<ClientOptions> = {},
): Promise<{ fake: FakeDiscord; client: Client }> {
  fake = await startFakeDiscord({
    guilds: [
      {
        id: GUILD,
        name: "Newsroom",
        channels: [
          { id: GENERAL, name: "general" },
          { id: FULL, name: "archive" },
        ],
      },
    ],
    heartbeatInterval: 50,
    ...options,
  });
  client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: fake.apiBase },
    ...clientOptions,
  });
  const ready = once(client, Events.ClientReady);
  await client.login("a.b.c");
  await ready;
  return { fake, client };
}

/** Runs `handler` for every interaction; a throw fails the test in afterEach. */
function onInteraction(c: Client, handler: (i: BaseInteraction) => Promise<unknown>): void {
  c.on(
    Events.InteractionCreate,
    (i) => void handler(i).catch((error: unknown) => handlerErrors.push(error)),
  );
}

afterEach(async () => {
  await client?.destroy();
  await fake?.close();
  client = undefined;
  fake = undefined;
  const errors = handlerErrors;
  handlerErrors = [];
  expect(errors).toEqual([]);
});

describe("fake Discord with the real discord.js client", () => {
  it("logs in over REST + gateway, caches the guild and keeps the heartbeat going", async () => {
    const { fake, client } = await connect();
    expect(fake.identifies).toMatchObject([
      { token: "a.b.c", intents: GatewayIntentBits.Guilds, shard: [0, 1] },
    ]);
    expect(fake.connectionUrls).toEqual(["/?v=10&encoding=json"]);
    expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.auth}`)).toEqual([
      "GET /gateway/bot Bot a.b.c",
    ]);
    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.application?.id).toBe(fake.applicationId);
    const guild = client.guilds.cache.get(GUILD);
    expect(guild?.name).toBe("Newsroom");
    expect(guild?.channels.cache.get(GENERAL)?.name).toBe("general");
    expect(guild?.members.me?.permissionsIn(GENERAL).has(PermissionFlagsBits.PinMessages)).toBe(
      true,
    );
    await fake.waitFor(() => fake.heartbeats >= 2, 1000, "two heartbeats");
    await fake.waitFor(() => client.ws.ping >= 0, 1000, "an acknowledged heartbeat");
  });

  it("delivers a slash command as ChatInputCommandInteraction and records reply()", async () => {
    const { fake, client } = await connect();
    let seen:
      | { question: string | null; member: boolean; app: boolean; guild: boolean }
      | undefined;
    onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      seen = {
        question: i.options.getString("question"),
        member: i.memberPermissions?.has(PermissionFlagsBits.UseApplicationCommands) ?? false,
        app: i.appPermissions.has(PermissionFlagsBits.PinMessages),
        guild: i.inCachedGuild(),
      };
      await i.reply({ content: "hi", allowedMentions: { parse: [] } });
    });
    const question = "Who said it?";
    const options = [
      { name: "question", type: ApplicationCommandOptionType.String as const, value: question },
    ];
    const ex = await fake.interact(fake.chatInput({ name: "ask", options }));
    expect(seen).toEqual({ question, member: true, app: true, guild: true });
    expect(ex.callback).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: "hi", allowed_mentions: { parse: [] } },
    });
    expect(ex.callbackRequest).toMatchObject({
      auth: undefined,
      query: { with_response: "false" },
      status: 204,
    });
    expect(ex.original()).toMatchObject({
      content: "hi",
      channel_id: GENERAL,
      author: { id: fake.botUser.id },
    });
    expect(fake.messages(GENERAL)).toHaveLength(1);
  });

  it("records deferReply then editReply on @original, and withResponse answers", async () => {
    const { fake, client } = await connect();
    let callbackResponse: InteractionCallbackResponse | undefined;
    onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      if (i.commandName === "slow") {
        await i.deferReply({ flags: MessageFlags.Ephemeral });
        await i.editReply({ content: "done" });
      } else {
        callbackResponse = await i.reply({ content: "now", withResponse: true });
      }
    });
    const slow = await fake.interact(fake.chatInput({ name: "slow" }));
    expect(slow.callback).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    const edit = await slow.waitForEdit();
    expect(edit).toMatchObject({ method: "PATCH", body: { content: "done" }, status: 200 });
    expect(slow.original()).toMatchObject({ content: "done", flags: MessageFlags.Ephemeral });

    const quick = await fake.interact(fake.chatInput({ name: "quick" }));
    expect(quick.callbackRequest.query.with_response).toBe("true");
    // interact() resolves when the fake has answered, a moment before discord.js has the answer.
    const response = await fake.waitFor(() => callbackResponse);
    expect(response.resource?.message?.content).toBe("now");
    expect(response.interaction.responseMessageId).toBe(quick.original()?.id);
  });

  it("delivers a button click as ButtonInteraction and records update()", async () => {
    const { fake, client } = await connect();
    onInteraction(client, async (i) => {
      if (i.isChatInputCommand()) {
        const button = {
          type: ComponentType.Button,
          style: ButtonStyle.Primary,
          custom_id: "more",
          label: "More",
        };
        await i.reply({
          content: "answer",
          components: [{ type: ComponentType.ActionRow, components: [button] }],
        });
      } else if (i.isButton() && i.customId === "more") {
        await i.update({ content: `more on ${i.message.id}`, components: [] });
      }
    });
    const first = await fake.interact(fake.chatInput({ name: "ask" }));
    const message = first.original();
    if (!message) throw new Error("no reply stored");
    const click = await fake.interact(fake.buttonClick({ customId: "more", message: message.id }));
    expect(click.callback).toMatchObject({
      type: 7,
      data: { content: `more on ${message.id}`, components: [] },
    });
    expect(fake.message(message.id)).toMatchObject({
      content: `more on ${message.id}`,
      components: [],
    });
  });

  it("delivers autocomplete with the focused option nested in a subcommand, records respond()", async () => {
    const { fake, client } = await connect();
    onInteraction(client, async (i) => {
      if (!i.isAutocomplete()) return;
      const focused = i.options.getFocused(true);
      await i.respond([
        { name: `${i.options.getSubcommand()}:${focused.name}:${focused.value}`, value: "x" },
      ]);
    });
    const options = [
      { name: "title", type: ApplicationCommandOptionType.String as const, value: "ele" },
    ];
    const ex = await fake.interact(
      fake.autocomplete({ name: "story", subcommand: "pick", options, focused: "title" }),
    );
    expect(ex.callback).toEqual({
      type: 8,
      data: { choices: [{ name: "pick:title:ele", value: "x" }] },
    });
  });

  it("stores commands from a bulk overwrite and rejects what Discord rejects", async () => {
    const { fake, client } = await connect();
    const app = fake.applicationId;
    const body = [
      {
        name: "ask",
        description: "Ask the story",
        options: [{ name: "question", description: "Q", type: 3 }],
      },
    ];
    await client.rest.put(Routes.applicationCommands(app), { body });
    const [ask] = fake.commands();
    expect(ask).toMatchObject({
      name: "ask",
      application_id: app,
      type: 1,
      default_member_permissions: null,
    });
    expect(fake.chatInput({ name: "ask" }).data.id).toBe(ask?.id);
    await client.rest.put(Routes.applicationGuildCommands(app, GUILD), { body });
    expect(fake.commands(GUILD)[0]?.guild_id).toBe(GUILD);
    const bad = client.rest.put(Routes.applicationCommands(app), {
      body: [{ name: "Ask", description: "x" }],
    });
    await expect(bad).rejects.toMatchObject({ status: 400, code: 50035 });
    expect(fake.commands()).toHaveLength(1);
  });

  it("pins through the 2026 routes and surfaces 30003 and 50013 as DiscordAPIError", async () => {
    const { fake, client } = await connect();
    const general = client.channels.cache.get(GENERAL) as TextChannel;
    const sent = await general.send("pin me");
    await general.messages.pin(sent.id);
    expect(fake.pins(GENERAL).map((p) => p.message.id)).toEqual([sent.id]);
    const fetched = await general.messages.fetchPins();
    expect(fetched.items.map((p) => p.message.content)).toEqual(["pin me"]);

    const archive = client.channels.cache.get(FULL) as TextChannel;
    fake.prefillPins(FULL, 250);
    const page = await archive.messages.fetchPins({ limit: 50 });
    expect([page.items.length, page.hasMore]).toEqual([50, true]);
    const extra = await archive.send("one too many");
    const error = await archive.messages.pin(extra.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({
      status: 400,
      code: 30003,
      message: "Maximum number of pins reached (250)",
    });

    fake.setChannelAccess(GENERAL, { pin: false });
    await expect(general.messages.unpin(sent.id)).rejects.toMatchObject({
      status: 403,
      code: 50013,
    });
    expect(fake.unexpectedRequests()).toEqual([]);
  });

  it("answers 40060 to a second callback and 404 to unknown routes", async () => {
    const { fake, client } = await connect();
    onInteraction(client, async (i) => (i.isChatInputCommand() ? i.reply("once") : undefined));
    const ex = await fake.interact(fake.chatInput({ name: "ask" }));
    const again = client.rest.post(
      Routes.interactionCallback(ex.interaction.id, ex.interaction.token),
      {
        body: { type: 4, data: { content: "twice" } },
        auth: false,
      },
    );
    await expect(again).rejects.toMatchObject({ status: 400, code: 40060 });
    await expect(client.rest.get("/guilds/1/bans")).rejects.toMatchObject({ status: 404, code: 0 });
    expect(fake.unexpectedRequests().map((r) => r.path)).toEqual(["/guilds/1/bans"]);
  });

  it("handles a DM: follow-ups, files, fetchReply, deleteReply, and an injected 500", async () => {
    const { fake, client } = await connect();
    let fetched: string | undefined;
    onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      await i.followUp("first"); // fills in the deferred "thinking…" message
      await i.followUp({
        content: "second",
        files: [{ attachment: Buffer.from("x"), name: "a.txt" }],
      });
      fetched = (await i.fetchReply()).content;
      await i.deleteReply();
    });
    fake.failNext((r) => r.method === "DELETE", {
      status: 500,
      body: { code: 0, message: "boom" },
    });
    const ex = await fake.interact(fake.chatInput({ name: "ask", guildId: null }));
    expect(ex.interaction).toMatchObject({ context: 1, user: { id: fake.testUser.id } });
    expect(ex.interaction).not.toHaveProperty("member");
    const second = await ex.waitForFollowUp(1);
    expect(second).toMatchObject({ query: { wait: "true" }, body: { content: "second" } });
    expect(second.files).toMatchObject([{ field: "files[0]", name: "a.txt", size: 1 }]);
    await fake.waitFor(() => ex.requests().some((r) => r.method === "DELETE" && r.status === 204));
    expect(fetched).toBe("first");
    expect(ex.original()).toBeUndefined();
    expect(fake.messages(ex.interaction.channel.id).map((m) => m.content)).toEqual(["second"]);
  });

  it("resumes after a dropped connection and replays the interaction it missed", async () => {
    const { fake, client } = await connect();
    onInteraction(client, async (i) =>
      i.isChatInputCommand() ? i.reply("still here") : undefined,
    );
    fake.dropConnections(4000);
    const ex = await fake.interact(fake.chatInput({ name: "ask" }), 4000);
    expect(ex.callback).toMatchObject({ type: 4, data: { content: "still here" } });
    expect(fake.resumes).toHaveLength(1);
    expect(fake.identifies).toHaveLength(1);
  });

  it("spreads guilds over shards and sees a clean 1000 close on destroy()", async () => {
    const now = Date.now();
    const guilds = [now, now + 1].map((at, i) => ({ id: snowflake(at), name: `Guild ${i}` }));
    const { fake, client } = await connect({ shards: 2, guilds }, { shards: "auto" });
    expect(fake.identifies.map((d) => d.shard)).toEqual(
      expect.arrayContaining([
        [0, 2],
        [1, 2],
      ]),
    );
    expect(client.guilds.cache.map((g) => g.shardId).sort()).toEqual([0, 1]);
    await client.destroy();
    const closes = await fake.waitFor(() => {
      const byClient = fake.closes.filter((c) => !c.byServer);
      return byClient.length === 2 && byClient;
    });
    expect(closes.map((c) => c.code)).toEqual([1000, 1000]);
  });

  it("serves an attachment's bytes and resolves it for options.getAttachment", async () => {
    const { fake, client } = await connect();
    const file = fake.attachment("Der Zug.md", "# Der Zug\n\nEs war spät.\n");
    const served = await fetch(file.url);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(served.headers.get("content-length")).toBe(String(file.size));
    expect(await served.text()).toBe("# Der Zug\n\nEs war spät.\n");
    const binary = fake.attachment("x.bin", new Uint8Array([0, 255, 7]), "application/x-test");
    expect(Buffer.from(await (await fetch(binary.url)).arrayBuffer())).toEqual(
      Buffer.from([0, 255, 7]),
    );
    expect((await fetch(file.url.replace(file.id, snowflake()))).status).toBe(404);
    expect((await fetch(file.url.replace("Der%20Zug.md", "other.md"))).status).toBe(404);

    let seen: { name: string; size: number; contentType: string | null; text: string } | undefined;
    onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      const a = i.options.getAttachment("file", true);
      const text = await (await fetch(a.url)).text();
      seen = { name: a.name, size: a.size, contentType: a.contentType, text };
      await i.reply({ content: "read", flags: MessageFlags.Ephemeral });
    });
    const options = [
      { name: "file", type: ApplicationCommandOptionType.Attachment as const, value: file.id },
    ];
    const ex = await fake.interact(fake.chatInput({ name: "story", subcommand: "add", options }));
    expect(ex.interaction.data.resolved?.attachments).toEqual({ [file.id]: file });
    expect(seen).toEqual({
      name: "Der Zug.md",
      size: file.size,
      contentType: "text/markdown; charset=utf-8",
      text: "# Der Zug\n\nEs war spät.\n",
    });
    expect(fake.unexpectedRequests()).toEqual([]);
  });

  it("registers a message command and delivers it as a message context-menu interaction", async () => {
    const { fake, client } = await connect();
    const app = fake.applicationId;
    const body = [
      { name: "ask", description: "Ask the story", type: ApplicationCommandType.ChatInput },
      {
        name: "Bookmark line",
        type: ApplicationCommandType.Message,
        default_member_permissions: "8192",
      },
    ];
    await client.rest.put(Routes.applicationCommands(app), { body });
    const bookmark = fake.commands()[1];
    expect(bookmark).toMatchObject({
      name: "Bookmark line",
      type: ApplicationCommandType.Message,
      description: "",
      default_member_permissions: "8192",
    });
    expect(fake.commands()[0]?.default_member_permissions).toBeNull();
    for (const bad of [
      { name: "Bookmark line", description: "chat names are lower case, no spaces" },
      { name: "Bookmark", type: ApplicationCommandType.Message, description: "not allowed" },
      {
        name: "Bookmark",
        type: ApplicationCommandType.Message,
        options: [{ name: "x", description: "x", type: 3 }],
      },
      { name: "B".repeat(33), type: ApplicationCommandType.Message },
    ]) {
      await expect(
        client.rest.post(Routes.applicationCommands(app), { body: bad }),
      ).rejects.toMatchObject({ status: 400, code: 50035 });
    }
    expect(fake.commands()).toHaveLength(2);

    const target = fake.userMessage(GENERAL, "It was the butler.", { username: "ines" });
    expect(fake.messages(GENERAL)).toEqual([target]);
    let seen: { command: string; id: string; content: string; author: string } | undefined;
    onInteraction(client, async (i) => {
      if (!i.isMessageContextMenuCommand()) return;
      seen = {
        command: i.commandName,
        id: i.commandId,
        content: i.targetMessage.content,
        author: i.targetMessage.author.username,
      };
      await i.reply({ content: "Bookmarked.", flags: MessageFlags.Ephemeral });
    });
    const ex = await fake.interact(
      fake.messageCommand({ name: "Bookmark line", message: target.id }),
    );
    expect(ex.interaction.data).toMatchObject({ type: 3, target_id: target.id, id: bookmark?.id });
    expect(seen).toEqual({
      command: "Bookmark line",
      id: bookmark?.id,
      content: "It was the butler.",
      author: "ines",
    });
    expect(ex.original()).toMatchObject({
      type: MessageType.ContextMenuCommand,
      flags: MessageFlags.Ephemeral,
    });
  });

  it("records a modal shown from a button, refuses a bad one, and delivers the submission", async () => {
    const { fake, client } = await connect();
    const modal = {
      custom_id: "report",
      title: "What went wrong?",
      components: [
        {
          type: ComponentType.Label,
          label: "Details",
          component: {
            type: ComponentType.TextInput,
            custom_id: "details",
            style: TextInputStyle.Paragraph,
            max_length: 500,
          },
        },
        {
          type: ComponentType.ActionRow,
          components: [
            {
              type: ComponentType.TextInput,
              custom_id: "where",
              label: "Where",
              style: TextInputStyle.Short,
              required: false,
            },
          ],
        },
      ],
    } satisfies APIModalInteractionResponseCallbackData;
    let refusal: unknown;
    let seen: { details: string; where: string; message?: string } | undefined;
    onInteraction(client, async (i) => {
      if (i.isButton()) {
        const title = i.customId === "bad" ? "x".repeat(46) : modal.title;
        await i.showModal({ ...modal, title }).catch((error: unknown) => {
          refusal = error;
        });
      } else if (i.isModalSubmit() && i.isFromMessage()) {
        seen = {
          details: i.fields.getTextInputValue("details"),
          where: i.fields.getTextInputValue("where"),
          message: i.message.id,
        };
        await i.update({ content: "Thanks for the report.", components: [] });
      }
    });
    const general = client.channels.cache.get(GENERAL) as TextChannel;
    const button = (custom_id: string) => ({
      type: ComponentType.Button as const,
      style: ButtonStyle.Secondary as const,
      custom_id,
      label: "Report",
    });
    const sent = await general.send({
      content: "It was the butler.",
      components: [
        { type: ComponentType.ActionRow, components: [button("report"), button("bad")] },
      ],
    });

    const bad = await fake.interact(fake.buttonClick({ customId: "bad", message: sent.id }));
    expect(bad.callbackRequest).toMatchObject({
      status: 400,
      response: {
        code: 50035,
        errors: { data: { title: { _errors: [{ code: "BASE_TYPE_BAD_LENGTH" }] } } },
      },
    });
    expect(await fake.waitFor(() => refusal)).toMatchObject({ status: 400, code: 50035 });

    const shown = await fake.interact(fake.buttonClick({ customId: "report", message: sent.id }));
    expect(shown.callback).toEqual({ type: InteractionResponseType.Modal, data: modal });
    expect(shown.callbackRequest.status).toBe(204);

    const values = { details: "The butler was in Paris." };
    const submit = await fake.interact(
      fake.modalSubmit({ customId: "report", values, message: sent.id }),
    );
    expect(submit.interaction.data.components).toEqual([
      {
        type: ComponentType.Label,
        id: 1,
        component: {
          type: ComponentType.TextInput,
          id: 2,
          custom_id: "details",
          value: values.details,
        },
      },
      {
        type: ComponentType.ActionRow,
        id: 3,
        components: [{ type: ComponentType.TextInput, id: 4, custom_id: "where", value: "" }],
      },
    ]);
    expect(seen).toEqual({ details: values.details, where: "", message: sent.id });
    expect(submit.callback.type).toBe(InteractionResponseType.UpdateMessage);
    expect(fake.message(sent.id)).toMatchObject({
      content: "Thanks for the report.",
      components: [],
    });
    expect(() =>
      fake.modalSubmit({ customId: "report", values: { details: "x", nope: "x" } }),
    ).toThrow(/nope/);
    expect(() => fake.modalSubmit({ customId: "report", values: { where: "x" } })).toThrow(
      /details/,
    );
    // A modal the bot never showed: one action row per value.
    expect(fake.modalSubmit({ customId: "other", values: { a: "1" } }).data.components).toEqual([
      {
        type: ComponentType.ActionRow,
        id: 1,
        components: [{ type: ComponentType.TextInput, id: 2, custom_id: "a", value: "1" }],
      },
    ]);
  });

  it("refuses components Discord refuses with 50035, in channel messages and callbacks", async () => {
    const { fake, client } = await connect();
    const button = (custom_id: string, extra: object = {}) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      custom_id,
      label: custom_id,
      ...extra,
    });
    const row = (...components: object[]) => ({ type: ComponentType.ActionRow, components });
    const post = (components: object[]) =>
      client.rest.post(Routes.channelMessages(GENERAL), { body: { content: "x", components } });
    const refused = (path: object) => ({ status: 400, code: 50035, rawError: { errors: path } });
    const link = {
      type: ComponentType.Button,
      style: ButtonStyle.Link,
      url: "https://example.com",
      emoji: { name: "📖" },
    };

    await expect(
      post([row(...["a", "b", "c", "d", "e", "f"].map((id) => button(id)))]),
    ).rejects.toMatchObject(
      refused({
        components: { 0: { components: { _errors: [{ code: "BASE_TYPE_BAD_LENGTH" }] } } },
      }),
    );
    await expect(post([row(button("a")), row(button("b"), button("a"))])).rejects.toMatchObject(
      refused({
        components: {
          1: {
            components: {
              1: { custom_id: { _errors: [{ code: "COMPONENT_CUSTOM_ID_DUPLICATED" }] } },
            },
          },
        },
      }),
    );
    for (const bad of [
      [
        row(button("a")),
        row(button("b")),
        row(button("c")),
        row(button("d")),
        row(button("e")),
        row(button("f")),
      ],
      [row(button("x".repeat(101)))],
      [row(button("a", { label: "l".repeat(81) }))],
      [row(button("a", { label: undefined }))],
      [row({ ...link, custom_id: "a" })],
      [row({ ...link, url: undefined })],
      [row(button("a", { custom_id: undefined }))],
    ]) {
      await expect(post(bad)).rejects.toMatchObject({ status: 400, code: 50035 });
    }
    const fine = await post([row(link, button("a", { label: undefined, emoji: { name: "🔖" } }))]);
    expect(fine).toMatchObject({
      components: [row(link, expect.objectContaining({ custom_id: "a" }))],
    });

    let refusal: unknown;
    onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      await i.followUp({ content: "ok", components: [row(button("a"))] as never });
      await i
        .followUp({
          content: "dup",
          flags: MessageFlags.Ephemeral,
          components: [row(button("a"), button("a"))] as never,
        })
        .catch((error: unknown) => {
          refusal = error;
        });
    });
    const ex = await fake.interact(fake.chatInput({ name: "ask" }));
    expect(await fake.waitFor(() => refusal)).toMatchObject({ status: 400, code: 50035 });
    expect(ex.original()).toMatchObject({ content: "ok", flags: MessageFlags.Ephemeral });
  });
});
