export { isLexEvent, LexBot, LexCurrentIntent, LexEvent } from './lex-event.js';
export {
  LexButton,
  LexDialogAction,
  LexGenericAttachment,
  LexMessage,
  LexResponseCard,
} from './lex-response.js';
export { LexResponse, type LexResponseOptions } from './lex-response-builder.js';
export { isLexV2Event, LexV2Bot, LexV2Event, LexV2Transcription } from './lex-v2-event.js';
export { LexV2Message, LexV2Response } from './lex-v2-response.js';
export {
  LexV2ActiveContext,
  LexV2DialogAction,
  LexV2Intent,
  LexV2Interpretation,
  LexV2ProposedNextState,
  LexV2SessionState,
  type LexV2SlotValue,
} from './lex-v2-state.js';
