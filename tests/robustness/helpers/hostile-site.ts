// The site most robustness tests read: 60 generated articles (20 of them in a subfolder), the survivable hostile files
// and a few non-article files, built once per test run and shared between test files.
import { sharedBuild } from '../../helpers/shared-build.ts';
import type { BuildResult } from '../../helpers/build-site.ts';
import { materializeCorpus, type CorpusSpec } from './corpus-spec.ts';
import { addArticles, generatedArticles } from './generated-corpus.ts';
import { addHostileFiles } from './hostile-files.ts';

export const GENERATED_COUNT = 60;

/** The corpus as written: generated 0–39 at the top, 40–59 under `more/`, hostile files under `hostile/`. */
export function hostileCorpusSpec(): CorpusSpec {
  const generated = generatedArticles(GENERATED_COUNT);
  const spec: CorpusSpec = new Map();
  addArticles(spec, generated.slice(0, 40));
  addArticles(spec, generated.slice(40), 'more');
  return addHostileFiles(spec);
}

export interface HostileSite extends BuildResult {
  corpusDir: string;
  spec: CorpusSpec;
}

export async function hostileSite(): Promise<HostileSite> {
  const spec = hostileCorpusSpec();
  const corpusDir = materializeCorpus('hostile', spec);
  const build = await sharedBuild({ corpusDir, name: 'robust-hostile' });
  return { ...build, corpusDir, spec };
}
