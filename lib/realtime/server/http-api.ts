/**
 * The HTTP API the `pusher` server SDK calls: trigger events (one, or a
 * batch), read which channels are occupied and who is present, and end a
 * user's connections.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ChannelRegistry, Subscriber } from "./channels";
import type { RealtimeApp } from "./connection";
import { ReplayGuard, verifyApiRequest } from "./http-auth";
import { parseBatchBody, parseEventBody, type ParsedEvents } from "./http-events";
import { channelKind, isValidChannelName, LIMITS } from "./protocol";

export type ApiContext = {
  app: RealtimeApp;
  channels: ChannelRegistry;
  /** The connection a trigger's socket_id names, to leave it out. */
  connection: (socketId: string) => Subscriber | undefined;
  /** Closes every connection of the user (4009); they leave their channels at once. */
  terminateUserConnections: (userId: string) => void;
  replays: ReplayGuard;
};

type Reply = { status: number; json?: unknown; text?: string };
type Handler = (context: ApiContext, params: string[], query: URLSearchParams, body: Buffer) => Reply;
/**
 * `repeated`: what a second use of an accepted request's signature gets
 * instead of the refusal, for a request whose repeat would change nothing.
 * The SDK signs identical calls in the same second alike.
 */
type Route = { method: "GET" | "POST"; pattern: RegExp; handle: Handler; repeated?: Reply };

/** A batch of ten events at the data limit, with room for names and channels. */
const MAX_BODY_BYTES = LIMITS.eventsPerBatch * LIMITS.eventDataBytes + 64 * 1024;

const ok = (json: unknown): Reply => ({ status: 200, json });
const fail = (status: number, text: string): Reply => ({ status, text });

function send(context: ApiContext, parsed: ParsedEvents): Reply {
  if (!parsed.ok) return fail(parsed.status, parsed.message);
  for (const event of parsed.events) {
    const except = event.exceptSocketId === undefined ? undefined : context.connection(event.exceptSocketId);
    for (const channel of event.channels) context.channels.publish(channel, event.name, event.data, except);
  }
  return ok({});
}

function infoAttributes(query: URLSearchParams): Set<string> {
  return new Set((query.get("info") ?? "").split(",").filter(Boolean));
}

function listChannels(context: ApiContext, _params: string[], query: URLSearchParams): Reply {
  const prefix = query.get("filter_by_prefix") ?? "";
  const info = infoAttributes(query);
  if (info.has("user_count") && !prefix.startsWith("presence-")) {
    return fail(400, "info=user_count needs filter_by_prefix=presence-…: only presence channels count users");
  }
  const channels: Record<string, { user_count?: number }> = {};
  for (const channel of context.channels.all()) {
    if (!channel.name.startsWith(prefix)) continue;
    channels[channel.name] = info.has("user_count") ? { user_count: channel.members?.userCount ?? 0 } : {};
  }
  return ok({ channels });
}

function showChannel(context: ApiContext, [name]: string[], query: URLSearchParams): Reply {
  if (!isValidChannelName(name)) return fail(400, `Invalid channel name: ${name}`);
  const info = infoAttributes(query);
  if (info.has("user_count") && channelKind(name) !== "presence") return fail(400, "user_count is only available for presence channels");
  const channel = context.channels.get(name);
  const reply: { occupied: boolean; user_count?: number; subscription_count?: number } = { occupied: channel !== undefined };
  if (info.has("user_count")) reply.user_count = channel?.members?.userCount ?? 0;
  if (info.has("subscription_count")) reply.subscription_count = channel?.subscribers.size ?? 0;
  return ok(reply);
}

function listUsers(context: ApiContext, [name]: string[]): Reply {
  if (!isValidChannelName(name) || channelKind(name) !== "presence") return fail(400, "Users can only be listed for presence channels");
  const ids = context.channels.get(name)?.members?.userIds() ?? [];
  return ok({ users: ids.map((id) => ({ id })) });
}

