import { readFileSync } from 'node:fs';
import { parseDocument, type ScalarTag } from 'yaml';

/** CloudFormation's short-form intrinsic functions the templates use, as their long forms. */
const INTRINSICS: ScalarTag[] = [
  { tag: '!Ref', resolve: (value) => ({ Ref: value }) },
  { tag: '!GetAtt', resolve: (value) => ({ 'Fn::GetAtt': value.split('.') }) },
  { tag: '!Sub', resolve: (value) => ({ 'Fn::Sub': value }) },
];

/** A serverless function resource of a template, with Globals applied. */
export interface SamFunction {
  readonly name: string;
  readonly properties: Record<string, unknown>;
}

/** A serverless layer resource of a template. */
export interface SamLayer {
  readonly name: string;
  readonly properties: Record<string, unknown>;
}

/** A parsed SAM template; throws on a YAML error or an unknown tag. */
export interface SamTemplate {
  readonly transform: unknown;
  readonly functions: readonly SamFunction[];
  readonly layers: readonly SamLayer[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readSamTemplate(file: string): SamTemplate {
  const document = parseDocument(readFileSync(file, 'utf8'), { customTags: INTRINSICS });
  const problems = [...document.errors, ...document.warnings];
  if (problems.length > 0)
    throw new Error(`${file}: ${problems.map((problem) => problem.message).join('; ')}`);
  const template: unknown = document.toJS();
  if (!isRecord(template) || !isRecord(template.Resources)) throw new Error(`${file}: no Resources`);
  const globals =
    isRecord(template.Globals) && isRecord(template.Globals.Function) ? template.Globals.Function : {};
  const functions = Object.entries(template.Resources).flatMap(([name, resource]) =>
    isRecord(resource) && resource.Type === 'AWS::Serverless::Function'
      ? [{ name, properties: { ...globals, ...(isRecord(resource.Properties) ? resource.Properties : {}) } }]
      : [],
  );
  const layers = Object.entries(template.Resources).flatMap(([name, resource]) =>
    isRecord(resource) && resource.Type === 'AWS::Serverless::LayerVersion'
      ? [{ name, properties: isRecord(resource.Properties) ? resource.Properties : {} }]
      : [],
  );
  return { transform: template.Transform, functions, layers };
}
