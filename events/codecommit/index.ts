export {
  CodeCommitData,
  CodeCommitEvent,
  CodeCommitRecord,
  CodeCommitReference,
  isCodeCommitEvent,
} from './codecommit-event.js';
