export {
  isSecretsManagerRotationEvent,
  ROTATION_STEPS,
  SecretsManagerRotationEvent,
} from './secrets-manager-rotation-event.js';
