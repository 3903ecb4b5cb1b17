// The library shows storage failures with the browser's own detail after the sentence.
export { describeStorageErrorWithDetail as describeError } from '../../utils/db/errors';
