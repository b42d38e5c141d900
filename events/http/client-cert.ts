import '../support/metadata.js';
import type { APIGatewayEventClientCertificate } from 'aws-lambda';
import { Type } from 'class-transformer';
import { IsString, ValidateNested } from 'class-validator';

/** Validity window of a mutual-TLS client certificate. */
export class ClientCertValidity {
  @IsString() notBefore!: string;
  @IsString() notAfter!: string;
}

/** The mutual-TLS client certificate API Gateway forwards (REST `identity.clientCert`, HTTP API `authentication.clientCert`). */
export class ClientCert implements APIGatewayEventClientCertificate {
  @IsString() clientCertPem!: string;
  @IsString() subjectDN!: string;
  @IsString() issuerDN!: string;
  @IsString() serialNumber!: string;
  @ValidateNested() @Type(() => ClientCertValidity) validity!: ClientCertValidity;
}
