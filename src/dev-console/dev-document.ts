import { isRecord } from '../../events/support/guards.js';
import { entryOpenApiDocument, OpenApiEntryError } from '../openapi/entry-document.js';
import { DEV_PREFIX } from './paths.js';
import { ReservedRouteError } from './reserved-route-error.js';

/** The OpenAPI document dev serves, or why there is none. */
export type DocumentState =
  | { readonly ok: true; readonly document: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly reason: string };

/** What the document is built from. */
export interface DevDocumentOptions {
  readonly entry: string;
  readonly conditions: readonly string[];
  /** Reports why a rebuilt document is unusable: the entry failed to bundle or import, a reserved route. */
  readonly onRefreshError: (error: unknown) => void;
}

/**
 * The OpenAPI document of the entry `lambdakit dev` serves, built in the dev process as
 * `lambdakit openapi` builds it (the entry bundled with a capturing `lambdakit`, then imported),
 * and built again after each rebuild of `--watch`.
 */
export class DevDocument {
  private state: Promise<DocumentState>;

  private constructor(
    private readonly options: DevDocumentOptions,
    first: DocumentState,
    /** Why the first document failed to build (the entry did not bundle or import). */
    readonly firstError: unknown,
  ) {
    this.state = Promise.resolve(first);
  }

  /**
   * Builds the first document. A route under `/_lambdakit` is a {@link ReservedRouteError}; an
   * entry that creates no app (a plain handler) or that fails to import has no document.
   */
  static async load(options: DevDocumentOptions): Promise<DevDocument> {
    try {
      return new DevDocument(options, await build(options), undefined);
    } catch (error) {
      if (error instanceof ReservedRouteError) throw error;
      return new DevDocument(options, unavailable(error), error);
    }
  }

  /** The latest document (waits for a rebuild in progress). */
  current(): Promise<DocumentState> {
    return this.state;
  }

  /** True when the app's own routes include `path` (dev then leaves it to the app). */
  async routes(path: string): Promise<boolean> {
    const state = await this.state;
    return state.ok && isRecord(state.document.paths) && path in state.document.paths;
  }

  /** Builds the document again (after a rebuild); a failure keeps no document and is reported. */
  refresh(): void {
    this.state = build(this.options).catch((error: unknown) => {
      this.options.onRefreshError(error);
      return unavailable(error);
    });
  }
}

function unavailable(error: unknown): DocumentState {
  return { ok: false, reason: error instanceof Error ? error.message : String(error) };
}

async function build(options: DevDocumentOptions): Promise<DocumentState> {
  let document: unknown;
  try {
    document = await entryOpenApiDocument({
      entry: options.entry,
      conditions: options.conditions,
      info: { title: 'lambdakit dev', version: 'dev' },
    });
  } catch (error) {
    if (error instanceof OpenApiEntryError) {
      return { ok: false, reason: `no API description: ${error.message} (@Http routes are described)` };
    }
    throw error;
  }
  if (!isRecord(document) || !isRecord(document.paths)) return { ok: false, reason: 'no paths' };
  const reserved = Object.entries(document.paths)
    .filter(([path]) => path === DEV_PREFIX || path.startsWith(`${DEV_PREFIX}/`))
    .flatMap(([path, item]) =>
      Object.keys(isRecord(item) ? item : {}).map((m) => `${m.toUpperCase()} ${path}`),
    );
  if (reserved.length > 0) throw new ReservedRouteError(reserved);
  return { ok: true, document };
}
