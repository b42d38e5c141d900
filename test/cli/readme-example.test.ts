import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFunction } from '../../src/build/index.js';
import { runCli } from '../../src/cli/index.js';
import { type Emulator, startEmulator } from '../../src/emulator/index.js';
import { captureIo } from './support/capture.js';
import { createProject, REPO_ROOT, type TestProject } from './support/project.js';

/** The README's first example as a user writes it: injection by type, no @Inject, the repo in its own file. */
const ORDERS = `
import { IsInt, IsString } from 'class-validator';
import { Controller, createApp, createHandler, Handler, Http, Param } from 'lambdakit';
import { SqsEvent, SqsRecord } from 'lambdakit/events';
import { OrderRepo } from './order-repo';

class PlaceOrder {
  @IsString() sku!: string;
  @IsInt() qty!: number;
}

@Controller()
class Orders {
  constructor(private readonly repo: OrderRepo) {} // injected by the container

  @Handler(SqsEvent, { perRecord: true })
  async onMessage(record: SqsRecord) {
    await this.repo.save(record.messageId, await record.parseBody(PlaceOrder));
  }

  @Http('GET /orders/{id}')
  get(@Param('id') id: string) {
    return this.repo.find(id);
  }
}

export const handler = createHandler(createApp({ controllers: [Orders], providers: [OrderRepo] }));
`;

const ORDER_REPO = `
export class OrderRepo {
  readonly #orders = new Map<string, unknown>();
  save(id: string, order: unknown): void {
    this.#orders.set(id, order);
  }
  find(id: string): unknown {
    return this.#orders.get(id) ?? { missing: id };
  }
}
`;

/** The bundled SQS sample with one record carrying `body`. */
function sqsEvent(messageId: string, body: unknown): unknown {
  const sample = JSON.parse(readFileSync(join(REPO_ROOT, 'events', 'examples', 'sqs.json'), 'utf8')) as {
    Records: Record<string, unknown>[];
  };
  return { Records: [{ ...sample.Records[0], messageId, body: JSON.stringify(body) }] };
}

/** Saves an order through an SQS event, then reads it back through an HTTP request. */
async function roundTrip(command: string[]): Promise<unknown> {
  const emulator: Emulator = await startEmulator({ command, output: 'ignore' });
  try {
    const saved = await emulator.invoke(sqsEvent('m-1', { sku: 'A-1', qty: 2 }));
    expect(saved.json()).toEqual({ batchItemFailures: [] });
    return await (await fetch(`${emulator.url}/orders/m-1`)).json();
  } finally {
    await emulator.stop();
  }
}

// Each bundle compiles lambdakit's decorated sources with TypeScript: minutes on a loaded 2-core machine.
describe("the README's first example: constructor injection by type, without @Inject", {
  timeout: 180_000,
}, () => {
  let project: TestProject;
  beforeAll(() => {
    project = createProject();
    // A project as tsc builds it, into dist/: the bundle must not take its paths from there.
    project.write(
      'tsconfig.json',
      JSON.stringify({ compilerOptions: { experimentalDecorators: true, rootDir: '.', outDir: 'dist' } }),
    );
    project.write('order-repo.ts', ORDER_REPO);
    project.write('orders.ts', ORDERS);
  });
  afterAll(() => project.cleanup());

  it('gets its dependency when bundled as lambdakit dev bundles it', async () => {
    const { outfile, sourcemapFile } = await bundleFunction({
      entry: join(project.dir, 'orders.ts'),
      outdir: join(project.dir, '.lambdakit', 'dev'),
      conditions: ['lambdakit-source'],
    });
    expect(await roundTrip([process.execPath, outfile])).toEqual({ sku: 'A-1', qty: 2 });
    // TypeScript's source map is chained into the bundle's: stack traces name the file the user wrote.
    const { sources } = JSON.parse(readFileSync(sourcemapFile, 'utf8')) as { sources: string[] };
    expect(sources.map((source) => resolve(dirname(sourcemapFile), source))).toContain(
      join(project.dir, 'orders.ts'),
    );
  });

  it('gets its dependency when built with lambdakit build, run by the bootstrap', async () => {
    const build = captureIo(project.dir);
    const args = ['build', 'orders.ts', '--outdir', 'dist-lambda', '--conditions', 'lambdakit-source'];
    expect(await runCli(args, build.io)).toBe(0);
    expect(build.err).toEqual([]);
    expect(await roundTrip([join(project.dir, 'dist-lambda', 'bootstrap')])).toEqual({ sku: 'A-1', qty: 2 });
  });
});
