import type { SubgraphAnswer } from './subgraph-http.ts';

/**
 * Entity fetches of different requests, sent to a subgraph as one. Eight people each opening a
 * different client's page make eight `_entities` fetches of the same selection from accounting,
 * each paying the subgraph's whole per-request cost (HTTP, token check, plugins, statements) for
 * one representation. While the subgraph has `maxInFlight` entity fetches of other requests in
 * flight, the next ones wait; when one ends, the kind that has waited longest (the same token, document and other
 * variables) goes as one fetch with all its representations, and the answer is cut back into each
 * caller's own. A fetch that finds room goes at once, exactly as it came, so a request alone never
 * waits for a batch: batches form only while the subgraph is busy, and grow with how busy it is.
 * A Node subgraph answers one request at a time anyway; waiting here instead of in its queue costs
 * no time, and it answers the batch for about the cost of one.
 *
 * Only query fetches (the data source never batches a mutation's), only between callers with the
 * same bearer token, so every answer is one the caller's own fetch would have had. A caller that
 * goes away leaves its batch; the batch's request is aborted when every caller in it has gone.
 *
 * Hand-written: DataLoader batches per tick and counts keys, while this batches behind fetches in
 * flight, by representations, with per-caller cancellation.
 */

/** A query fetch of `_entities`, as Apollo Gateway sends it. */
export interface EntityFetchBody {
  query: string;
  operationName?: string;
  variables: { representations: unknown[] } & Record<string, unknown>;
}

/** Sends one subgraph request: the body, the caller's headers, a signal and the last moment worth waiting for. */
export type SendRequest = (body: string, signal: AbortSignal, deadlineAt: number) => Promise<SubgraphAnswer>;

/** One entity fetch handed to the batcher. */
export interface EntityFetch {
  /** What else must be equal for fetches to go together: the subgraph's URL and the bearer token. */
  laneKey: string;
  /** The body as Apollo Gateway wrote it; parsed only if the fetch has to wait. */
  raw: string;
  signal: AbortSignal;
  deadlineAt: number;
  send: SendRequest;
  /** The incoming request the fetch is for. */
  requestId?: string;
}

export interface EntityBatchingOptions {
  /** Entity fetches in flight to the subgraph before the next ones wait to go together (default 1). */
  maxInFlight?: number;
  /** Representations in one batched fetch at most (default 1,000). */
  maxRepresentations?: number;
  /** Told how many callers each batched fetch carried (for /metrics). */
  onBatch?: (callers: number) => void;
}

interface Waiting {
  /** The body as the caller's fetch had it, sent as it is when nobody else waits with it. */
  raw: string;
  requestId: string | undefined;
  representations: unknown[];
  signal: AbortSignal;
  deadlineAt: number;
  /** This caller's way to send (its headers and request id); a batch goes with its first caller's. */
  send: SendRequest;
  resolve: (answer: SubgraphAnswer) => void;
  reject: (error: unknown) => void;
}

/** Fetches of one kind waiting: the same subgraph, token, document and other variables. */
interface Lane {
  query: string;
  operationName: string | undefined;
  others: Record<string, unknown>;
  waiting: Waiting[];
}

/** Whether a fetch body may be an `_entities` fetch: the cheap test the fetcher makes on every body. */
export function mayBeEntityFetch(raw: string): boolean {
  return raw.includes('_entities(');
}

/** The body as an `_entities` query, or null for any other operation. */
export function entityFetchBody(raw: string): EntityFetchBody | null {
  if (!mayBeEntityFetch(raw)) return null;
  const body = JSON.parse(raw) as Partial<EntityFetchBody> | null;
  if (!body || typeof body.query !== 'string' || !Array.isArray(body.variables?.representations)) return null;
  return /^\s*query\b/.test(body.query) ? (body as EntityFetchBody) : null;
}

export class EntityBatcher {
  /** The kinds with fetches waiting, oldest first (a Map keeps insertion order). */
  private readonly lanes = new Map<string, Lane>();
  private inFlight = 0;
  /** Of those, each request's (by request id). */
  private readonly inFlightOf = new Map<string, number>();
  private readonly maxInFlight: number;
  private readonly maxRepresentations: number;

  constructor(private readonly options: EntityBatchingOptions = {}) {
    this.maxInFlight = options.maxInFlight ?? 1;
    this.maxRepresentations = options.maxRepresentations ?? 1_000;
  }

  /** Fetches waiting for the subgraph. */
  get waiting(): number {
    let count = 0;
    for (const lane of this.lanes.values()) count += lane.waiting.length;
    return count;
  }

