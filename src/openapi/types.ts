/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1), as plain JSON. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** The `info` object of an OpenAPI document. */
export interface OpenApiInfo {
  readonly title: string;
  readonly version: string;
  readonly description?: string;
}

/** One entry of an OpenAPI document's `servers`. */
export interface OpenApiServer {
  readonly url: string;
  readonly description?: string;
}

/** Options of {@link buildOpenApiDocument} and `lambdakit openapi`. */
export interface OpenApiOptions {
  /**
   * The API's title and version.
   * @default { title: 'API', version: '1.0.0' }
   */
  readonly info?: OpenApiInfo;
  /**
   * Where the API is served, e.g. the API Gateway stage URL.
   * @default [] (clients assume the document's own origin)
   */
  readonly servers?: readonly OpenApiServer[];
}

/** One parameter of an operation (`in` path, query, header or cookie). */
export interface OpenApiParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly description?: string;
  readonly schema: JsonSchema;
  readonly style?: 'form';
  readonly explode?: boolean;
}

/** A request body or a response: a description and content by media type. */
export interface OpenApiContent {
  readonly [mediaType: string]: { readonly schema: JsonSchema };
}

/** A response of an operation, or a `$ref` to a shared one. */
export type OpenApiResponse =
  | { readonly description: string; readonly content?: OpenApiContent; readonly headers?: JsonSchema }
  | { readonly $ref: string };

/** One operation (a method on a path). */
export interface OpenApiOperation {
  readonly operationId: string;
  readonly tags: readonly string[];
  readonly summary?: string;
  readonly description?: string;
  readonly deprecated?: boolean;
  readonly parameters?: readonly OpenApiParameter[];
  readonly requestBody?: { readonly required: boolean; readonly content: OpenApiContent };
  readonly responses: Readonly<Record<string, OpenApiResponse>>;
}

/** An OpenAPI 3.1 document, as {@link buildOpenApiDocument} builds it. */
export interface OpenApiDocument {
  readonly openapi: '3.1.0';
  readonly info: OpenApiInfo;
  readonly servers?: readonly OpenApiServer[];
  readonly tags: readonly { readonly name: string }[];
  readonly paths: Readonly<Record<string, Readonly<Record<string, OpenApiOperation>>>>;
  readonly components: {
    readonly schemas: Readonly<Record<string, JsonSchema>>;
    readonly responses: Readonly<Record<string, OpenApiResponse>>;
  };
}
