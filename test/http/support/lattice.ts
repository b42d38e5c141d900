/**
 * VPC Lattice events as the VPC Lattice user guide documents them ("Receive events from the VPC
 * Lattice service"); the fixture set has none.
 */
export function latticeV1Event(): Record<string, unknown> {
  return {
    raw_path: '/orders/42',
    method: 'POST',
    headers: {
      'user-agent': 'curl/8.4.0',
      'x-forwarded-for': '10.0.1.7',
      host: 'orders-0123456789abcdef.7d67968.vpc-lattice-svcs.us-east-1.on.aws',
      accept: '*/*',
      'content-type': 'application/json',
      cookie: 'session=abc; theme=dark',
    },
    query_string_parameters: { 'order-id': '1', expand: 'items' },
    body: 'eyJxdHkiOiAyfQ==',
    is_base64_encoded: true,
  };
}

export function latticeV2Event(): Record<string, unknown> {
  return {
    version: '2.0',
    path: '/orders/42',
    method: 'POST',
    headers: {
      'user-agent': ['curl/8.4.0'],
      'x-forwarded-for': ['10.0.1.7'],
      host: ['orders-0123456789abcdef.7d67968.vpc-lattice-svcs.us-east-1.on.aws'],
      'content-type': ['application/json'],
      accept: ['application/json', 'text/plain'],
      cookie: ['session=abc; theme=dark'],
    },
    queryStringParameters: { 'order-id': ['1'], tag: ['a', 'b'] },
    body: '{"qty": 2}',
    isBase64Encoded: false,
    requestContext: {
      serviceNetworkArn: 'arn:aws:vpc-lattice:us-east-1:123456789012:servicenetwork/sn-0bf3f2882e9cc805a',
      serviceArn: 'arn:aws:vpc-lattice:us-east-1:123456789012:service/svc-0a40eebed65f8d69c',
      targetGroupArn: 'arn:aws:vpc-lattice:us-east-1:123456789012:targetgroup/tg-6d0ecf831eec9f09',
      identity: {
        sourceVpcArn: 'arn:aws:ec2:us-east-1:123456789012:vpc/vpc-0b8276c84697e7339',
        type: 'AWS_IAM',
        principal: 'arn:aws:sts::123456789012:assumed-role/example-role/057d00f8b51257ba3c853a0f248943cf',
        sessionName: '057d00f8b51257ba3c853a0f248943cf',
        x509SanDns: 'client.example.com',
      },
      region: 'us-east-1',
      timeEpoch: '1690497599177430',
    },
  };
}
