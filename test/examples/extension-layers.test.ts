import { accessSync, constants, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { captureIo } from '../cli/support/capture.js';
import { REPO_ROOT } from '../cli/support/project.js';
import { readZip } from './support/read-zip.js';
import { readSamTemplate } from './support/sam-template.js';

const FOLDER = join(REPO_ROOT, 'examples', 'extensions');

/** The `lambdakit build … --extension` commands the template's header gives, by output folder. */
function buildCommands(): Map<string, string[]> {
  const commands = new Map<string, string[]>();
  for (const line of readFileSync(join(FOLDER, 'template.yaml'), 'utf8').split('\n')) {
    const match = /^#\s+npx lambdakit (build .* --extension .*)$/.exec(line);
    if (!match?.[1]) continue;
    const args = match[1].split(/\s+/);
    commands.set(args[args.indexOf('--outdir') + 1] ?? '', args);
  }
  return commands;
}

describe('examples/extensions deploys as layers with SAM', { timeout: 180_000 }, () => {
  it('has a layer per extension whose ContentUri is what its build command writes', async () => {
    const template = readSamTemplate(join(FOLDER, 'template.yaml'));
    expect(template.transform).toBe('AWS::Serverless-2016-10-31');
    const commands = buildCommands();
    expect(template.layers.map(({ properties }) => properties.LayerName).sort()).toEqual([
      'invocation-timer',
      'log-batcher',
    ]);
    for (const { properties } of template.layers) {
      const contentUri = String(properties.ContentUri).replace(/\/$/, '');
      const args = commands.get(contentUri);
      expect(args, `a build command for ${contentUri}`).toBeDefined();
      const io = captureIo(FOLDER);
      expect(await runCli([...(args ?? []), '--conditions', 'lambdakit-source'], io.io)).toBe(0);
      const name = String(properties.LayerName);
      const layer = resolve(FOLDER, contentUri);
      // Lambda starts /opt/extensions/<name>: the layer's extensions/<name>, executable.
      accessSync(join(layer, 'extensions', name), constants.X_OK);
      accessSync(join(layer, name, 'index.mjs'), constants.R_OK);
      const zipped = await readZip(readFileSync(`${layer}.zip`));
      expect(zipped.map(({ name: entry }) => entry).sort()).toEqual([
        `extensions/${name}`,
        `${name}/index.mjs`,
        `${name}/index.mjs.LEGAL.txt`,
        `${name}/index.mjs.cache`,
        `${name}/index.mjs.map`,
        `${name}/start.cjs`,
      ]);
    }
  });
});
