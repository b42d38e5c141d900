import '../support/metadata.js';
import { Type } from 'class-transformer';
import { IsObject, IsString, ValidateNested } from 'class-validator';

/** Validity window of a mutual-TLS client certificate (`"Aug  5 00:28:21 2120 GMT"` strings). */
export class ApiGatewayClientCertificateValidity {
  @IsString() notAfter!: string;
  @IsString() notBefore!: string;
}

/**
 * The mutual-TLS client certificate API Gateway forwards to an authorizer (REST `identity.clientCert`,
 * HTTP API `authentication.clientCert`).
 *
 * @example
 * ```ts
 * const subject = event.requestContext.identity.clientCert?.subjectDN;
 * ```
 */
export class ApiGatewayClientCertificate {
  @IsString() clientCertPem!: string;
  @IsString() serialNumber!: string;
  @IsString() subjectDN!: string;
  @IsString() issuerDN!: string;

  @IsObject()
  @ValidateNested()
  @Type(() => ApiGatewayClientCertificateValidity)
  validity!: ApiGatewayClientCertificateValidity;
}