  /**
   * Sends the entity fetch now, or with the fetches of its kind waiting for the subgraph. A
   * request's own fetches never wait for each other: fetches of one plan wave run side by side
   * (accounting's two in the headline query), and the subgraph's room is counted against the
   * other requests' fetches only.
   */
  send(fetch: EntityFetch): Promise<SubgraphAnswer> {
    const { laneKey, raw, signal, deadlineAt, send, requestId } = fetch;
    const others = this.inFlight - (requestId === undefined ? 0 : (this.inFlightOf.get(requestId) ?? 0));
    // Parsed only now that it has to wait: most fetches find room and go as they came.
    const body = others < this.maxInFlight && this.lanes.size === 0 ? null : entityFetchBody(raw);
    if (!body) return this.track(send(raw, signal, deadlineAt), requestId);
    if (signal.aborted) return Promise.reject(reasonOf(signal));
    const { representations, ...variables } = body.variables;
    const key = `${laneKey}\n${body.operationName ?? ''}\n${body.query}\n${JSON.stringify(variables)}`;
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = { query: body.query, operationName: body.operationName, others: variables, waiting: [] };
      this.lanes.set(key, lane);
    }
    const current = lane;
    return new Promise<SubgraphAnswer>((resolve, reject) => {
      const waiting: Waiting = { raw, requestId, representations, signal, deadlineAt, send, resolve, reject };
      current.waiting.push(waiting);
      // Leaving while it waits: out of the queue at once, nothing is sent for it.
      signal.addEventListener(
        'abort',
        () => {
          // Still waiting: out of the queue. Already in a batch: that batch goes on for the others.
          const index = current.waiting.indexOf(waiting);
          if (index >= 0) current.waiting.splice(index, 1);
          if (current.waiting.length === 0 && this.lanes.get(key) === current) this.lanes.delete(key);
          reject(reasonOf(signal));
        },
        { once: true },
      );
    });
  }

  /** Counts `request` in flight (and as `requestId`'s); when it settles, the kind waiting longest goes next. */
  private track<T>(request: Promise<T>, requestId?: string): Promise<T> {
    this.inFlight++;
    if (requestId !== undefined) this.inFlightOf.set(requestId, (this.inFlightOf.get(requestId) ?? 0) + 1);
    const settled = () => {
      this.inFlight--;
      if (requestId !== undefined) {
        const left = (this.inFlightOf.get(requestId) ?? 1) - 1;
        if (left > 0) this.inFlightOf.set(requestId, left);
        else this.inFlightOf.delete(requestId);
      }
      this.sendWaiting();
    };
    request.then(settled, settled);
    return request;
  }

  /** While there is room, the fetches of the kind waiting longest, up to the representation limit, as one fetch. */
  private sendWaiting(): void {
    while (this.inFlight < this.maxInFlight) {
      const [first] = this.lanes;
      if (!first) return;
      const [key, lane] = first;
      const batch: Waiting[] = [];
      let count = 0;
      while (lane.waiting.length > 0) {
        const next = lane.waiting[0] as Waiting;
        if (batch.length > 0 && count + next.representations.length > this.maxRepresentations) break;
        lane.waiting.shift();
        batch.push(next);
        count += next.representations.length;
      }
      // What is left of the kind (beyond the limit) waits at the back, behind the other kinds.
      this.lanes.delete(key);
      if (lane.waiting.length > 0) this.lanes.set(key, lane);
      const [only] = batch;
      if (batch.length === 1 && only) {
        this.track(only.send(only.raw, only.signal, only.deadlineAt), only.requestId).then(only.resolve, only.reject);
        continue;
      }
      this.options.onBatch?.(batch.length);
      void this.track(this.sendBatch(lane, batch));
    }
  }

  /** Sends `batch` as one fetch (each distinct representation once) and answers each caller its part. */
  private async sendBatch(lane: Lane, batch: Waiting[]): Promise<void> {
    const merged: unknown[] = [];
    const indexOf = new Map<string, number>();
    const positions = batch.map(({ representations }) =>
      representations.map((representation) => {
        const id = JSON.stringify(representation);
        let index = indexOf.get(id);
        if (index === undefined) {
          index = merged.push(representation) - 1;
          indexOf.set(id, index);
        }
        return index;
      }),
    );
    const body = JSON.stringify({
      query: lane.query,
      ...(lane.operationName === undefined ? {} : { operationName: lane.operationName }),
      variables: { ...lane.others, representations: merged },
    });
    const controller = new AbortController();
    let callers = batch.length;
    for (const { signal } of batch) {
      const leave = () => {
        if (--callers === 0) controller.abort(reasonOf(signal));
      };
      if (signal.aborted) leave();
      else signal.addEventListener('abort', leave, { once: true });
    }
    const deadlineAt = Math.max(...batch.map((waiting) => waiting.deadlineAt));
    const first = batch[0] as Waiting;
    try {
      const answer = await first.send(body, controller.signal, deadlineAt);
      const parts = splitAnswer(answer, positions);
      batch.forEach((waiting, index) => waiting.resolve(parts[index] ?? answer));
    } catch (error: unknown) {
      for (const waiting of batch) waiting.reject(error);
    }
  }
}

interface AnswerError {
  path?: (string | number)[];
}

interface EntitiesAnswer {
  data?: ({ _entities?: unknown } & Record<string, unknown>) | null;
  errors?: AnswerError[];
}

/**
 * Each caller's part of a batched answer: its entities in its own order, the errors about them
 * with their index in its own representations, and every error about no entity in particular.
 * An answer that is not a 2xx list of entities (a refusal, a failure) is every caller's as it is.
 */
export function splitAnswer(answer: SubgraphAnswer, positions: readonly (readonly number[])[]): SubgraphAnswer[] {
  if (!answer.ok) return positions.map(() => answer);
  let parsed: EntitiesAnswer;
  try {
    parsed = JSON.parse(answer.body) as EntitiesAnswer;
  } catch {
    return positions.map(() => answer);
  }
  const entities: unknown = parsed.data?._entities;
  if (!Array.isArray(entities)) return positions.map(() => answer);
  const list = entities as unknown[];
  return positions.map((indexes) => {
    const errors: AnswerError[] = [];
    for (const error of parsed.errors ?? []) {
      const [field, at, ...rest] = error.path ?? [];
      if (field !== '_entities' || typeof at !== 'number') {
        errors.push(error);
        continue;
      }
      indexes.forEach((index, own) => {
        if (index === at) errors.push({ ...error, path: ['_entities', own, ...rest] });
      });
    }
    const data = { ...parsed.data, _entities: indexes.map((index) => list[index] ?? null) };
    return answer.withBody(JSON.stringify({ ...parsed, data, errors: errors.length > 0 ? errors : undefined }));
  });
}

function reasonOf(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DOMException('aborted', 'AbortError');
}
