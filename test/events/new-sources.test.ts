import * as catalog from 'lambdakit/events';
import { describe, expect, it } from 'vitest';
import { accepts } from './accepts.js';

/** Sources added to the catalog, each with an event written from the shape AWS documents. */

const { transformAndValidate } = catalog;

const config = (eventType: string) => ({
  distributionDomainName: 'd111111abcdef8.cloudfront.net',
  distributionId: 'EDFDVBD6EXAMPLE',
  eventType,
  requestId: '4TyzHTaYWb1GX1qTfsHhEqV6HUDd_BzoBZnwfnvQc_1oF26ClkoUSEQ==',
});
const request = {
  clientIp: '203.0.113.178',
  headers: {
    host: [{ key: 'Host', value: 'd111111abcdef8.cloudfront.net' }],
    'user-agent': [{ key: 'User-Agent', value: 'curl/8.4.0' }],
  },
  method: 'GET',
  querystring: 'size=large',
  uri: '/media/picture.jpg',
};

describe('CloudFront Lambda@Edge', () => {
  it('accepts a viewer-request event and reads headers case-insensitively', async () => {
    const event = { Records: [{ cf: { config: config('viewer-request'), request } }] };
    const parsed = await accepts(catalog.CloudFrontRequestEvent, event);
    const cf = parsed.Records[0]!.cf;
    expect(cf.request).toBeInstanceOf(catalog.CloudFrontRequestData);
    expect(cf.request.header('User-Agent')).toBe('curl/8.4.0');
    expect(cf.config.eventType).toBe('viewer-request');
  });

  it('accepts an origin-request event with an S3 origin and a body', async () => {
    const origin = {
      s3: {
        authMethod: 'origin-access-identity',
        customHeaders: {},
        domainName: 'my-bucket.s3.amazonaws.com',
        path: '',
        region: 'us-east-1',
      },
    };
    const body = { action: 'read-only', data: 'eyJhIjoxfQ==', encoding: 'base64', inputTruncated: false };
    const event = {
      Records: [{ cf: { config: config('origin-request'), request: { ...request, origin, body } } }],
    };
    const parsed = await accepts(catalog.CloudFrontRequestEvent, event);
    expect(parsed.Records[0]!.cf.request.body).toBeInstanceOf(catalog.CloudFrontRequestBody);
  });

  it('accepts an origin-response event', async () => {
    const response = {
      status: '200',
      statusDescription: 'OK',
      headers: { 'content-type': [{ key: 'Content-Type', value: 'image/jpeg' }] },
    };
    const event = { Records: [{ cf: { config: config('origin-response'), request, response } }] };
    const parsed = await accepts(catalog.CloudFrontResponseEvent, event);
    expect(parsed.Records[0]!.cf.response.status).toBe('200');
  });

  it('names a malformed header entry', async () => {
    const bad = {
      Records: [
        { cf: { config: config('viewer-request'), request: { ...request, headers: { host: 'x' } } } },
      ],
    };
    const error = await transformAndValidate(catalog.CloudFrontRequestEvent, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(catalog.EventValidationError);
    expect((error as catalog.EventValidationError).details.map((d) => d.path)).toEqual([
      'Records.0.cf.request.headers',
    ]);
  });

  it('builds edge responses in the wire shape', () => {
    expect(
      JSON.parse(JSON.stringify(catalog.CloudFrontResponse.redirect('https://example.com/new', 301))),
    ).toEqual({
      status: '301',
      statusDescription: 'Moved Permanently',
      headers: { location: [{ key: 'Location', value: 'https://example.com/new' }] },
    });
    const forbidden = catalog.CloudFrontResponse.status(403)
      .header('Cache-Control', 'no-store')
      .text('forbidden');
    expect(forbidden.toJSON()).toEqual({
      status: '403',
      statusDescription: 'Forbidden',
      headers: {
        'cache-control': [{ key: 'Cache-Control', value: 'no-store' }],
        'content-type': [{ key: 'Content-Type', value: 'text/plain; charset=utf-8' }],
      },
      body: 'forbidden',
      bodyEncoding: 'text',
    });
    expect(
      catalog.CloudFrontResponse.status(200)
        .bytes(Uint8Array.of(1, 2, 3))
        .toJSON(),
    ).toMatchObject({
      body: 'AQID',
      bodyEncoding: 'base64',
    });
    expect(catalog.CloudFrontResponse.status(200).json({ ok: true }).toJSON()).toMatchObject({
      body: '{"ok":true}',
    });
    expect(() => catalog.CloudFrontResponse.status(200).header('X-A', 'a\r\nb')).toThrow(TypeError);
    expect(() => catalog.CloudFrontResponse.status(99)).toThrow(RangeError);
  });
});

describe('AWS Transfer Family custom identity provider', () => {
  it('accepts a password login and a public-key login', async () => {
    const login = {
      username: 'alice',
      password: 's3cret',
      protocol: 'SFTP',
      serverId: 's-1234567890abcdef0',
      sourceIp: '203.0.113.7',
    };
    expect((await accepts(catalog.TransferFamilyAuthorizerEvent, login)).password).toBe('s3cret');
    const { password: _password, ...keyLogin } = login;
    expect((await accepts(catalog.TransferFamilyAuthorizerEvent, keyLogin)).password).toBeUndefined();
  });
});

describe('AppSync Events', () => {
  const base = {
    identity: null,
    result: null,
    request: { headers: { 'x-api-key': 'da2-example' }, domainName: null },
    error: null,
    prev: null,
    stash: {},
    outErrors: [],
  };

  it('accepts a PUBLISH with its events and a SUBSCRIBE without', async () => {
    const publish = await accepts(catalog.AppSyncEventsEvent, {
      ...base,
      info: {
        channel: { path: '/default/rooms/42', segments: ['default', 'rooms', '42'] },
        channelNamespace: { name: 'default' },
        operation: 'PUBLISH',
      },
      events: [
        { id: 'e-1', payload: { text: 'hello' } },
        { id: 'e-2', payload: { text: 'bye' } },
      ],
    });
    expect(publish.events?.map((item) => item.id)).toEqual(['e-1', 'e-2']);
    expect(publish.info.channel.segments).toEqual(['default', 'rooms', '42']);
    const subscribe = await accepts(catalog.AppSyncEventsEvent, {
      ...base,
      info: {
        channel: { path: '/default/rooms/42', segments: ['default', 'rooms', '42'] },
        channelNamespace: { name: 'default' },
        operation: 'SUBSCRIBE',
      },
    });
    expect(subscribe.events).toBeUndefined();
  });
});

describe('Amazon Connect outbound campaigns', () => {
  it('accepts a batch of customer profiles and decodes their data', async () => {
    const event = {
      InvocationMetadata: {
        CampaignContext: {
          CampaignId: 'campaign-1',
          RunId: 'run-1',
          ActionId: 'action-1',
          CampaignName: 'Renewals',
        },
      },
      Items: {
        CustomerProfiles: [
          {
            ProfileId: 'profile-1',
            CustomerData: '{"firstName":"Ada","email":"ada@example.com"}',
            IdempotencyToken: 'token-1',
          },
          { ProfileId: 'profile-2', CustomerData: '{"firstName":"Alan"}', IdempotencyToken: 'token-2' },
        ],
      },
    };
    const parsed = await accepts(catalog.ConnectOutboundCampaignEvent, event);
    const [first] = parsed.Items.CustomerProfiles;
    expect(first).toBeInstanceOf(catalog.ConnectCampaignCustomerProfile);
    expect(first!.customerData()).toEqual({ firstName: 'Ada', email: 'ada@example.com' });
  });
});
