import { project } from '../../vitest.shared.js';

export default project('capillary-client', { typecheck: true });
