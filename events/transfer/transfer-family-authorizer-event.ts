import type { TransferFamilyAuthorizerEvent as AwsTransferFamilyAuthorizerEvent } from 'aws-lambda';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { EventSource } from '../../decorators/event-source.js';
import { safely } from '../support/detect.js';
import { isRecord, isString } from '../support/guards.js';

/** The protocols a Transfer Family server authenticates users for. */
export const TRANSFER_PROTOCOLS = ['SFTP', 'FTP', 'FTPS'] as const;

/** Detects a Transfer Family custom identity provider request: `serverId`, `username`, `protocol`, `sourceIp`. */
export const isTransferFamilyAuthorizerEvent = safely(
  (event) =>
    isRecord(event) &&
    isString(event.serverId) &&
    isString(event.username) &&
    isString(event.sourceIp) &&
    TRANSFER_PROTOCOLS.some((protocol) => protocol === event.protocol),
);

/**
 * An AWS Transfer Family server asking its custom identity provider (a Lambda function) to
 * authenticate a user. `password` is absent for SFTP public-key logins: answer with the user's
 * `PublicKeys` then. Answer with `{ Role, HomeDirectory, … }` (@types/aws-lambda's
 * `TransferFamilyAuthorizerResult`); an answer without `Role` denies.
 *
 * @example
 * ```ts
 * @Handler(TransferFamilyAuthorizerEvent)
 * async login(@Event() event: TransferFamilyAuthorizerEvent) {
 *   const user = await users.check(event.username, event.password);
 *   return user ? { Role: user.roleArn, HomeDirectory: `/bucket/${event.username}` } : {};
 * }
 * ```
 */
@EventSource<TransferFamilyAuthorizerEvent>({
  name: 'transfer-family-authorizer',
  detect: isTransferFamilyAuthorizerEvent,
})
export class TransferFamilyAuthorizerEvent implements AwsTransferFamilyAuthorizerEvent {
  @IsString() username!: string;
  /** Absent for a public-key (SFTP) login. */
  @IsOptional() @IsString() password?: string;
  @IsIn(TRANSFER_PROTOCOLS) protocol!: (typeof TRANSFER_PROTOCOLS)[number];
  @IsString() serverId!: string;
  @IsString() sourceIp!: string;
}
