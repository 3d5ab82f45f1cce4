import { project } from '../../vitest.shared.js';

export default project('contract', { testTimeout: 30_000 });
