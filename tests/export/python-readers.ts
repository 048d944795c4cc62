/**
 * Debian's Python readers of GraphML (python3-networkx, python3-igraph), run on an export through
 * tests/export/read-graphml.py. `.ci/run` installs them; elsewhere a missing networkx skips those tests
 * with a warning.
 */
import { execFile, execFileSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/db/index.js';

/** Debian's interpreter, where apt-get installs python3-networkx (a pyenv or venv python may lack it). */
export const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';

function hasModule(name: string): boolean {
  try {
    execFileSync(PYTHON, ['-c', `import ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether networkx is importable (required in CI, where `.ci/run` installs it). */
export const NETWORKX_RUNS = hasModule('networkx') || Boolean(process.env.CI);
/** Whether python-igraph is importable. */
export const IGRAPH_RUNS = hasModule('igraph');

if (!NETWORKX_RUNS) {
  console.warn(
    `Skipping the networkx reader test: ${PYTHON} cannot import networkx. Install it with ` +
      '`apt-get install -y python3-networkx python3-igraph` (or set PYTHON); CI always runs it.',
  );
}

/** What one Python reader saw. */
export interface PythonReading {
  version: string;
  nodes: number;
  edges: number;
  /** Attribute name → Python type names of its values. */
  nodeTypes: Record<string, string[]>;
  edgeTypes: Record<string, string[]>;
  /** Attributes whose every value is a whole number. */
  nodeWholeNumbers: string[];
  edgeWholeNumbers: string[];
  claims: Record<string, { text: string | null; kind: string | null; labels: string | null }>;
}

/** Reads a GraphML file with networkx and python-igraph (null when igraph is not installed). */
export function readWithPython(
  file: string,
): Promise<{ networkx: PythonReading; igraph: PythonReading | null }> {
  return new Promise((resolve, reject) => {
    execFile(
      PYTHON,
      ['-W', 'ignore', path.join(PROJECT_ROOT, 'tests', 'export', 'read-graphml.py'), file],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`read-graphml.py failed: ${stderr}`, { cause: error }));
        else resolve(JSON.parse(stdout) as { networkx: PythonReading; igraph: PythonReading | null });
      },
    );
  });
}
