// ajv, loaded only when a user record file needs validating: the build makes this a separate
// file (dist/vendor/ajv.js) so that starting the CLI or the server does not load it.
import Ajv from 'ajv';

export { Ajv };