/** `pusher.terminateUserConnections(userId)`: the body is "{}" and says nothing more. */
function terminateConnections(context: ApiContext, [userId]: string[]): Reply {
  if (userId.length > LIMITS.userIdLength) return fail(400, `A user id is at most ${LIMITS.userIdLength} characters`);
  context.terminateUserConnections(userId);
  return ok({});
}

const ROUTES: Route[] = [
  { method: "POST", pattern: /^\/apps\/([^/]+)\/events$/, handle: (context, _params, _query, body) => send(context, parseEventBody(body)) },
  {
    method: "POST",
    pattern: /^\/apps\/([^/]+)\/batch_events$/,
    handle: (context, _params, _query, body) => send(context, parseBatchBody(body)),
  },
  { method: "GET", pattern: /^\/apps\/([^/]+)\/channels$/, handle: listChannels },
  { method: "GET", pattern: /^\/apps\/([^/]+)\/channels\/([^/]+)$/, handle: showChannel },
  { method: "GET", pattern: /^\/apps\/([^/]+)\/channels\/([^/]+)\/users$/, handle: listUsers },
  // Ending a user's connections twice in a second (a ban, then a deletion) ends nothing more; a replay later must not end new ones.
  { method: "POST", pattern: /^\/apps\/([^/]+)\/users\/([^/]+)\/terminate_connections$/, handle: terminateConnections, repeated: ok({}) },
];

function reply(response: ServerResponse, { status, json, text }: Reply): void {
  const body = json === undefined ? (text ?? "") : JSON.stringify(json);
  response.writeHead(status, { "content-type": json === undefined ? "text/plain; charset=utf-8" : "application/json" });
  response.end(body);
}

/** The body, or undefined once it passed the limit (the request is then answered 413 and dropped). */
function readBody(request: IncomingMessage, response: ServerResponse): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const tooLarge = () => {
      response.writeHead(413, { "content-type": "text/plain; charset=utf-8", connection: "close" });
      response.end(`The request body is over ${MAX_BODY_BYTES} bytes`, () => request.destroy());
      resolve(undefined);
    };
    if (Number(request.headers["content-length"] ?? 0) > MAX_BODY_BYTES) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.removeAllListeners("data");
        request.pause();
        return tooLarge();
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", () => resolve(undefined));
  });
}

function decodePathSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

export async function handleApiRequest(context: ApiContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? "/", "http://realtime.invalid");
  const matches = ROUTES.map((route) => ({ route, match: route.pattern.exec(url.pathname) })).filter(({ match }) => match !== null);
  if (matches.length === 0) return reply(response, fail(404, "Not found"));
  const found = matches.find(({ route }) => route.method === request.method);
  if (!found?.match) return reply(response, fail(405, `Use ${matches[0].route.method} for ${url.pathname}`));
  const segments = found.match.slice(1).map(decodePathSegment);
  if (segments.includes(undefined)) return reply(response, fail(400, "Malformed percent-encoding in the path"));
  const [appId, ...params] = segments as string[];
  if (appId !== context.app.id) return reply(response, fail(404, `Unknown app ${appId}`));

  const body = await readBody(request, response);
  if (body === undefined) return;
  const nowSeconds = Date.now() / 1000;
  const auth = verifyApiRequest(context.app, { method: found.route.method, path: url.pathname, query: url.searchParams, body }, nowSeconds);
  if (!auth.ok) return reply(response, fail(auth.status, auth.message));
  const signature = url.searchParams.get("auth_signature") ?? "";
  if (found.route.method === "POST" && !context.replays.firstUse(signature, Number(url.searchParams.get("auth_timestamp")), nowSeconds)) {
    return reply(response, found.route.repeated ?? fail(401, "Replayed request: this signature was already used"));
  }
  reply(response, found.route.handle(context, params, url.searchParams, body));
}
